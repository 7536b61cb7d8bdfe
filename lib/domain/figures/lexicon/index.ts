// The lexicon of each language. English is read by the shared parsers over its FigureLexicon (./en.ts). Arabic has
// its own parser (../arabic.ts, with its words in ./ar.ts: dual and plural forms, joined one-letter words and vowel
// marks need more than a word list). French and Spanish share one Romance parser (../romance.ts) over ./fr.ts and
// ./es.ts: decimal comma, "de" before the counted noun and number words built from parts are common to both.
import type { FigureLanguage } from "../types";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import type { RomanceLexicon } from "./romance-types";
import type { FigureLexicon } from "./types";

const LEXICONS: Partial<Record<FigureLanguage, FigureLexicon>> = { en: EN };
const ROMANCE: Partial<Record<FigureLanguage, RomanceLexicon>> = { fr: FR, es: ES };

export function lexiconFor(language: FigureLanguage): FigureLexicon | null {
  return LEXICONS[language] ?? null;
}

/** The lexicon the Romance parser reads `language` with (French, Spanish), or null. */
export function romanceLexiconFor(language: FigureLanguage): RomanceLexicon | null {
  return ROMANCE[language] ?? null;
}
