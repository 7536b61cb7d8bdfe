// The Spanish words of figures, read by the Romance parser (../romance.ts) by the French and Spanish conventions
// summarised there: "cerca de 12 millones de personas", "1.500 millones de dólares", "treinta y dos",
// "decenas de miles de desplazados", "un niño de 12 años". "mil millones" is 1e9 and "billón" 1e12.
import { conceptMap } from "../concepts";
import type { FigureQualifier } from "../types";
import type { Phrase, RomanceLexicon } from "./romance-types";

const words = (list: string) => new Set(list.split(" "));
const forms = (value: number, list: string) => list.split(" ").map((w): [string, number] => [w, value]);
const phrases = (list: ReadonlyArray<readonly [string, FigureQualifier]>) =>
  list.map(([p, q]): readonly [Phrase, FigureQualifier] => [p.split(/[ -]/), q]);

const NUMBER_WORDS = new Map<string, number>([
  ...forms(0, "cero"), ...forms(1, "un uno una"), ...forms(2, "dos"), ...forms(3, "tres"), ...forms(4, "cuatro"),
  ...forms(5, "cinco"), ...forms(6, "seis"), ...forms(7, "siete"), ...forms(8, "ocho"), ...forms(9, "nueve"),
  ...forms(10, "diez"), ...forms(11, "once"), ...forms(12, "doce"), ...forms(13, "trece"), ...forms(14, "catorce"),
  ...forms(15, "quince"), ...forms(16, "dieciséis dieciseis"), ...forms(17, "diecisiete"), ...forms(18, "dieciocho"),
  ...forms(19, "diecinueve"), ...forms(20, "veinte"), ...forms(21, "veintiuno veintiún veintiuna"),
  ...forms(22, "veintidós veintidos"), ...forms(23, "veintitrés veintitres"), ...forms(24, "veinticuatro"),
  ...forms(25, "veinticinco"), ...forms(26, "veintiséis veintiseis"), ...forms(27, "veintisiete"),
  ...forms(28, "veintiocho"), ...forms(29, "veintinueve"), ...forms(30, "treinta"), ...forms(40, "cuarenta"),
  ...forms(50, "cincuenta"), ...forms(60, "sesenta"), ...forms(70, "setenta"), ...forms(80, "ochenta"),
  ...forms(90, "noventa"), ...forms(200, "doscientos doscientas"), ...forms(300, "trescientos trescientas"),
  ...forms(400, "cuatrocientos cuatrocientas"), ...forms(500, "quinientos quinientas"),
  ...forms(600, "seiscientos seiscientas"), ...forms(700, "setecientos setecientas"),
  ...forms(800, "ochocientos ochocientas"), ...forms(900, "novecientos novecientas"),
]);

const SCALES = new Map<string, number>([
  ...forms(1e3, "mil"), ...forms(1e6, "millón millon millones"), ...forms(1e12, "billón billon billones"),
]);

const ROUND_NOUNS = new Map<string, number>([
  ...forms(10, "decena"), ...forms(12, "docena"), ...forms(15, "quincena"), ...forms(20, "veintena"),
  ...forms(30, "treintena"), ...forms(40, "cuarentena"), ...forms(50, "cincuentena"), ...forms(100, "centenar"),
  ...forms(1000, "millar"),
]);

const APPROX_PLURALS = new Map<string, number>([
  ...forms(10, "decenas"), ...forms(12, "docenas"), ...forms(100, "cientos centenares"), ...forms(1000, "miles millares"),
  ...forms(1e6, "millones"),
]);

const QUALIFIERS = phrases([
  ["alrededor de", "about"], ["unos", "about"], ["unas", "about"], ["aproximadamente", "about"], ["en torno a", "about"],
  ["cerca de", "nearly"], ["casi", "nearly"], ["prácticamente", "nearly"],
  ["más de", "over"], ["poco más de", "over"], ["algo más de", "over"], ["un poco más de", "over"],
  ["menos de", "under"], ["poco menos de", "under"], ["algo menos de", "under"],
  ["al menos", "at least"], ["por lo menos", "at least"], ["como mínimo", "at least"], ["no menos de", "at least"],
  ["hasta", "at most"], ["como máximo", "at most"], ["no más de", "at most"], ["a lo sumo", "at most"],
  ["exactamente", "exactly"],
]);

const TRAILING = phrases([
  ["por lo menos", "at least"], ["al menos", "at least"], ["como mínimo", "at least"], ["o más", "at least"],
  ["como máximo", "at most"], ["aproximadamente", "about"],
]);

const CHANGE_VERBS = words(
  "pasó pasado pasar pasando pasa pasaba aumentó aumentado aumentar aumentando aumenta subió subido subir subiendo " +
    "sube cayó caído caer cayendo cae bajó bajado bajar bajando baja creció crecido crecer creciendo crece " +
    "disminuyó disminuido disminuir descendió descendido descender redujo reducido incrementó incrementado " +
    "saltó saltado disparó disparado dobló duplicó triplicó retrocedió retrocedido escaló escalado",
);

