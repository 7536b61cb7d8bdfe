// Figure detection: finds the numbers a reviewer may want to check in a news article ("a population of around
// 12 million people", "cost ISIS 12 percent of their territory") and reads their value, unit and qualifier.
//
// Conventions (the tests pin them down):
// - Span: from a qualifier ("around", "more than"), "between"/"aged" or currency sign through the number, its
//   scale and unit words, and the counted noun when there is one ("around 12 million people", "12 percent of
//   their territory", "Nearly 3,000 Yazidi women and children"). Articles ("a 40-year-old") stay out.
// - Ranges: `low`/`high` are the ends and `value` the midpoint. Approximate plurals are ranges from 2 to 10
//   times their unit: "tens of" 20–100, "dozens" 24–120, "thousands" 2,000–10,000, "hundreds of thousands"
//   200,000–1,000,000; "several hundred" is 300–900 and "a few thousand" 2,000–5,000. Their qualifier is null.
// - Percentages keep the number written (12 percent → 12); fractions are 0–1 ("two fifths" → 0.4).
// - Dates are yyyymmdd numbers (20170803); a missing day is 00, a missing year 0000 (see dates.ts).
// - Years: four plain digits 1000–2099 unless a qualifier or counted noun makes them a quantity.
// - Not figures: ordinals ("third anniversary", "21st century"), a lone "one" without a qualifier ("one of the"),
//   "a few", identifiers (AGM-114, COVID-19, F-16, G20, MH17, Resolution 2254), phone numbers, versions, times.
// - Figures never span a line break.
// - Negatives ("minus 5", "−5 °C") are negative values; a change is not a range ("rose by 5 to 30" is two figures,
//   and "rose from $2 to $5" two levels). Two opposite open bounds are one range with no qualifier ("more than 20
//   and less than 30" is 20–30).
// - Ages are in years; an age in months, weeks or days keeps its number and its unit as `counted` ("eleven months
//   old" → 11, "months"). "a fifth" alone is a fraction when no noun follows ("lost a fifth"), not in "a fifth term".
// - Languages: English is read in full from its lexicon (lexicon/en.ts); Arabic by its own parser (arabic.ts) over
//   lexicon/ar.ts; French and Spanish by the Romance parser (romance.ts) over lexicon/fr.ts and lexicon/es.ts.
import { detectArabicFigures } from "./arabic";
import { figureLanguageOf } from "./language";
import { lexiconFor, romanceLexiconFor } from "./lexicon";
import type { FigureLexicon } from "./lexicon/types";
import { parseFigureAt } from "./parse";
import { detectRomanceFigures } from "./romance";
import { perLexicon } from "./text";
import type { DetectOptions, DetectedFigure } from "./types";

// Where a figure may start: a digit, a sign, a number word, a qualifier, a month. Everything else is skipped by
// the regex engine, which keeps the scan fast.
const trigger = perLexicon((lex: FigureLexicon) => {
  const words = [
    ...lex.smallNumbers.keys(), ...lex.tensNumbers.keys(), ...lex.approxPlurals.keys(), ...lex.months.keys(),
    ...lex.triggerWords,
  ];
  const source = String.raw`\d|[$€£¥−½¼¾⅓⅔⅕⅛⅜⅝⅞]|[-.](?=\d)|\b(?:${words.join("|")})\b|\b(?:${lex.triggerAhead.join("|")})`;
  return new RegExp(source, "gi");
});
const CURRENCY_LETTERS = /(?:^|[^\p{L}\p{N}])(US|HK|NZ|A|C)$/u;

/** Widens "$5 million" to "US$5 million". */
function withCurrencyLetters(text: string, figure: DetectedFigure, floor: number): DetectedFigure {
  if (text[figure.start] !== "$") return figure;
  const m = CURRENCY_LETTERS.exec(text.slice(Math.max(0, figure.start - 3), figure.start));
  const start = figure.start - (m?.[1]?.length ?? 0);
  return start < figure.start && start >= floor ? { ...figure, start, text: text.slice(start, figure.end) } : figure;
}

function detectWithLexicon(text: string, lex: FigureLexicon): DetectedFigure[] {
  const figures: DetectedFigure[] = [];
  const scan = new RegExp(trigger(lex));
  let floor = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const { figure, resume } = parseFigureAt(text, m.index, lex);
    if (figure) {
      figures.push(withCurrencyLetters(text, figure, floor));
      floor = figure.end;
      scan.lastIndex = figure.end;
    } else {
      scan.lastIndex = Math.max(scan.lastIndex, resume);
    }
  }
  return figures;
}

/**
 * All figures in `text`, sorted by start and never overlapping. Pure; linear in the text's length. Without a
 * language, it is identified from the text's opening (script, then function words: language.ts); unidentified text
 * is read by its script (Arabic script → "ar", else "en").
 */
export function detectFigures(text: string, options: DetectOptions = {}): DetectedFigure[] {
  const language = options.language ?? figureLanguageOf(text);
  const lex = lexiconFor(language);
  if (lex) return detectWithLexicon(text, lex);
  const romance = romanceLexiconFor(language);
  if (romance) return detectRomanceFigures(text, romance);
  return language === "ar" ? detectArabicFigures(text) : [];
}
