// Two numbers that make one figure: ranges ("between 20 and 30", "20-30", "two or three", "2014-15") and
// ratios ("one in five", "three out of four").
import type { FigureLexicon } from "./lexicon/types";
import { readCounted } from "./nouns";
import { readQuantity, type Quantity } from "./numbers";
import { readMinus } from "./prefixes";
import { H, at, clean, isDigit, isHSpace, peekWord, previousWord } from "./text";

export interface Range {
  q2: Quantity;
  low: number;
  high: number;
  percent: boolean;
}

type Separator = "glued" | "dash" | "to" | "or" | "between";

const GLUED = /[-‐–—]/y;
const DASH = new RegExp(String.raw`${H}+[-–—]${H}+`, "y");
const WORDED = new RegExp(String.raw`${H}+(to|or|through|thru)${H}+`, "iy");
const BETWEEN = new RegExp(String.raw`${H}+(?:and|to)${H}+|${H}*[-–—]${H}*`, "iy");
const SIGN = /[$€£¥]?/y;
const RATIO = new RegExp(String.raw`${H}+(?:(in)|in${H}+every|out${H}+of)${H}+`, "iy");

const rangeable = (q: Quantity) => q.kind === "digits" || q.kind === "words";

function readSeparator(text: string, pos: number, between: boolean): [Separator, number] | null {
  if (between) {
    const b = at(BETWEEN, text, pos);
    return b ? ["between", b[0].length] : null;
  }
  const next = text.charCodeAt(pos);
  const space = isHSpace(next);
  const g = space ? at(DASH, text, pos) : at(GLUED, text, pos);
  if (g) return [g[0].length === 1 ? "glued" : "dash", g[0].length];
  const word = space ? peekWord(text, pos) : "";
  const w = word === "to" || word === "or" || word === "through" || word === "thru" ? at(WORDED, text, pos) : null;
  const joined = w?.[1]?.toLowerCase();
  return w && joined ? [joined === "or" ? "or" : "to", w[0].length] : null;
}

/** The word before the "from" that precedes `pos`, or null when no "from" does: "rose" in "rose from 5 to 8". */
function verbBeforeFrom(text: string, pos: number): string | null {
  let i = pos;
  while (i > 0 && isHSpace(text.charCodeAt(i - 1))) i -= 1;
  return text.slice(i - 4, i).toLowerCase() === "from" ? previousWord(text, i - 4) : null;
}

/**
 * A change is not a range: in "rose by 5 to 30", "fell 3% to $1.2 billion" and "rose from 5 to 8" the numbers are
 * a change and a level, or two levels. "from 20 to 30 fighters" and "range from 20 to 30" are ranges.
 */
function isChange(text: string, start: number, lex: FigureLexicon): boolean {
  const before = previousWord(text, start);
  if (before === "by" || (before !== null && lex.changeVerbs.has(before))) return true;
  if (before !== "from") return false;
  const verb = verbBeforeFrom(text, start);
  return verb !== null && lex.changeVerbs.has(verb);
}

/**
 * The range continuing after `q1`; "reject" when "3-1" or "7761-3177" shows the digits are not a figure. `start` is
 * where the figure starts, before any currency sign or qualifier ("rose from $2 to $5").
 */
export function readRange(
  text: string, q1: Quantity, between: boolean, currency: boolean, lex: FigureLexicon, start = q1.start,
): Range | "reject" | null {
  if (!rangeable(q1)) return null;
  const sep = readSeparator(text, q1.end, between);
  if (!sep) return null;
  const [kind, length] = sep;
  let p = q1.end + length;
  const sign = at(SIGN, text, p)?.[0].length ?? 0;
  p += sign;
  const minus = sign ? 0 : readMinus(text, p);
  p += minus;
  const r = readQuantity(text, p, { currency, continuation: true }, lex);
  let q2 = r && !("reject" in r) && rangeable(r) ? r : null;
  if (q2 && minus) q2 = { ...q2, value: -q2.value, base: -q2.base };
  // A range never joins a percentage to an amount, nor a bare number to money: "fell 3% to $1.2 billion".
  if (q2 && ((q1.percent && !q2.percent) || (sign > 0 && !currency))) return null;
  if (!q2) return kind === "glued" && q1.kind === "digits" && isDigit(text[p]) ? "reject" : null;
  if ((kind === "glued" || kind === "dash") && q1.yearLike && q2.digits === 2 && q2.scale === 1 && !q2.percent) {
    q2 = { ...q2, value: Math.floor(q1.value / 100) * 100 + q2.base, yearLike: true };
  }
  if (kind === "or" && q1.kind !== q2.kind) return null;
  if (kind === "to" && !(q1.yearLike && q2.yearLike) && isChange(text, start, lex)) return null;
  const low = q1.scale === 1 && q2.scale > 1 && q1.base <= q2.base ? clean(q1.base * q2.scale) : q1.value;
  if (kind === "between") return { q2, low: Math.min(low, q2.value), high: Math.max(low, q2.value), percent: q1.percent || q2.percent };
  if (q2.value <= low) return kind === "glued" && q1.kind === "digits" ? "reject" : null;
  return { q2, low, high: q2.value, percent: q1.percent || q2.percent };
}

/** "one in five Syrians": a fraction. Plain "in" is ignored before durations ("12 in 48 hours"). */
export function readRatio(text: string, q1: Quantity, lex: FigureLexicon): { value: number; q2: Quantity } | null {
  if (!rangeable(q1) || q1.percent || q1.scale !== 1 || !Number.isInteger(q1.value)) return null;
  const word = peekWord(text, q1.end);
  const sep = word === "in" || word === "out" ? at(RATIO, text, q1.end) : null;
  if (!sep) return null;
  const r = readQuantity(text, q1.end + sep[0].length, { currency: false, continuation: true }, lex);
  if (!r || "reject" in r || !rangeable(r) || r.yearLike || r.percent || r.value <= q1.value) return null;
  if (sep[1]) {
    const counted = readCounted(text, r.end, lex, "direct");
    if (q1.value > 10 || (counted && lex.measureNouns.has(counted.head.replace(/s$/, "")))) return null;
  }
  return { value: q1.value / r.value, q2: r };
}
