// Finds the passage a reviewer selected on a web page in the article the page became. The two texts
// agree on their words but not on their white space: the browser's selection (String(getSelection()))
// puts line breaks and tabs between blocks and cells and keeps the page's no-break spaces, soft
// hyphens and zero-width characters, while the cleaned body has single spaces inside paragraphs and
// blank lines between them. So both are compared without any white space or invisible characters,
// and the match is mapped back to offsets in the body, grown to whole words as the reader does.
//
// Not a fuzzy match: when the cleaner removed part of the passage (a caption, an ad inside it), it
// is not found, and the reviewer is told so rather than shown a guess.

import { snapToWords } from "./word-snap";

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, byte-order mark: on the page, not read.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/u;

/** The text without white space or invisible characters, with each kept character's offset in the original. */
function compact(text: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (SPACE.test(char) || INVISIBLE.test(char)) continue;
    out += char;
    offsets.push(i);
  }
  return { text: out, offsets };
}

export interface SelectionLocation {
  start: number;
  end: number;
  /** How often the passage occurs in the body; the first occurrence is the one given. */
  occurrences: number;
}

/**
 * Where `selection` is in `body` (the first occurrence, grown to whole words), or null when the
 * selection holds no letter or digit or is not in the body.
 */
export function locateSelection(body: string, selection: string): SelectionLocation | null {
  const wanted = compact(selection).text;
  if (!/[\p{L}\p{N}]/u.test(wanted)) return null;
  const haystack = compact(body);
  const starts: number[] = [];
  for (let at = haystack.text.indexOf(wanted); at >= 0; at = haystack.text.indexOf(wanted, at + 1)) starts.push(at);
  const first = starts[0];
  if (first === undefined) return null;
  const start = haystack.offsets[first]!;
  const end = haystack.offsets[first + wanted.length - 1]! + 1;
  const words = snapToWords(body, start, end) ?? { start, end };
  return { ...words, occurrences: starts.length };
}
