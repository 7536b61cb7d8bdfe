// Which language to read a text in when the caller does not say: the script, then its words
// (identifyLanguage), and when they cannot tell (too short, another language, mixed), the script alone:
// a text mostly in Arabic script is Arabic, anything else English.
import { countScripts, identifyLanguage } from "../language-identification";
import type { FigureLanguage } from "./types";

// Enough to judge the language of an article without reading 5 MB twice.
const SAMPLE = 4000;

/** The identified language of the text's opening, else "ar" when Arabic letters outnumber Latin ones, else "en". */
export function figureLanguageOf(text: string): FigureLanguage {
  const identified = identifyLanguage(text, SAMPLE);
  if (identified) return identified;
  const { arabic, latin } = countScripts(text, SAMPLE);
  return arabic > latin ? "ar" : "en";
}
