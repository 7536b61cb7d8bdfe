// The English lexicon: the words the shared parsers need to read English figures. Kept apart from the parsers so
// the grammar stays readable and other languages can be added beside it.
import type { FigureQualifier } from "../types";
import { H } from "../text";
import { EN_NOUNS } from "./en-nouns";
import type { FigureLexicon } from "./types";

const entries = (list: string, value: number) => list.split(" ").map((w): [string, number] => [w, value]);

const SMALL_NUMBERS = new Map<string, number>(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((w, i): [string, number] => [w, i]),
);

const TENS_NUMBERS = new Map<string, number>([
  ...entries("twenty", 20), ...entries("thirty", 30), ...entries("forty fourty", 40), ...entries("fifty", 50),
  ...entries("sixty", 60), ...entries("seventy", 70), ...entries("eighty", 80), ...entries("ninety", 90),
]);

const SCALE_WORDS = new Map<string, number>([
  ["hundred", 1e2], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12], ["lakh", 1e5],
  ["lakhs", 1e5], ["crore", 1e7], ["crores", 1e7],
]);

// "m" and "b" after digits only mean a scale next to a currency ("$5m") or a plural noun; alone they are metres
// and bytes. "k" is thousands ("10k") unless a measure follows; "M" and "MM" in capitals are millions ("10M").
const SCALE_ABBREVIATIONS = new Map<string, number>([
  ["bn", 1e9], ["mn", 1e6], ["tn", 1e12], ["m", 1e6], ["k", 1e3], ["b", 1e9], ["mln", 1e6], ["bln", 1e9],
  ["mil", 1e6], ["mm", 1e6],
]);

const MULTIPLIERS = new Map<string, number>([["dozen", 12]]);

// Plural number words name an order of magnitude, not a number (see APPROX_SPAN in numbers.ts).
const APPROX_PLURALS = new Map<string, number>([
  ["tens", 10], ["dozens", 12], ["scores", 20], ["hundreds", 1e2], ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9],
]);

const DENOMINATORS = new Map<string, number>([
  ...entries("half halves", 2), ...entries("third thirds", 3), ...entries("quarter quarters fourth fourths", 4),
  ...entries("fifth fifths", 5), ...entries("sixth sixths", 6), ...entries("seventh sevenths", 7),
  ...entries("eighth eighths", 8), ...entries("ninth ninths", 9), ...entries("tenth tenths", 10),
]);

