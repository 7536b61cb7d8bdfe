// npm run bench:figures — detectFigures throughput alone, with no database or app (bench:reader does the same
// on English as part of its run). Prints MB/s per language on a generated ~5 MB text; never asserts timings.
// English: the seed-corpus bodies repeated, each copy with its digits shifted (as in bench/reader.ts). Arabic: the
// labelled Arabic news sentences (lib/domain/figures/examples/ar.ts) in paragraphs of six, digits shifted likewise
// in every digit system: denser in figures than real articles, so a floor rather than a typical rate.
import { performance } from "node:perf_hooks";
import { loadSeedArticles } from "../seeds/articles";
import { detectFigures } from "../lib/domain/figures";
import { ARABIC_EXAMPLES } from "../lib/domain/figures/examples/ar";

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

function measure(label: string, text: string) {
  const size = Buffer.byteLength(text);
  const found = detectFigures(text).length;
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    detectFigures(text);
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
