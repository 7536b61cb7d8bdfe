// Which language to read a text in when the caller does not say. For now only the script decides: a text mostly
// in Arabic script is Arabic, anything else is English. French and Spanish need word-based identification, which
// comes with their lexicons (issue 13).
import type { FigureLanguage } from "./types";

// Enough to judge the script of an article without reading 5 MB twice.
const SAMPLE = 4000;

const isArabicLetter = (c: number) =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) ||
  (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isLatinLetter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** "ar" when Arabic letters outnumber Latin ones in the text's opening, else "en". */
export function figureLanguageOf(text: string): FigureLanguage {
  let arabic = 0;
  let latin = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) latin += isLatinLetter(c) ? 1 : 0;
    else if (isArabicLetter(c)) arabic += 1;
    else if (isLatinLetter(c)) latin += 1;
  }
  return arabic > latin ? "ar" : "en";
}
