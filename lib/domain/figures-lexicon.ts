// Word tables for figure detection. Kept apart from the parsers so the grammar stays readable.
import type { FigureQualifier } from "./figures";

const entries = (list: string, value: number) => list.split(" ").map((w): [string, number] => [w, value]);

export const SMALL_NUMBERS = new Map<string, number>(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((w, i): [string, number] => [w, i]),
);

export const TENS_NUMBERS = new Map<string, number>([
  ...entries("twenty", 20), ...entries("thirty", 30), ...entries("forty fourty", 40), ...entries("fifty", 50),
  ...entries("sixty", 60), ...entries("seventy", 70), ...entries("eighty", 80), ...entries("ninety", 90),
]);

export const SCALE_WORDS = new Map<string, number>([
  ["hundred", 1e2], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
]);

// "m", "k" and "b" after digits only mean a scale next to a currency ("$5m"); alone they are metres, kilos, bytes.
export const SCALE_ABBREVIATIONS = new Map<string, number>([
  ["bn", 1e9], ["mn", 1e6], ["tn", 1e12], ["m", 1e6], ["k", 1e3], ["b", 1e9],
]);

// Plural number words name an order of magnitude, not a number (see APPROX_SPAN in figures-numbers.ts).
export const APPROX_PLURALS = new Map<string, number>([
  ["tens", 10], ["dozens", 12], ["scores", 20], ["hundreds", 1e2], ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9],
]);

export const DENOMINATORS = new Map<string, number>([
  ...entries("half halves", 2), ...entries("third thirds", 3), ...entries("quarter quarters fourth fourths", 4),
  ...entries("fifth fifths", 5), ...entries("sixth sixths", 6), ...entries("seventh sevenths", 7),
  ...entries("eighth eighths", 8), ...entries("ninth ninths", 9), ...entries("tenth tenths", 10),
]);

