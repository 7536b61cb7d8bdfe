// What follows a number and changes its kind: "-year-old", "-day", "km", "dollars".
import type { FigureLexicon } from "./lexicon/types";
import { H, at, isLetter, peekWord, perLexicon } from "./text";

export type UnitSuffix =
  | { kind: "currency" | "measure" | "compound"; end: number; name: string }
  /**
   * `plural`: no person noun follows ("two-year-olds", "eighty years of age"); `per`: the time unit of an age not
   * counted in years ("eleven months old" → "months").
   */
  | { kind: "age"; end: number; plural: boolean; per?: string }
  | { kind: "bad-compound"; end: number };

// "40 years old", "a two-year-old girl", "an 11-month-old baby", "eighty years of age".
const AGE = new RegExp(
  String.raw`(?:[-‐]|${H}+)(year|month|week|day)s?(?:(?:[-‐]|${H}+)old(s?)|${H}+of${H}+age)(?![\p{L}])`, "iuy",
);
// After "aged": "aged eleven months" (a bare "years" after "aged" adds nothing but is kept in the span).
const AGED_UNIT = new RegExp(String.raw`${H}+(year|month|week|day)s?(?:${H}+old)?(?![\p{L}])`, "iuy");
const AGE_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days"]);
const perUnit = (unit: string | undefined) => (!unit || unit.toLowerCase() === "year" ? undefined : `${unit.toLowerCase()}s`);
const COMPOUND = /[-‐](\p{L}+)(?![\p{L}])/uy;
const GLUED_MEASURE = /(km²|km2|kwh|km|kg|mph|khz|mhz|ghz|hz|gb|mb|tb|kw|mw|gw|cm)(?![\p{L}\p{N}])/iuy;
const DEGREES = new RegExp(String.raw`${H}?°${H}?([CF])(?![\p{L}])`, "uy");
const SCALE_NAME = new RegExp(String.raw`${H}+(celsius|fahrenheit)(?![\p{L}])`, "iuy");
// "20 €", "20€": a currency sign after the amount, not before another number ("5 $10").
const SIGN_AFTER = new RegExp(String.raw`${H}?([€£$¥])(?![\p{L}\p{N}]|${H}*\d)`, "uy");
const NATION = "US|U\\.S\\.|American|Canadian|Australian|Saudi|Iraqi|Syrian|Turkish|Russian|Egyptian|Jordanian|Lebanese|Qatari";
const CURRENCY = new RegExp(String.raw`${H}+(?:(?:${NATION})${H}+)?(\p{L}+)(?![\p{L}])`, "uy");
const SPACED_MEASURE = new RegExp(String.raw`${H}+(?:(sq\.?|square|cubic)${H}+)?(\p{L}+[²2]?)(?![\p{L}\p{N}])`, "iuy");

const NATIONS = new Set(NATION.replaceAll("\\.", ".").toLowerCase().split("|").map((n) => n.split(/[.\s]/)[0]));
const spacedGate = perLexicon((lex: FigureLexicon) => new Set([...lex.measureUnits.keys(), "sq", "square", "cubic"]));

/** A currency sign or degree sign after the number: "20 €", "−5 °C". */
function readSignSuffix(text: string, pos: number, lex: FigureLexicon): UnitSuffix | null {
  const degrees = at(DEGREES, text, pos);
  if (degrees?.[1]) return { kind: "measure", end: pos + degrees[0].length, name: degrees[1] === "C" ? "degrees celsius" : "degrees fahrenheit" };
  const sign = at(SIGN_AFTER, text, pos);
  const name = sign?.[1] ? lex.currencyWords.get(sign[1]) : undefined;
  return sign && name ? { kind: "currency", end: pos + sign[0].length, name } : null;
}

export function readUnitSuffix(text: string, pos: number, lex: FigureLexicon): UnitSuffix | null {
  const next = text[pos];
  const hyphen = next === "-" || next === "‐";
  const word = peekWord(text, pos);
  if (!hyphen && !word && !isLetter(next)) return next === undefined ? null : readSignSuffix(text, pos, lex);
  const age = hyphen || AGE_UNITS.has(word) ? at(AGE, text, pos) : null;
  if (age) return { kind: "age", end: pos + age[0].length, plural: age[2] === "s" || age[2] === undefined, per: perUnit(age[1]) };
  const compound = hyphen ? at(COMPOUND, text, pos) : null;
  if (compound?.[1]) {
    const word = compound[1].toLowerCase();
    const end = pos + compound[0].length;
    const currency = lex.currencyWords.get(word);
    if (currency) return { kind: "currency", end, name: currency };
    const measure = lex.hyphenMeasures.get(word);
    if (measure) return { kind: "measure", end, name: measure };
    return lex.measureNouns.has(word) ? { kind: "compound", end, name: word } : { kind: "bad-compound", end };
  }
  const glued = isLetter(next) ? at(GLUED_MEASURE, text, pos) : null;
  if (glued?.[1]) return { kind: "measure", end: pos + glued[0].length, name: lex.measureUnits.get(glued[1].toLowerCase()) ?? glued[1] };
  const currency = lex.currencyWords.has(word) || NATIONS.has(word) ? at(CURRENCY, text, pos) : null;
  const currencyName = currency?.[1] ? lex.currencyWords.get(currency[1].toLowerCase()) : undefined;
  if (currency && currencyName) return { kind: "currency", end: pos + currency[0].length, name: currencyName };
  const measure = spacedGate(lex).has(word) ? at(SPACED_MEASURE, text, pos) : null;
  const measureName = measure?.[2] ? lex.measureUnits.get(measure[2].toLowerCase()) : undefined;
  if (measure && measureName) {
    const area = measure[1]?.toLowerCase() === "cubic" ? "cubic" : "square";
    const name = measure[1] ? `${area} ${measureName.replace(/^square /, "")}` : measureName;
    const end = pos + measure[0].length;
    const scale = name === "degrees" ? at(SCALE_NAME, text, end) : null;
    return scale?.[1] ? { kind: "measure", end: end + scale[0].length, name: `degrees ${scale[1].toLowerCase()}` } : { kind: "measure", end, name };
  }
  return readSignSuffix(text, pos, lex);
}

/** The time unit after a number introduced by "aged": "aged eleven months", "aged 3 weeks old". */
export function readAgedUnit(text: string, pos: number): UnitSuffix | null {
  const m = AGE_UNITS.has(peekWord(text, pos)) ? at(AGED_UNIT, text, pos) : null;
  return m ? { kind: "age", end: pos + m[0].length, plural: true, per: perUnit(m[1]) } : null;
}
