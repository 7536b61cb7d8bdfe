// npm run bench:figures — detectFigures throughput alone, with no database or app (bench:reader does the same
// on English as part of its run). Prints MB/s per language on a generated ~5 MB text; never asserts timings.
// English: the seed-corpus bodies repeated, each copy with its digits shifted (as in bench/reader.ts). Arabic: the
// labelled Arabic news sentences (scripts/test-support/figure-examples/ar.ts) in paragraphs of six, digits shifted likewise
// in every digit system: denser in figures than real articles, so a floor rather than a typical rate. French and
// Spanish: their labelled sentences (scripts/test-support/figure-examples/fr.ts, es.ts) mixed with prose the same way.
import { performance } from "node:perf_hooks";
import { loadSeedArticles } from "../seeds/articles";
import { detectFigures } from "../lib/domain/figures";
import type { FigureLanguage } from "../lib/domain/figures";
import { ARABIC_EXAMPLES } from "@test-support/figure-examples/ar";
import { SPANISH_EXAMPLES } from "@test-support/figure-examples/es";
import { FRENCH_EXAMPLES } from "@test-support/figure-examples/fr";

const TEXT_BYTES = 5 * 1024 * 1024;
const RUNS = 5;

/** Shifts a digit by `copy`, keeping its digit system (Latin, Arabic-Indic or Eastern Arabic). */
const shift = (copy: number) => (d: string) => {
  const zero = d <= "9" ? 0x30 : d <= "\u0669" ? 0x660 : 0x6f0;
  return String.fromCharCode(zero + ((d.charCodeAt(0) - zero + copy) % 10));
};

function generate(bodies: string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TEXT_BYTES; copy += 1) {
    const body = bodies[copy % bodies.length]!.replace(/[0-9\u0660-\u0669\u06f0-\u06f9]/g, shift(copy));
    const part = `Copy ${copy + 1}.\n\n${body}`;
    parts.push(part);
    bytes += Buffer.byteLength(part) + 2;
  }
  return parts.join("\n\n");
}

function measure(label: string, text: string, language?: FigureLanguage) {
  const size = Buffer.byteLength(text);
  const options = language ? { language } : {};
  const found = detectFigures(text, options).length;
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    detectFigures(text, options);
    rates.push(size / 1e6 / ((performance.now() - started) / 1000));
  }
  const sorted = rates.sort((a, b) => a - b);
  console.log(
    `${label}: detectFigures on ${(size / 1e6).toFixed(2)} MB, ${sorted[0]!.toFixed(2)} MB/s slowest, ` +
      `${sorted[Math.floor(RUNS / 2)]!.toFixed(2)} MB/s median; ${found.toLocaleString("en")} figures found.`,
  );
}

const bodies = (await loadSeedArticles()).map((seed) => seed.body);
measure("English (seed corpus)", generate(bodies));

// Sentences of Arabic news prose without figures, mixed in to bring the density of figures near the English corpus's
// (one in about 700 bytes); the labelled sentences alone hold one in about 60.
const PROSE = [
  "وقال المتحدث باسم الحكومة إن المفاوضات ما زالت مستمرة بين الأطراف المعنية في العاصمة.",
  "وأضاف أن الوضع الإنساني في المناطق المحاصرة يزداد سوءا مع اقتراب فصل الشتاء.",
  "ودعت المنظمات الدولية إلى فتح ممرات آمنة لإيصال المساعدات إلى المدنيين المحاصرين.",
  "من جهتها، نفت وزارة الدفاع الروسية أن تكون طائراتها قد استهدفت الأحياء السكنية في المدينة.",
  "ويرى محللون أن التصعيد الأخير يهدف إلى تحسين شروط التفاوض قبل انعقاد الجولة المقبلة من المحادثات.",
  "وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار المواد الغذائية والمحروقات خلال الأسابيع الماضية.",
  "وأكد مسؤول في المفوضية العليا للانتخابات أن عمليات الفرز تجري بشفافية وبحضور المراقبين الدوليين.",
  "وحذرت منظمة الصحة العالمية من انتشار الأمراض المعدية في المخيمات المكتظة بالنازحين.",
  "وتتهم المعارضة الحكومة بالفشل في معالجة الأزمة الاقتصادية ومكافحة الفساد المستشري في مؤسسات الدولة.",
  "ولم يصدر أي تعليق رسمي حتى الآن على هذه التقارير التي تداولتها وسائل الإعلام المحلية.",
];
const labelled = Object.values(ARABIC_EXAMPLES).flat().map((e) => e.sentence);
const dense = Array.from({ length: Math.ceil(labelled.length / 6) }, (_, i) => labelled.slice(i * 6, i * 6 + 6).join(" "));
const mixed = labelled.map((sentence, i) => [sentence, ...PROSE.slice(i % 10), ...PROSE.slice(0, i % 10)].slice(0, 9).join(" "));
measure("Arabic (news prose with labelled sentences)", generate(mixed));
measure("Arabic (labelled sentences only, dense)", generate(dense));