const CURRENCIES = new Map<string, string>([
  ["euro", "euros"], ["euros", "euros"], ["€", "euros"], ["eur", "euros"], ["dólar", "dólares"], ["dólares", "dólares"],
  ["dolar", "dólares"], ["dolares", "dólares"], ["$", "dólares"], ["usd", "dólares"], ["libra", "libras"],
  ["libras", "libras"], ["£", "libras"], ["gbp", "libras"], ["yen", "yenes"], ["yenes", "yenes"], ["¥", "yenes"],
  ["yuan", "yuanes"], ["yuanes", "yuanes"], ["peso", "pesos"], ["pesos", "pesos"], ["franco", "francos"],
  ["francos", "francos"], ["dinar", "dinares"], ["dinares", "dinares"], ["riyal", "riyales"], ["riyales", "riyales"],
  ["rial", "riales"], ["riales", "riales"], ["rublo", "rublos"], ["rublos", "rublos"], ["lira", "liras"],
  ["liras", "liras"], ["bolívar", "bolívares"], ["bolívares", "bolívares"], ["céntimo", "céntimos"],
  ["céntimos", "céntimos"], ["centavo", "centavos"], ["centavos", "centavos"],
]);

const MONTHS = new Map<string, number>([
  ...forms(1, "enero"), ...forms(2, "febrero"), ...forms(3, "marzo"), ...forms(4, "abril"), ...forms(5, "mayo"),
  ...forms(6, "junio"), ...forms(7, "julio"), ...forms(8, "agosto"), ...forms(9, "septiembre setiembre"),
  ...forms(10, "octubre"), ...forms(11, "noviembre"), ...forms(12, "diciembre"),
]);

const STOP_WORDS = words(
  "el la los las lo un una unos unas del al de a ante bajo con contra desde durante en entre hacia hasta para por " +
    "según sin sobre tras y e o u ni que quien quienes cual cuales cuyo cuya donde cuando como si su sus este esta " +
    "estos estas ese esa esos esas aquel aquella se le les me te nos no sí ya más menos muy también solo sólo aún " +
    "todavía han ha habían había hay son es era eran fueron fue están está estaban estaba será serán sería serían " +
    "sigue siguen viven vive deben pueden podrían tienen tiene tenían tenía mientras cada todo todos toda todas " +
    "lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana además así entonces luego pero sino",
);

/** Counted noun → the shared concept: the cross-language table (../concepts.ts); currencies are "money" there too. */
export const ES_CONCEPTS = conceptMap("es");

export const ES: RomanceLexicon = {
  language: "es",
  numberWords: NUMBER_WORDS, ones: words("un uno una"), hundreds: words("cien ciento"), numberJoiner: "y", scales: SCALES,
  halfAfterScale: ["y", "medio"], halfBeforeScale: words("medio"),
  scaleAbbreviations: new Map([["m", 1e6], ["mm", 1e9], ["mdd", 1e6], ["k", 1e3]]),
  currencyOnlyAbbreviations: words("m k"),
  roundNouns: ROUND_NOUNS, approxPlurals: APPROX_PLURALS,
  approxLeads: [[["varios"], 3, 9], [["varias"], 3, 9], [["unos", "pocos"], 2, 5], [["unas", "pocas"], 2, 5]],
  fractions: new Map([...forms(2, "mitad"), ...forms(3, "tercio tercios"), ...forms(4, "cuarto cuartos"), ...forms(5, "quinto quintos")]),
  fractionOrdinals: new Map([...forms(3, "tercera terceras"), ...forms(4, "cuarta cuartas"), ...forms(5, "quinta quintas")]),
  fractionPart: words("parte partes"), halfArticles: words("la una"),
  percentPhrases: [["por", "ciento"]],
  qualifiers: QUALIFIERS, trailingQualifiers: TRAILING,
  between: "entre", rangeAnd: "y", rangeFrom: words("de del"), rangeTo: words("a al hasta"), rangeOr: "o",
  changeVerbs: CHANGE_VERBS,
  links: words("de del"), linkDeterminers: words("la el los las su sus este esta estos estas"),
  articles: words("el la los las un una"), contractions: new Map([["del", ["de", "el"]], ["al", ["a", "el"]]]),
  currencies: CURRENCIES, currencySigns: new Map([["$", "dólares"], ["€", "euros"], ["£", "libras"], ["¥", "yenes"]]),
  currencyTails: words("esterlinas"),
  ageUnits: words("años año"), ageLeads: words("edad"), ageVerbs: words("con tenía tiene tenían tienen cumplió cumple los"),
  ageQualifiers: phrases([["menores de", "under"], ["menor de", "under"], ["mayores de", "over"], ["mayor de", "over"]]),
  personNouns: words(
    "niño niña niños niñas joven jóvenes hombre hombres mujer mujeres adolescente adolescentes bebé bebés anciano " +
      "anciana ancianos chico chica chicos chicas muchacho muchacha menor menores soldado soldados persona personas " +
      "estudiante paciente víctima",
  ),
  durationCues: [["hace"], ["durante"], ["desde"], ["en"], ["tras"]],
  timeUnits: words("h horas hora"), timeCues: words("las"),
  months: MONTHS,
  yearCues: words("en desde hasta año durante finales principios mediados antes después"),
  phoneCues: words("llame llamar llamen marque marcar teléfono tel número"),
  identifierHeads: words(
    "resolución resoluciones artículo artículos número núm nº no capítulo sección página vuelo línea ruta carretera " +
      "autovía decreto ley brigada división regimiento batallón covid airbus boeing iphone modelo versión sala " +
      "autobús puerta terminal ibex windows grupo g hall pabellón nave stand andén vía muelle planta módulo edificio " +
      "bloque habitación despacho taquilla pista tribuna",
  ),
  stopWords: STOP_WORDS, verbSuffix: /(?:aron|ieron|aban|ían|arán|erán|irán|ando|iendo)$/,
  preNominal: words("otros otras nuevos nuevas jóvenes grandes pequeños antiguos"),
  coordinators: words("y e o u"),
  concepts: ES_CONCEPTS,
};
