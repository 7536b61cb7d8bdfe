// Cardinal numbers written in words: "Eight", "twenty-five", "three hundred and fifty thousand", "a million",
// "one and a half million", "two dozen".
import { andFractionAt } from "./fractions";
import type { FigureLexicon } from "./lexicon/types";
import { H, at, wordAt } from "./text";

export interface WordNumber {
  end: number;
  value: number;
  /** The scale word the number ends with ("three dozen" → 12, "five million" → 1e6), else 1. */
  scale: number;
  loneOne: boolean;
}

type Last = "start" | "a" | "unit" | "teen" | "tens" | "hundred" | "scale" | "and" | "half";

interface State {
  total: number;
  current: number;
  last: Last;
  scale: number;
}

const SEPARATOR = new RegExp(String.raw`-|‐|${H}+`, "y");
const AND_A_HALF = new RegExp(String.raw`and${H}+a${H}+half(?![\p{L}])`, "iuy");
const ADDABLE: ReadonlySet<Last> = new Set(["start", "hundred", "scale", "and"]);
const MULTIPLIABLE: ReadonlySet<Last> = new Set(["unit", "teen", "tens", "hundred", "a", "half"]);

/** Applies one word to the running value, or returns null when the word does not continue the number. */
function step(s: State, word: string, lex: FigureLexicon): State | null {
  const small = lex.smallNumbers.get(word);
  if ((word === "a" || word === "an") && s.last === "start") return { ...s, current: 1, last: "a" };
  if (small !== undefined && (ADDABLE.has(s.last) || (s.last === "tens" && small > 0 && small < 10))) {
    return { ...s, current: s.current + small, last: small < 10 ? "unit" : "teen" };
  }
  const tens = lex.tensNumbers.get(word);
  if (tens !== undefined && ADDABLE.has(s.last)) return { ...s, current: s.current + tens, last: "tens" };
  if (word === "hundred" && (s.last === "unit" || s.last === "teen" || s.last === "a")) {
    return { ...s, current: s.current * 100, last: "hundred" };
  }
  const scale = lex.scaleWords.get(word);
  if (scale !== undefined && scale >= 1000 && MULTIPLIABLE.has(s.last)) {
    return { total: s.total + s.current * scale, current: 0, last: "scale", scale };
  }
  const multiplier = lex.multipliers.get(word);
  if (multiplier !== undefined && (s.last === "unit" || s.last === "teen" || s.last === "a")) {
    return { ...s, current: s.current * multiplier, last: "scale", scale: multiplier };
  }
  return null;
}

function continuesAfterAnd(text: string, pos: number, lex: FigureLexicon): boolean {
  const w = wordAt(text, pos, false);
  return w !== null && (lex.smallNumbers.has(w.lower) || lex.tensNumbers.has(w.lower));
}

export function readWordNumber(text: string, pos: number, lex: FigureLexicon): WordNumber | null {
  let s: State = { total: 0, current: 0, last: "start", scale: 1 };
  let end = -1;
  let p = pos;
  let words = 0;
  let first = "";
  for (let i = 0; i < 16; i += 1) {
    const w = wordAt(text, p, false);
    if (!w) break;
    let next = step(s, w.lower, lex);
    let wordEnd = w.end;
    if (!next && w.lower === "and") {
      const half = at(AND_A_HALF, text, w.start);
      const sep = at(SEPARATOR, text, w.end);
      // "seven billion and three quarters": a fraction of the scale just read.
      const ofScale = s.last === "scale" && s.scale >= 1000 && p > pos ? andFractionAt(text, w.start - 1, lex) : null;
      if (half && (s.last === "unit" || s.last === "teen" || s.last === "tens")) {
        next = { ...s, current: s.current + 0.5, last: "half" };
        wordEnd = w.start + half[0].length;
      } else if (ofScale && /\s/.test(text[w.start - 1] ?? "")) {
        next = { ...s, total: s.total + ofScale[0] * s.scale, last: "half" };
        wordEnd = w.start - 1 + ofScale[1];
      } else if ((s.last === "hundred" || s.last === "scale") && sep && continuesAfterAnd(text, w.end + sep[0].length, lex)) {
        next = { ...s, last: "and" };
        wordEnd = -1;
      }
    }
    if (!next) break;
    s = next;
    if (s.last !== "a" && wordEnd >= 0) {
      end = wordEnd;
      words += 1;
      if (words === 1) first = w.lower;
    }
    const sep = at(SEPARATOR, text, wordEnd >= 0 ? wordEnd : w.end);
    if (!sep) break;
    p = (wordEnd >= 0 ? wordEnd : w.end) + sep[0].length;
  }
  if (end < 0) return null;
  const value = s.total + s.current;
  const scale = s.last === "scale" ? s.scale : 1;
  return { end, value, scale, loneOne: words === 1 && first === "one" };
}
