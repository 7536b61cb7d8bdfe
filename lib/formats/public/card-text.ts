// Text layout for the social card: words measured with fontkit (which shapes Arabic, so a joined word is
// measured as drawn), wrapped into lines, and ordered for display with a small version of the Unicode
// bidirectional algorithm at word level. Each word is then drawn on its own by resvg, which shapes it and
// orders the letters inside it; resvg's own line-level ordering of mixed Arabic and Latin is not relied on
// (it swapped words around a Latin run in a right-to-left line when tried).
import type { Font } from "fontkit";

export type Direction = "ltr" | "rtl";

export interface CardFace {
  family: string;
  font: Font;
}

export interface CardFonts {
  latin: CardFace;
  arabic: CardFace;
}

export interface PlacedWord {
  text: string;
  family: string;
  rtl: boolean;
  /** Left edge, in px. */
  x: number;
  width: number;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_ARABIC = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LATIN = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** The word's own direction: rtl or ltr when it has a strong letter, null for digits and punctuation. */
function wordDirection(word: string): Direction | null {
  for (const char of word) {
    if (STRONG_ARABIC.test(char)) return "rtl";
    if (STRONG_LATIN.test(char)) return "ltr";
  }
  return null;
}

/** The direction of a text from its first strong letter (the bidi algorithm's paragraph rule), else ltr. */
export function textDirection(text: string): Direction {
  for (const word of text.split(/\s+/)) {
    const direction = wordDirection(word);
    if (direction) return direction;
  }
  return "ltr";
}

export function measure(text: string, face: CardFace, size: number): number {
  return (face.font.layout(text).advanceWidth * size) / face.font.unitsPerEm;
}

const faceFor = (word: string, fonts: CardFonts) => (ARABIC.test(word) ? fonts.arabic : fonts.latin);

interface Measured {
  text: string;
  face: CardFace;
  width: number;
}

/**
 * Lines of at most `maxWidth`, at most `maxLines` of them; when the text does not fit, the last line ends
 * with an ellipsis. A single word wider than a line is cut with an ellipsis too.
 */
export function wrapWords(text: string, fonts: CardFonts, size: number, maxWidth: number, maxLines: number): Measured[][] {
  const space = measure(" ", fonts.latin, size);
  const fit = (word: string): Measured => {
    const face = faceFor(word, fonts);
    let cut = word;
    while (cut.length > 1 && measure(cut, face, size) > maxWidth) cut = `${[...cut].slice(0, -2).join("")}…`;
    return { text: cut, face, width: measure(cut, face, size) };
  };
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean).map(fit);
  const lines: Measured[][] = [];
  let line: Measured[] = [];
  let width = 0;
  for (const [i, word] of words.entries()) {
    const next = line.length === 0 ? word.width : width + space + word.width;
    if (next <= maxWidth || line.length === 0) {
      line.push(word);
      width = next;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) return withEllipsis(lines, fonts, size, space, maxWidth, i < words.length);
    line = [word];
    width = word.width;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function withEllipsis(lines: Measured[][], fonts: CardFonts, size: number, space: number, maxWidth: number, cut: boolean): Measured[][] {
  const last = lines[lines.length - 1];
  if (!cut || !last) return lines;
  const lineWidth = (words: Measured[]) => words.reduce((sum, w) => sum + w.width, 0) + space * Math.max(0, words.length - 1);
  const ellipsis = measure("…", fonts.latin, size);
  while (last.length > 1 && lineWidth(last) + ellipsis > maxWidth) last.pop();
  const end = last[last.length - 1]!;
  const text = `${end.text.replace(/[\s,;:.،؛–—-]+$/u, "")}…`;
  last[last.length - 1] = { ...end, text, width: measure(text, end.face, size) };
  return lines;
}

/**
 * Places one line's words left to right for display. Digits and punctuation between two words of the same
 * direction take it, else the paragraph's; runs against the paragraph's direction keep their own order
 * inside the run (an English name in an Arabic sentence still reads left to right).
 */
export function placeLine(words: Measured[], paragraph: Direction, size: number, fonts: CardFonts, left: number, right: number): PlacedWord[] {
  const own = words.map((w) => wordDirection(w.text));
  const resolved = own.map((direction, i): Direction => {
    if (direction) return direction;
    const before = own.slice(0, i).reverse().find(Boolean) ?? paragraph;
    const after = own.slice(i + 1).find(Boolean) ?? paragraph;
    return before === after ? before : paragraph;
  });
  const runs: { direction: Direction; words: Measured[] }[] = [];
  words.forEach((word, i) => {
    const direction = resolved[i]!;
    const run = runs[runs.length - 1];
    if (run && run.direction === direction) run.words.push(word);
    else runs.push({ direction, words: [word] });
  });
  const visual = (paragraph === "rtl" ? [...runs].reverse() : runs).flatMap((run) => (run.direction === "rtl" ? [...run.words].reverse() : run.words).map((word) => ({ word, rtl: run.direction === "rtl" })));
  const space = measure(" ", fonts.latin, size);
  const total = visual.reduce((sum, v) => sum + v.word.width, 0) + space * Math.max(0, visual.length - 1);
  let x = paragraph === "rtl" ? right - total : left;
  // A word drawn right to left (its run's direction) keeps trailing Arabic punctuation on its left: "2021،".
  return visual.map(({ word, rtl }) => {
    const placed = { text: word.text, family: word.face.family, rtl, x, width: word.width };
    x += word.width + space;
    return placed;
  });
}
