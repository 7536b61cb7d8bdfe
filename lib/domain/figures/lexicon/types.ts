// What a language gives the shared figure parsers: its words, as tables. The parsers hold the rules that are the
// same across languages (digits, spans, ranges, units, counted nouns); a lexicon holds what differs. A language is
// added by writing one lexicon object (see en.ts) and listing it in index.ts.
import type { FigureLanguage, FigureQualifier } from "../types";

type Table = ReadonlyMap<string, number>;
type Names = ReadonlyMap<string, string>;
type Words = ReadonlySet<string>;

export interface FigureLexicon {
  language: FigureLanguage;
  // Numbers written in words.
  smallNumbers: Table;
  tensNumbers: Table;
  /** "hundred", "thousand", "million", "lakh"… (1e2 and up). */
  scaleWords: Table;
  /** After digits: "bn", "mln", "k"; the one-letter ones only next to a currency or a plural noun. */
  scaleAbbreviations: Table;
  /** "dozen" = 12: multiplies the number before it like a scale. */
  multipliers: Table;
  /** Plurals that name an order of magnitude: "tens", "thousands". */
  approxPlurals: Table;
  denominators: Table;
  // Words around the number.
  /** Qualifier phrases before the number, longest first. */
  qualifierPhrases: ReadonlyArray<readonly [string, FigureQualifier]>;
  /** Qualifiers after the number: "800 or more" is at least 800. */
  trailingQualifiers: ReadonlyMap<string, FigureQualifier>;
  /** Words before "from X to Y" that make X and Y two levels of a change, not a range: "rose". */
  changeVerbs: Words;
  months: Table;
  /** Month abbreviations, which may take a dot ("Aug."); full names never do ("on 17 October." ends a sentence). */
  monthAbbreviations: Words;
  currencyPrefixes: Names;
  /** Currency names and codes after the amount: "dollars", "USD", "€", "cents". */
  currencyWords: Names;
  measureUnits: Names;
  /** Measure units that may follow a number with a hyphen: "a 20-foot wall". */
  hyphenMeasures: Names;
  measureNouns: Words;
  identifierHeads: Words;
  // The counted noun.
  stopWords: Words;
  irregularPlurals: Words;
  adjectives: Words;
  adjectiveSuffix: RegExp;
  /** Counted noun (lower case, as detected) → shared concept: "fighters" → "fighters", "dead" → "killed". */
  concepts: Names;
  // Where a figure may start, besides digits, number words and months (the scan skips everything else).
  triggerWords: readonly string[];
  /** Regex sources of words that start a figure only before certain words: "at(?= least)". */
  triggerAhead: readonly string[];
  // Years.
  strongYearCues: Words;
  weakYearCues: Words;
  notFractionBeforeHalf: Words;
}
