import { FIGURE_LANGUAGES, type FigureLanguage } from "./figures/types";

// Article languages: how a language tag is read, stored and searched. An article stores a short code
// (the BCP-47 primary language subtag, "fr" of "fr-FR"), or null when nobody knows. The four languages the
// desk reads have a Postgres text-search configuration; every other code searches with `simple`.

/** The text-search configuration of each language the desk reads. The SQL function claimbench_search_config
 *  (migration ..._article_language_search) holds the same map; a database test checks that the two agree. */
export const SEARCH_CONFIG_OF = { en: "english", fr: "french", es: "spanish", ar: "arabic" } as const;
export type SearchLanguage = keyof typeof SEARCH_CONFIG_OF;
export type SearchConfig = (typeof SEARCH_CONFIG_OF)[SearchLanguage] | "simple";
/** Every configuration a row's search vector may be built with. */
export const SEARCH_CONFIGS: readonly SearchConfig[] = [...Object.values(SEARCH_CONFIG_OF), "simple"];

export const isSearchLanguage = (code: string | null | undefined): code is SearchLanguage =>
  typeof code === "string" && Object.hasOwn(SEARCH_CONFIG_OF, code);

export function searchConfigOf(code: string | null | undefined): SearchConfig {
  return isSearchLanguage(code) ? SEARCH_CONFIG_OF[code] : "simple";
}

// Primary subtags that say "no particular language": undetermined, multiple, no linguistic content, uncoded.
const NO_LANGUAGE = new Set(["und", "mul", "zxx", "mis"]);

export type LanguageTagReading = { ok: true; code: string | null } | { ok: false };

/**
 * Reads a language tag as pages and people write it ("fr", "fr-FR", "EN-us", og:locale's "fr_FR") into the
 * short code stored on an article. A well-formed tag without a language ("und", "x-private") reads as null;
 * anything that is not a BCP-47 tag (Intl's own check) is not ok.
 */
export function readLanguageTag(raw: string): LanguageTagReading {
  const tag = raw.trim().replace(/_/g, "-");
  if (tag === "") return { ok: true, code: null };
  // A private-use tag is well formed but names no language anyone else knows (Intl refuses it).
  if (/^x(-[a-z0-9]{1,8})+$/i.test(tag)) return { ok: true, code: null };
  let canonical: string;
  try {
    [canonical = ""] = Intl.getCanonicalLocales(tag);
  } catch {
    return { ok: false };
  }
  const primary = canonical.split("-")[0]!.toLowerCase();
  // 4–8 letters are reserved or registered-only primary subtags; no article is written in one.
  if (!/^[a-z]{2,3}$/.test(primary)) return { ok: false };
  return { ok: true, code: NO_LANGUAGE.has(primary) ? null : primary };
}

/** The language to read an article's figures in: its own when the desk reads it, else none (detectFigures decides). */
export function figureLanguageOfArticle(code: string | null | undefined): FigureLanguage | undefined {
  return FIGURE_LANGUAGES.find((language) => language === code);
}

/** What a page states about its language (html lang, Content-Language, og:locale): the first usable code, or null. */
export function statedLanguage(...stated: (string | null | undefined)[]): string | null {
  for (const value of stated) {
    // Content-Language may list several ("en, fr"): the first is the page's main one.
    const first = value?.split(",")[0];
    if (!first) continue;
    const reading = readLanguageTag(first);
    if (reading.ok && reading.code) return reading.code;
  }
  return null;
}

function englishNameOf(code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** How the reader names a stored code: "French (fr)", an unknown code as itself. */
export function languageName(code: string): string {
  const name = englishNameOf(code);
  return name ? `${name} (${code})` : code;
}

/** A code that names a language the platform knows: only such a code goes into a lang attribute. */
export const isKnownLanguage = (code: string | null | undefined): code is string => Boolean(code && englishNameOf(code));
