// What may stand before a number and belongs to the figure: a qualifier ("just over"), "aged", "between", a
// currency sign. They are read forwards from the scan position, so a figure's span starts with them.
import type { FigureQualifier } from "./figures";
import { CURRENCY_PREFIXES, QUALIFIER_PHRASES } from "./figures-lexicon";
import { H, at, isLetter } from "./figures-text";

export interface Prefix {
  /** Where the number itself starts. */
  pos: number;
  qualifier: FigureQualifier | null;
  age: boolean;
  between: boolean;
  currency?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const QUALIFIERS = new Map<string, FigureQualifier>(QUALIFIER_PHRASES.map(([phrase, q]) => [phrase, q]));
const QUALIFIER = new RegExp(
  `(${QUALIFIER_PHRASES.map(([phrase]) => escape(phrase).replaceAll(" ", `${H}+`)).join("|")})${H}+`,
  "iy",
);
const AGE_INTRO = new RegExp(String.raw`(?:aged|ages?|(?:at${H}+)?the${H}+age${H}+of)${H}+`, "iy");
const BETWEEN = new RegExp(String.raw`between${H}+`, "iy");
const CURRENCY = new RegExp(String.raw`((?:us|a|c|hk|nz)?\$|€|£|¥)${H}?|(usd|eur|gbp)${H}+(?=\d)`, "iy");

const CURRENCY_STARTS = "$€£¥uUaAcChHnNeEgG";

export function readPrefixes(text: string, start: number): Prefix {
  const p: Prefix = { pos: start, qualifier: null, age: false, between: false };
  for (let i = 0; i < 3 && isLetter(text[p.pos]); i += 1) {
    const q = p.qualifier === null ? at(QUALIFIER, text, p.pos) : null;
    if (q?.[1]) {
      p.qualifier = QUALIFIERS.get(q[1].toLowerCase().replace(/\s+/g, " ")) ?? null;
      p.pos += q[0].length;
      continue;
    }
    const intro = p.age ? null : at(AGE_INTRO, text, p.pos);
    const between = p.between || intro ? null : at(BETWEEN, text, p.pos);
    if (!intro && !between) break;
    if (intro) p.age = true;
    if (between) p.between = true;
    p.pos += (intro ?? between)?.[0].length ?? 0;
  }
  const c = CURRENCY_STARTS.includes(text[p.pos] ?? "_") ? at(CURRENCY, text, p.pos) : null;
  const sign = c?.[1] ?? c?.[2];
  if (c && sign) {
    p.currency = CURRENCY_PREFIXES.get(sign.toLowerCase());
    p.pos += c[0].length;
  }
  return p;
}