// French and Spanish news prose without figures, mixed in as for Arabic.
const ROMANCE_PROSE = {
  fr: [
    "Le porte-parole du gouvernement a indiqué que les négociations se poursuivaient entre les parties concernées.",
    "La situation humanitaire dans les zones assiégées ne cesse de se dégrader à l'approche de l'hiver.",
    "Les organisations internationales ont appelé à l'ouverture de couloirs sûrs pour acheminer l'aide aux civils.",
    "De son côté, le ministère russe de la Défense a démenti que ses avions aient visé des quartiers résidentiels.",
    "Selon plusieurs analystes, l'escalade récente vise à peser sur la prochaine session des pourparlers.",
    "Les marchés locaux ont connu une hausse sensible des prix des denrées alimentaires et du carburant.",
    "Un responsable de la commission électorale a assuré que le dépouillement se déroulait en toute transparence.",
    "L'Organisation mondiale de la santé a mis en garde contre la propagation de maladies dans les camps surpeuplés.",
    "L'opposition accuse le gouvernement d'avoir échoué à enrayer la crise économique et la corruption.",
    "Aucun commentaire officiel n'a été publié à ce stade sur ces informations relayées par la presse locale.",
  ],
  es: [
    "El portavoz del Gobierno afirmó que las negociaciones continúan entre las partes implicadas en la capital.",
    "La situación humanitaria en las zonas sitiadas empeora a medida que se acerca el invierno.",
    "Las organizaciones internacionales pidieron abrir corredores seguros para hacer llegar la ayuda a los civiles.",
    "Por su parte, el Ministerio de Defensa ruso negó que sus aviones hubieran atacado barrios residenciales.",
    "Según varios analistas, la reciente escalada busca mejorar las condiciones de la próxima ronda de conversaciones.",
    "Los mercados locales registraron una subida notable de los precios de los alimentos y del combustible.",
    "Un responsable de la comisión electoral aseguró que el recuento se desarrollaba con total transparencia.",
    "La Organización Mundial de la Salud advirtió del riesgo de epidemias en los campamentos abarrotados.",
    "La oposición acusa al Gobierno de no haber sabido frenar la crisis económica ni la corrupción.",
    "Hasta el momento no se ha publicado ningún comentario oficial sobre estas informaciones de la prensa local.",
  ],
};
for (const [language, name, examples] of [["fr", "French", FRENCH_EXAMPLES], ["es", "Spanish", SPANISH_EXAMPLES]] as const) {
  const sentences = Object.values(examples).flat().map((e) => e.sentence);
  const prose = ROMANCE_PROSE[language];
  const paragraphs = sentences.map((sentence, i) => [sentence, ...prose.slice(i % 10), ...prose.slice(0, i % 10)].slice(0, 9).join(" "));
  measure(`${name} (news prose with labelled sentences)`, generate(paragraphs), language);
  const dense = Array.from({ length: Math.ceil(sentences.length / 6) }, (_, i) => sentences.slice(i * 6, i * 6 + 6).join(" "));
  measure(`${name} (labelled sentences only, dense)`, generate(dense), language);
}