/** Qualifier phrases, longest first so "just over" wins over "over". */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, FigureQualifier]> = (
  [
    ["about", "about"], ["around", "about"], ["roughly", "about"], ["approximately", "about"], ["approx.", "about"],
    ["approx", "about"], ["some", "about"], ["circa", "about"], ["c.", "about"], ["an estimated", "about"],
    ["estimated", "about"], ["roughly about", "about"], ["more or less", "about"],
    ["over", "over"], ["more than", "over"], ["above", "over"], ["in excess of", "over"], ["upwards of", "over"],
    ["just over", "over"], ["well over", "over"], ["slightly more than", "over"], ["a little over", "over"],
    ["a little more than", "over"], ["just more than", "over"], ["well above", "over"], ["slightly over", "over"],
    ["under", "under"], ["less than", "under"], ["fewer than", "under"], ["below", "under"], ["well under", "under"],
    ["well below", "under"], ["slightly less than", "under"], ["slightly fewer than", "under"],
    ["at least", "at least"], ["no fewer than", "at least"], ["no less than", "at least"], ["not less than", "at least"],
    ["not fewer than", "at least"], ["a minimum of", "at least"],
    ["at most", "at most"], ["no more than", "at most"], ["not more than", "at most"], ["up to", "at most"],
    ["as many as", "at most"], ["as much as", "at most"], ["a maximum of", "at most"],
    ["nearly", "nearly"], ["almost", "nearly"], ["close to", "nearly"], ["just under", "nearly"],
    ["just below", "nearly"], ["just shy of", "nearly"], ["just short of", "nearly"],
    ["exactly", "exactly"], ["precisely", "exactly"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

export const MONTHS = new Map<string, number>([
  ...entries("january jan", 1), ...entries("february feb", 2), ...entries("march mar", 3), ...entries("april apr", 4),
  ...entries("may", 5), ...entries("june jun", 6), ...entries("july jul", 7), ...entries("august aug", 8),
  ...entries("september sep sept", 9), ...entries("october oct", 10), ...entries("november nov", 11),
  ...entries("december dec", 12),
]);

export const CURRENCY_PREFIXES = new Map<string, string>([
  ["$", "dollars"], ["us$", "dollars"], ["a$", "dollars"], ["c$", "dollars"], ["hk$", "dollars"], ["nz$", "dollars"],
  ["€", "euros"], ["£", "pounds"], ["¥", "yen"], ["usd", "dollars"], ["eur", "euros"], ["gbp", "pounds"],
]);

export const CURRENCY_WORDS = new Map<string, string>([
  ["dollar", "dollars"], ["dollars", "dollars"], ["euro", "euros"], ["euros", "euros"], ["pound", "pounds"],
  ["pounds", "pounds"], ["sterling", "pounds"], ["yen", "yen"], ["yuan", "yuan"], ["renminbi", "yuan"],
  ["riyal", "riyals"], ["riyals", "riyals"], ["rial", "rials"], ["rials", "rials"], ["dinar", "dinars"],
  ["dinars", "dinars"], ["dirham", "dirhams"], ["dirhams", "dirhams"], ["lira", "lira"], ["liras", "lira"],
  ["rouble", "roubles"], ["roubles", "roubles"], ["ruble", "roubles"], ["rubles", "roubles"], ["rupee", "rupees"],
  ["rupees", "rupees"], ["franc", "francs"], ["francs", "francs"], ["shekel", "shekels"], ["shekels", "shekels"],
]);

/** Units of measure: the figure's unit is "other" and `counted` names the unit. */
export const MEASURE_UNITS = new Map<string, string>([
  ["km", "km"], ["kms", "km"], ["kilometre", "km"], ["kilometres", "km"], ["kilometer", "km"], ["kilometers", "km"],
  ["km2", "square km"], ["km²", "square km"], ["mile", "miles"], ["miles", "miles"], ["kg", "kg"],
  ["kilogram", "kg"], ["kilograms", "kg"], ["kilos", "kg"], ["tonne", "tonnes"], ["tonnes", "tonnes"],
  ["tons", "tonnes"], ["hectare", "hectares"], ["hectares", "hectares"], ["acre", "acres"], ["acres", "acres"],
  ["mph", "mph"], ["metres", "metres"], ["meters", "metres"], ["feet", "feet"], ["degrees", "degrees"],
]);

/** Singular nouns that may follow a number directly or after a hyphen: "a four year siege", "a 3-day truce". */
export const MEASURE_NOUNS = new Set(
  ("year month week day hour minute min second decade century mile km kilometre kilometer metre meter member man " +
    "person strong point page storey story seat bed room acre hectare ton tonne vehicle car").split(" "),
);

/** A number right after one of these names something ("Resolution 2254", "Flight 370"), it does not count it. */
export const IDENTIFIER_HEADS = new Set(
  ("resolution resolutions flight route room number no no. nos no# article chapter section paragraph para clause page " +
    "p. pp. highway interstate model version v. unit platform gate terminal line bus ward bill item annex amendment " +
    "fig fig. table apartment apt suite building block lot exit junction channel episode season volume vol " +
    "vol. issue phase level grade class category tier part track pier station division brigade battalion regiment " +
    "squadron decree law order directive windows iphone galaxy boeing apollo formula code box id ref serial batch " +
    "file verse psalm hall covid sars mh su mig radio").split(" "),
);

/** Words that end a counted noun group (determiners, prepositions, auxiliaries, common verbs ending in -s). */
export const STOP_WORDS = new Set(
  ("a an the this that these those each every any all some no its his her their our my your of in on at for from to " +
    "by with into onto over under about around across after before during since until till within without between " +
    "among against per via toward towards through near inside outside behind beyond than like as and or but nor so " +
    "yet while whereas if because though although when where which who whom whose what is are was were be been being " +
    "am has have had do does did will would shall should can could may might must said says say told tell remain " +
    "remains remained it they them he she we you i us also only just still now then ago later earlier more less most " +
    "least very too even already again here there not never ever respectively apiece alone instead today yesterday " +
    "tomorrow tonight seems appears lives goes makes takes comes gets holds shows means needs wants includes controls " +
    "supports believes faces lacks owns uses runs works lies stands continues represents suffers depends accounts " +
    "left fled fell rose went came took made got saw won lost held ran met became versus vs etc yes plus minus thus " +
    "whether either neither both such how why").split(" "),
);

export const IRREGULAR_PLURALS = new Set(
  "people men women children police personnel staff cattle livestock feet teeth mice geese folk clergy youth".split(" "),
);

/** Modifiers that are never the counted noun themselves ("thousands of young, brainwashed Muslim men"). */
export const ADJECTIVES = new Set(
  ("young old new other many few several such same last past next first second third fourth fifth further additional " +
    "extra local foreign small large big great major minor own total possible potential former current fresh top " +
    "senior junior elite male female dead alive innocent unarmed armed civilian military western eastern northern " +
    "southern central entire whole").split(" "),
);
export const ADJECTIVE_SUFFIX = /(?:ed|ing|ly|ous|ful|ive|able|ible|ic|ish|less|est)$/;

/** Before a four-digit number these make it a year even when a noun follows ("in 2014 elections were held"). */
export const STRONG_YEAR_CUES = new Set(
  ("in since until till before after during early late mid circa c. year years summer spring autumn fall winter from " +
    "through throughout").split(" "),
);
/** Weaker cues only make a year of 1900–2099 ("the 2014 elections", "conquests of 2014"). */
export const WEAK_YEAR_CUES = new Set("of the its their his her to and or by".split(" "));

/** Words before "half" that make it a part of something rather than a fraction ("the second half"). */
export const NOT_FRACTION_BEFORE_HALF = new Set(
  "first second latter former other back upper lower northern southern eastern western".split(" "),
);
