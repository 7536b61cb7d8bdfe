// Snaps a selection of the article to whole words. A drag rarely starts and ends exactly on a word's
// edges; a quote cut mid-word ("illion people") is never what a reviewer means, so the span grows to
// the words it touches. Apostrophes, hyphens and the separators inside numbers ("3,000", "12.5",
// "don't", "40-year-old") join the characters on both sides into one word.

const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", "’", "-", "‐", ".", ",", "_"]);

const isWord = (text: string, index: number) => index >= 0 && index < text.length && WORD.test(text[index]!);
/** Whether the character at index belongs to the word around it: a word character, or a joiner between two. */
const inWord = (text: string, index: number) =>
  isWord(text, index) || (JOINERS.has(text[index] ?? "") && isWord(text, index - 1) && isWord(text, index + 1));

export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The span grown to whole words at both ends (never shrunk), or null when it holds no letter or digit at all (a bit
 * of white space or punctuation): such a selection is shorter than a word and cannot be a quote.
 */
export function snapToWords(text: string, start: number, end: number): WordSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  if (![...text.slice(from, to)].some((char) => WORD.test(char))) return null;
  // White space at either end is a sloppy drag; punctuation there (quotation marks, a full stop) was
  // chosen and stays.
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  while (from > 0 && inWord(text, from - 1)) from -= 1;
  while (to < text.length && inWord(text, to)) to += 1;
  return { start: from, end: to };
}

export const TOO_SHORT_MESSAGE = "Select at least one whole word to mark it as a claim.";