/** Qualifier phrases, longest first so "just over" wins over "over". */
const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, FigureQualifier]> = (
  [
    ["about", "about"], ["around", "about"], ["roughly", "about"], ["approximately", "about"], ["approx.", "about"],
    ["approx", "about"], ["some", "about"], ["circa", "about"], ["c.", "about"], ["an estimated", "about"],
    ["estimated", "about"], ["roughly about", "about"], ["more or less", "about"],
    ["over", "over"], ["more than", "over"], ["above", "over"], ["in excess of", "over"], ["upwards of", "over"], ["greater than", "over"],
    ["exceeding", "over"], ["surpassing", "over"], ["topping", "over"], ["higher than", "over"],
    ["just over", "over"], ["well over", "over"], ["slightly more than", "over"], ["a little over", "over"],
    ["a little more than", "over"], ["just more than", "over"], ["well above", "over"], ["slightly over", "over"],
    ["under", "under"], ["less than", "under"], ["fewer than", "under"], ["below", "under"], ["lower than", "under"], ["well under", "under"],
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

/** After the number (and its counted noun): "800 or more", "300 fighters or fewer". */
const TRAILING_QUALIFIERS = new Map<string, FigureQualifier>([
  ["or more", "at least"], ["or above", "at least"], ["or over", "at least"], ["and above", "at least"],
  ["and over", "at least"], ["or fewer", "at most"], ["or less", "at most"], ["or below", "at most"],
  ["and under", "at most"], ["or under", "at most"],
]);

const CHANGE_VERBS = new Set(
  ("rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing grew grow " +
    "grows growing grown dropped drop drops dropping declined decline declines declining climbed climb climbs jumped " +
    "jump jumps surged surge soared soar plunged plunge slumped slump went go goes gone cut cuts reduced raised " +
    "doubled tripled shrank shrunk expanded swelled up down revised lowered slid slipped sank dipped edged inched " +
    "tumbled spiked rebounded recovered narrowed widened halved boosted slashed trimmed lifted decreased").split(" "),
);

const MONTHS = new Map<string, number>([
  ...entries("january jan", 1), ...entries("february feb", 2), ...entries("march mar", 3), ...entries("april apr", 4),
  ...entries("may", 5), ...entries("june jun", 6), ...entries("july jul", 7), ...entries("august aug", 8),
  ...entries("september sep sept", 9), ...entries("october oct", 10), ...entries("november nov", 11),
  ...entries("december dec", 12),
]);

const CURRENCY_PREFIXES = new Map<string, string>([
  ["$", "dollars"], ["us$", "dollars"], ["a$", "dollars"], ["c$", "dollars"], ["hk$", "dollars"], ["nz$", "dollars"],
  ["€", "euros"], ["£", "pounds"], ["¥", "yen"], ["usd", "dollars"], ["eur", "euros"], ["gbp", "pounds"],
]);

const CURRENCY_WORDS = new Map<string, string>([
  ["dollar", "dollars"], ["dollars", "dollars"], ["euro", "euros"], ["euros", "euros"], ["pound", "pounds"],
  ["pounds", "pounds"], ["sterling", "pounds"], ["yen", "yen"], ["yuan", "yuan"], ["renminbi", "yuan"],
  ["riyal", "riyals"], ["riyals", "riyals"], ["rial", "rials"], ["rials", "rials"], ["dinar", "dinars"],
  ["dinars", "dinars"], ["dirham", "dirhams"], ["dirhams", "dirhams"], ["lira", "lira"], ["liras", "lira"],
  ["rouble", "roubles"], ["roubles", "roubles"], ["ruble", "roubles"], ["rubles", "roubles"], ["rupee", "rupees"],
  ["rupees", "rupees"], ["franc", "francs"], ["francs", "francs"], ["shekel", "shekels"], ["shekels", "shekels"],
  ["usd", "dollars"], ["eur", "euros"], ["gbp", "pounds"], ["€", "euros"], ["$", "dollars"], ["£", "pounds"],
  ["cent", "cents"], ["cents", "cents"], ["penny", "pence"], ["pence", "pence"],
]);

/** Units of measure: the figure's unit is "other" and `counted` names the unit. */
const MEASURE_UNITS = new Map<string, string>([
  ["km", "km"], ["kms", "km"], ["kilometre", "km"], ["kilometres", "km"], ["kilometer", "km"], ["kilometers", "km"],
  ["km2", "square km"], ["km²", "square km"], ["mile", "miles"], ["miles", "miles"], ["kg", "kg"],
  ["kilogram", "kg"], ["kilograms", "kg"], ["kilos", "kg"], ["tonne", "tonnes"], ["tonnes", "tonnes"],
  ["tons", "tonnes"], ["hectare", "hectares"], ["hectares", "hectares"], ["acre", "acres"], ["acres", "acres"],
  ["mph", "mph"], ["metres", "metres"], ["meters", "metres"], ["feet", "feet"], ["degrees", "degrees"],
  ["inches", "inches"], ["gallons", "gallons"], ["litres", "litres"], ["liters", "litres"], ["yards", "yards"],
  ["horsepower", "horsepower"], ["megawatts", "megawatts"], ["gigawatts", "gigawatts"],
  ["gb", "gb"], ["mb", "mb"], ["tb", "tb"], ["hz", "hz"], ["khz", "khz"], ["mhz", "mhz"], ["ghz", "ghz"],
  ["kw", "kw"], ["mw", "mw"], ["gw", "gw"], ["kwh", "kwh"], ["cm", "cm"],
]);

/** After a hyphen, singular: "a 20-foot wall", "a 500-horsepower engine". The figure is a measure, not a count. */
const HYPHEN_MEASURES = new Map<string, string>([
  ["foot", "feet"], ["inch", "inches"], ["gallon", "gallons"], ["litre", "litres"], ["liter", "litres"],
  ["yard", "yards"], ["horsepower", "horsepower"], ["megawatt", "megawatts"], ["metre", "metres"],
  ["meter", "metres"], ["mile", "miles"], ["kilometre", "km"], ["kilometer", "km"], ["km", "km"], ["kg", "kg"],
  ["tonne", "tonnes"], ["ton", "tonnes"], ["acre", "acres"], ["hectare", "hectares"], ["cent", "cents"],
]);

/** Singular nouns that may follow a number directly or after a hyphen: "a four year siege", "a 3-day truce". */
const MEASURE_NOUNS = new Set(
  ("year month week day hour minute min second decade century mile km kilometre kilometer metre meter member man " +
    "person strong point page storey story seat bed room acre hectare ton tonne vehicle car").split(" "),
);


const TRIGGER_WORDS = [
  "half", "several", "about", "around", "roughly", "approximately", "approx", "some", "circa", "estimated", "nearly",
  "almost", "over", "above", "upwards", "fewer", "less", "under", "below", "exactly", "precisely", "between", "aged",
  "well", "slightly", "just", "usd", "eur", "gbp", "minus", "greater", "exceeding", "surpassing", "topping", "higher",
  "lower",
];
const TRIGGER_AHEAD = [
  String.raw`an?(?=${H}+(?:hundred|thousand|million|billion|dozen|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|few|little|maximum|minimum|estimated)\b)`,
  String.raw`in(?=${H}+excess)`, String.raw`at(?=${H}+(?:least|most|the${H}+age))`, String.raw`the(?=${H}+age${H}+of)`,
  String.raw`as(?=${H}+(?:many|much)\b)`, String.raw`not?(?=${H}+(?:more|fewer|less)\b)`, String.raw`up(?=${H}+to\b)`,
  String.raw`close(?=${H}+to\b)`, String.raw`more(?=${H}+(?:than|or)\b)`, String.raw`ages?(?=${H}+\d)`, String.raw`c\.(?=${H}*\d)`,
];

export const EN: FigureLexicon = {
  language: "en",
  smallNumbers: SMALL_NUMBERS, tensNumbers: TENS_NUMBERS, scaleWords: SCALE_WORDS, scaleAbbreviations: SCALE_ABBREVIATIONS,
  multipliers: MULTIPLIERS, approxPlurals: APPROX_PLURALS, denominators: DENOMINATORS,
  qualifierPhrases: QUALIFIER_PHRASES, trailingQualifiers: TRAILING_QUALIFIERS, changeVerbs: CHANGE_VERBS, months: MONTHS,
  monthAbbreviations: new Set("jan feb mar apr jun jul aug sept sep oct nov dec".split(" ")),
  currencyPrefixes: CURRENCY_PREFIXES, currencyWords: CURRENCY_WORDS, measureUnits: MEASURE_UNITS,
  hyphenMeasures: HYPHEN_MEASURES, measureNouns: MEASURE_NOUNS, triggerWords: TRIGGER_WORDS, triggerAhead: TRIGGER_AHEAD,
  ...EN_NOUNS,
};
