// French and Spanish numbers written in words: "quatre-vingt-dix-sept", "soixante et onze", "deux cents",
// "trois millions", "treinta y dos", "doscientos", "cuarenta mil millones" (4e10), "un million et demi".
import type { RomanceLexicon } from "./lexicon/romance-types";
import { nextToken, tokenAt, type Token } from "./romance-tokens";

export interface WordNumber {
  end: number;
  value: number;
  /** The last scale word's value ("trois millions" → 1e6), else 1. */
  scale: number;
  /** Only "un"/"une"/"uno"/"una": an article, not a figure, unless something else makes it one. */
  loneOne: boolean;
}

type Last = "start" | "unit" | "teen" | "tens" | "hundred" | "scale" | "joiner";

/** The next word of the number, across a hyphen ("soixante-dix") but not across any other symbol. */
function following(text: string, t: Token): Token | null {
  const n = nextToken(text, t.end);
  if (n?.norm !== "-" || n.start !== t.end) return n?.kind === "word" ? n : null;
  const after = tokenAt(text, n.end);
  return after?.kind === "word" ? after : null;
}

const isNumberWord = (lex: RomanceLexicon, w: string) => lex.numberWords.has(w) || lex.hundreds.has(w) || lex.scales.has(w);

/** The number in words starting at token `t`, or null when `t` starts none. */
export function readWordNumber(text: string, t: Token, lex: RomanceLexicon): WordNumber | null {
  let total = 0;
  let current = 0;
  let last: Last = "start";
  let scale = 1;
  let end = -1;
  let words = 0;
  let onlyOnes = true;
  for (let tok: Token | null = t; tok && tok.kind === "word"; tok = following(text, tok)) {
    const w = tok.norm;
    const v = lex.numberWords.get(w);
    const sub = current % 100;
    if (v !== undefined) {
      if (lex.ones.has(w) && last !== "start" && last !== "joiner" && last !== "hundred" && last !== "scale") break;
      if (v < 10 && sub % 10 === 0 && last !== "unit") [current, last] = [current + v, "unit"];
      else if (v >= 10 && v < 20 && sub % 10 === 0 && (sub === 0 || sub === 60 || sub === 80) && last !== "teen") {
        [current, last] = [current + v, "teen"];
      } else if (v === 20 && sub === 4 && last === "unit" && lex.language === "fr") [current, last] = [current + 76, "tens"];
      else if (v >= 20 && v < 100 && sub === 0 && last !== "unit" && last !== "teen") [current, last] = [current + v, "tens"];
      else if (v >= 100 && current % 1000 === 0 && last !== "unit") [current, last] = [current + v, "hundred"];
      else break;
      if (!lex.ones.has(w)) onlyOnes = false;
    } else if (lex.hundreds.has(w)) {
      if (last === "unit" && current > 0 && current < 10) current *= 100;
      else if (current % 1000 === 0 && last !== "hundred") current += 100;
      else break;
      [last, onlyOnes] = ["hundred", false];
    } else if (lex.scales.has(w)) {
      const s = lex.scales.get(w) ?? 1;
      if (current === 0 && total === 0) total = s;
      else {
        const below = total % s;
        total = total - below + (below + current) * s;
      }
      [current, last, scale, onlyOnes] = [0, "scale", s, false];
    } else if (w === lex.numberJoiner) {
      // "vingt et un", "treinta y dos"; "deux millions et demi", "dos millones y medio".
      const n = nextToken(text, tok.end);
      if (last === "scale" && n?.kind === "word" && n.norm === lex.halfAfterScale[1]) {
        total += scale / 2;
        end = n.end;
        break;
      }
      const nv = n?.kind === "word" ? lex.numberWords.get(n.norm) : undefined;
      if (last !== "tens" || sub < 20 || nv === undefined || nv >= (lex.language === "fr" ? 12 : 10) || nv === 0) break;
      last = "joiner";
      continue;
    } else break;
    end = tok.end;
    words += 1;
  }
  if (end < 0) return null;
  return { end, value: total + current, scale: last === "scale" ? scale : 1, loneOne: onlyOnes && words === 1 };
}

/** Whether the word at `t` can start or continue a number in words. */
export const startsWordNumber = (lex: RomanceLexicon, t: Token | null): boolean => !!t && t.kind === "word" && isNumberWord(lex, t.norm);
