// What follows a number and changes its kind: "-year-old", "-day", "km", "dollars".
import { CURRENCY_WORDS, MEASURE_NOUNS, MEASURE_UNITS } from "./figures-lexicon";
import { H, at, isLetter, peekWord } from "./figures-text";

export type UnitSuffix =
  | { kind: "currency" | "measure" | "compound"; end: number; name: string }
  | { kind: "age"; end: number; plural: boolean }
  | { kind: "bad-compound"; end: number };

const AGE = new RegExp(String.raw`(?:[-‐]|${H}+)years?(?:[-‐]|${H}+)old(s?)(?![\p{L}])`, "iuy");
const COMPOUND = /[-‐](\p{L}+)(?![\p{L}])/uy;
const GLUED_MEASURE = /(km²|km2|km|kg|mph)(?![\p{L}\p{N}])/uy;
const NATION = "US|U\\.S\\.|American|Canadian|Australian|Saudi|Iraqi|Syrian|Turkish|Russian|Egyptian|Jordanian|Lebanese|Qatari";
const CURRENCY = new RegExp(String.raw`${H}+(?:(?:${NATION})${H}+)?(\p{L}+)(?![\p{L}])`, "uy");
const SPACED_MEASURE = new RegExp(String.raw`${H}+(?:(sq\.?|square|cubic)${H}+)?(\p{L}+[²2]?)(?![\p{L}\p{N}])`, "iuy");

const NATIONS = new Set(NATION.replaceAll("\\.", ".").toLowerCase().split("|").map((n) => n.split(/[.\s]/)[0]));
const SPACED_GATE = new Set([...MEASURE_UNITS.keys(), "sq", "square", "cubic"]);

export function readUnitSuffix(text: string, pos: number): UnitSuffix | null {
  const next = text[pos];
  const hyphen = next === "-" || next === "‐";
  const word = peekWord(text, pos);
  if (!hyphen && !word && !isLetter(next)) return null;
  const age = hyphen || word === "year" || word === "years" ? at(AGE, text, pos) : null;
  if (age) return { kind: "age", end: pos + age[0].length, plural: age[1] === "s" };
  const compound = hyphen ? at(COMPOUND, text, pos) : null;
  if (compound?.[1]) {
    const word = compound[1].toLowerCase();
    const end = pos + compound[0].length;
    return MEASURE_NOUNS.has(word) ? { kind: "compound", end, name: word } : { kind: "bad-compound", end };
  }
  const glued = isLetter(next) ? at(GLUED_MEASURE, text, pos) : null;
  if (glued?.[1]) return { kind: "measure", end: pos + glued[0].length, name: MEASURE_UNITS.get(glued[1]) ?? glued[1] };
  const currency = CURRENCY_WORDS.has(word) || NATIONS.has(word) ? at(CURRENCY, text, pos) : null;
  const currencyName = currency?.[1] ? CURRENCY_WORDS.get(currency[1].toLowerCase()) : undefined;
  if (currency && currencyName) return { kind: "currency", end: pos + currency[0].length, name: currencyName };
  const measure = SPACED_GATE.has(word) ? at(SPACED_MEASURE, text, pos) : null;
  const measureName = measure?.[2] ? MEASURE_UNITS.get(measure[2].toLowerCase()) : undefined;
  if (measure && measureName) {
    const area = measure[1]?.toLowerCase() === "cubic" ? "cubic" : "square";
    const name = measure[1] ? `${area} ${measureName.replace(/^square /, "")}` : measureName;
    return { kind: "measure", end: pos + measure[0].length, name };
  }
  return null;
}
