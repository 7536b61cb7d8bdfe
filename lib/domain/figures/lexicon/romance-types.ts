// What French and Spanish give the Romance figure parser (../romance.ts): their words, as tables. The two languages
// share the rules (decimal comma, "de" before the counted noun, number words built from parts, post-nominal
// adjectives), so one parser reads both and a lexicon holds only what differs. Words are lower-case; elided forms
// are normalised by the tokenizer ("d'" → "de", "jusqu'" → "jusque"), so tables hold the full word.
import type { FigureQualifier } from "../types";

type Table = ReadonlyMap<string, number>;
type Names = ReadonlyMap<string, string>;
type Words = ReadonlySet<string>;
/** A phrase as its words, in reading order: ["plus", "de"]. */
export type Phrase = readonly string[];

export interface RomanceLexicon {
  language: "fr" | "es";
  // Numbers in words.
  /** Units, teens, tens and the compounds written as one word ("veintidós", "doscientos"): added together. */
  numberWords: Table;
  /** "un", "une", "uno", "una": one, but an article unless a scale, round noun or fraction follows. */
  ones: Words;
  /** "cent", "cents", "cien", "ciento": multiply the units before them ("deux cents"), else 100. */
  hundreds: Words;
  /** "et", "y" inside a number: "vingt et un", "treinta y dos". */
  numberJoiner: string;
  /** "mille", "million(s)", "milliard(s)", "mil", "millón", "billón": multiply what comes before. */
  scales: Table;
  /** After a scale: "et demi", "y medio" adds half of it ("deux millions et demi"). */
  halfAfterScale: Phrase;
  /** Before a scale: "un demi-million", "medio millón". */
  halfBeforeScale: Words;
  /** After digits: "Md", "Mds" always; the ones in `currencyOnlyAbbreviations` only before a currency ("2,3 M€"). */
  scaleAbbreviations: Table;
  currencyOnlyAbbreviations: Words;
  /** "une dizaine de", "un millier de", "un centenar de": about that number. */
  roundNouns: Table;
  /** "des dizaines de", "milliers", "miles", "cientos": 2–10 times their unit. */
  approxPlurals: Table;
  /** Words before an approximate plural that change its span: "plusieurs" 3–9, "quelques" 2–5, "des" 2–10. */
  approxLeads: ReadonlyArray<readonly [Phrase, number, number]>;
  /** Denominators: "tiers" 3, "quart" 4, "tercio" 3, "moitié"/"mitad" 2 (whose numerator is "la"). */
  fractions: Table;
  /** Spanish "una cuarta parte", "la tercera parte": an ordinal before "parte(s)". */
  fractionOrdinals: Table;
  fractionPart: Words;
  /** Articles that count as the numerator one before "moitié"/"mitad": "la moitié". */
  halfArticles: Words;
  percentPhrases: readonly Phrase[];
  // Words around the number.
  /** Qualifier phrases before the number. */
  qualifiers: ReadonlyArray<readonly [Phrase, FigureQualifier]>;
  trailingQualifiers: ReadonlyArray<readonly [Phrase, FigureQualifier]>;
  /** "entre": starts a range whose ends are joined by `rangeAnd`. */
  between: string;
  rangeAnd: string;
  /** "de X à Y": the words that start and join a range. */
  rangeFrom: Words;
  rangeTo: Words;
  /** "deux ou trois": a range of two neighbours. */
  rangeOr: string;
  /** Verbs before "de X à Y" that make it a change (two figures): "est passé", "aumentó". */
  changeVerbs: Words;
  /** Linking words before a counted noun: "de", "du", "des", "del"; and determiners that may follow "de". */
  links: Words;
  linkDeterminers: Words;
  /** Articles skipped between a qualifier and its number: "hasta el 40 %", "más del 40 %" ("del" = de + el). */
  articles: Words;
  contractions: ReadonlyMap<string, Phrase>;
  // Units.
  /** Currency names, codes and signs after the amount → the name the text's language gives them, plural. */
  currencies: Names;
  /** Signs before the amount: "$5" → dollars. */
  currencySigns: Names;
  /** Words after a currency that belong to its name: "livres sterling". */
  currencyTails: Words;
  ageUnits: Words;
  /** "âgé de", "âgées de": the span starts with them. */
  ageLeads: Words;
  /** Words right before the number, or before its qualifier, that make "N ans" an age: "con", "tenía", "ont". */
  ageVerbs: Words;
  /** Qualifiers that bound an age only, before "N años": "menores de" (under), "mayores de" (over). */
  ageQualifiers: ReadonlyArray<readonly [Phrase, FigureQualifier]>;
  /** Person nouns before "de N ans": "un garçon de 12 ans". */
  personNouns: Words;
  /** Words before "N ans" that make it a duration, no figure: "depuis", "il y a", "hace". */
  durationCues: readonly Phrase[];
  /** Words after a number ≤ 24 that make it a time: "h", "heures" after "à". */
  timeUnits: Words;
  timeCues: Words;
  months: Table;
  yearCues: Words;
  // The counted noun.
  identifierHeads: Words;
  /** Words before "au"/"al" that make the digits after a phone number: "llame al 900 102 112". */
  phoneCues: Words;
  stopWords: Words;
  verbSuffix: RegExp;
  /** Adjectives that come before the noun and stay in the span: "300 autres détenus". */
  preNominal: Words;
  /** Joiners of coordinated nouns: "femmes et enfants". */
  coordinators: Words;
  /** Counted noun (lower case, as written) → shared concept, names as in en-nouns.ts. */
  concepts: Names;
}
