// Text helpers for the PDF report: writing direction, bidi isolation and where long tokens may break.
// Pure functions, so they are tested without rendering.

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Any letter, or a right-to-left one: what the Unicode bidi algorithm calls a strong character, near enough. */
const STRONG = /[\p{L}\u0590-\u08FF]/u;

/** Whether the text holds any right-to-left letter. */
export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * The paragraph direction a browser would give `dir="auto"`: that of the first strong letter, so an Arabic
 * quote reads right to left, an English one left to right, and text without letters left to right.
 */
export function textDirection(text: string): "ltr" | "rtl" {
  const match = STRONG.exec(text);
  return match && RTL_LETTER.test(match[0]) ? "rtl" : "ltr";
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * A value set inside a line of other text (a label, commas, a date), isolated as HTML's <bdi> would do: an
 * Arabic publisher followed by ", 2015-03-01" would otherwise pull the date into its right-to-left run and
 * print it as 01-03-2015. Text without right-to-left letters is left as it is.
 */
export function isolate(text: string): string {
  return hasRtl(text) ? `${FSI}${text}${PDI}` : text;
}

/** Whitespace (newlines from the article's paragraphs) folded to single spaces, for one-line context. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ");
}

const LONG_TOKEN = 40;

/**
 * Where react-pdf may break a word. Ordinary words are never hyphenated (English patterns mangle names and
 * do nothing for Arabic); a long token such as a URL may break after a slash, ?, & or = and elsewhere
 * every 30 characters, so it wraps instead of running off the page.
 */
export function breakPoints(word: string): string[] {
  if (word.length <= LONG_TOKEN) return [word];
  const parts = word.split(/(?<=[/?&=])/u).flatMap((part) => part.match(/[^]{1,30}/gu) ?? []);
  return parts.length === 0 ? [word] : parts;
}

const URL_LINE = 90;

/**
 * A long URL cut into lines of at most 90 characters, after a slash, ?, & or = where it can: react-pdf
 * would mark its own breaks with a hyphen, which a reader copying the URL would take for part of it.
 * 90 characters of the report's small text fit its column.
 */
export function urlLines(url: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of url.split(/(?<=[/?&=])/u).flatMap((piece) => piece.match(/[^]{1,90}/gu) ?? [])) {
    if (line && line.length + part.length > URL_LINE) {
      lines.push(line);
      line = "";
    }
    line += part;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Whether a glyph standing for several code points is a right-to-left ligature (lam-alef, a "fi"-like
 * Arabic ligature): pdf-fonts.ts stores those code points reversed, see there.
 */
export function isRtlLigature(codePoints: readonly number[]): boolean {
  return codePoints.length > 1 && codePoints.every((point) => RTL_LETTER.test(String.fromCodePoint(point)));
}
