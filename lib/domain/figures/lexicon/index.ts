// The lexicon of each language the detector reads in words. Arabic, French and Spanish have none yet: their text
// is read digits-only (digits.ts: values and percentages in Latin, Arabic-Indic or Eastern Arabic digits) until
// their lexicon objects are written and listed here.
import type { FigureLanguage } from "../types";
import { EN } from "./en";
import type { FigureLexicon } from "./types";

const LEXICONS: Partial<Record<FigureLanguage, FigureLexicon>> = { en: EN };

export function lexiconFor(language: FigureLanguage): FigureLexicon | null {
  return LEXICONS[language] ?? null;
}
