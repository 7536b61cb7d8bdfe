// The lexicon of each language the shared parsers read in words. Arabic has its own parser (../arabic.ts, with
// its words in ./ar.ts: dual and plural forms, joined one-letter words and vowel marks need more than a word
// list). French and Spanish have none yet: their text is read digits-only (../digits.ts) until their lexicon
// objects are written and listed here.
import type { FigureLanguage } from "../types";
import { EN } from "./en";
import type { FigureLexicon } from "./types";

const LEXICONS: Partial<Record<FigureLanguage, FigureLexicon>> = { en: EN };

export function lexiconFor(language: FigureLanguage): FigureLexicon | null {
  return LEXICONS[language] ?? null;
}
