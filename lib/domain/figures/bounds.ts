// Two open bounds joined by "and" make one range: "more than 2,000 and less than 3,000 people", "no more than 20
// and no less than 10". The qualifiers are the range's ends, so the figure itself has none.
import type { FigureLexicon } from "./lexicon/types";
import { readQuantity, type Quantity } from "./numbers";
import { readPrefixes } from "./prefixes";
import type { Range } from "./ranges";
import { H, at, clean, peekWord } from "./text";
import type { FigureQualifier } from "./types";

const JOIN = new RegExp(String.raw`${H}+and${H}+`, "iy");
const LOWER: ReadonlySet<FigureQualifier | null> = new Set(["over", "at least"]);
const UPPER: ReadonlySet<FigureQualifier | null> = new Set(["under", "at most"]);

const direction = (q: FigureQualifier | null) => (LOWER.has(q) ? "lower" : UPPER.has(q) ? "upper" : null);

/** The range that a bound (`qualifier` before `q1`) and an opposite bound after "and" make, or null. */
export function readBoundRange(
  text: string, q1: Quantity, qualifier: FigureQualifier | null, currency: boolean, lex: FigureLexicon,
): Range | null {
  const first = direction(qualifier);
  if (!first || (q1.kind !== "digits" && q1.kind !== "words") || peekWord(text, q1.end) !== "and") return null;
  const join = at(JOIN, text, q1.end);
  if (!join) return null;
  const pre = readPrefixes(text, q1.end + join[0].length, lex);
  const second = direction(pre.qualifier);
  if (!second || second === first || pre.age || pre.between || (pre.currency !== undefined && !currency)) return null;
  const r = readQuantity(text, pre.pos, { currency, continuation: true }, lex);
  if (!r || "reject" in r || (r.kind !== "digits" && r.kind !== "words") || r.percent !== q1.percent) return null;
  const q2 = pre.negative ? { ...r, value: -r.value, base: -r.base } : r;
  // "more than 2 and less than 3 million": the scale of the second number carries to the first.
  const v1 = q1.scale === 1 && q2.scale > 1 && Math.abs(q1.base) <= Math.abs(q2.base) ? clean(q1.base * q2.scale) : q1.value;
  const [low, high] = first === "lower" ? [v1, q2.value] : [q2.value, v1];
  return low < high ? { q2, low, high, percent: q1.percent } : null;
}
