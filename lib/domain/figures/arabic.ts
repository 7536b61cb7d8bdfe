// Arabic figure reading, by the conventions of detect.ts: "بنحو ١٢ مليون شخص" is about 12,000,000 people (the
// span starts after the joined "ب"), "بين ٣ و٥ ملايين" a range, "آلاف المدنيين" 2,000–10,000, "عام 2016" a year,
// "٤٠٪ من الأراضي" 40 percent of territory, "القرار 1441" and "إف-35" no figure. Arabic does not fit the shared
// English parsers (dual and plural scale words, joined clitics, words matched after normalisation), so it has
// its own parser over the tables of lexicon/ar.ts; everything it returns uses the shared types.
import { isWordCode, nextToken, tokenAt, withoutClitics, wordsBefore, offsetAfterLetters, type Token } from "./arabic-tokens";
import { dateAt } from "./arabic-dates";
import { DUAL_TRIGGER, dualAt, nounBeforeTwo } from "./arabic-dual";
import { countedAt, phraseAt, qualifierBefore, quantityAt as bareQuantityAt, stripAl, TRAILING_PHRASES, withAddend, type Quantity } from "./arabic-quantity";
import { AR } from "./lexicon/ar";
import { phoneNumberEnd } from "./phones";
import type { DetectedFigure, FigureQualifier, FigureUnit } from "./types";

// Where a figure may start: a digit, or a word (with up to two joined clitics) that begins like a number word,
// scale, fraction or "بين". Candidates are checked against the tables; the regex only keeps the scan fast.
const TRIGGER = new RegExp(
  String.raw`[0-9\u0660-\u0669\u06f0-\u06f9]|(?<![\u0621-\u065f\u0671-\u06d3])[وفبلك]{0,2}(?:ال)?` +
    String.raw`(?:[أإاآ]ل(?:ف|اف)|مل(?:ي|اي)|م(?:ئ|ائ)|نصف|ثل|ربع|عشر|[أا]رب|خمس|ست|سبع|ثمان|تسع|واحد|[اإ]ثن|بين|` +
    `${DUAL_TRIGGER})`,
  "g",
);
// How far back a verb of change may stand before "من X إلى Y": "ارتفع سعر الدولار في السوق الموازية من ٣٠ إلى ٤٧".
const CHANGE_REACH = 12;

const isWord = (t: Token | null, words: ReadonlySet<string>) =>
  !!t && t.kind === "word" && withoutClitics(t.norm).some(([w]) => words.has(w) || words.has(stripAl(w)));

/** Where the words before a number start: before the clitics joined to it ("و٤٥" → before "و"). */
function leadOf(text: string, start: number): number {
  let s = start;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s -= 1;
  return s;
}

function conceptOf(norm: string): string | undefined {
  for (const [w] of withoutClitics(norm)) {
    const found = AR.concepts.get(w) ?? AR.concepts.get(stripAl(w));
    if (found) return found;
  }
  return undefined;
}

interface Reading {
  start: number;
  q: Quantity;
  low?: number;
  high?: number;
  qualifier: FigureQualifier | null;
  /** The words before the quantity, nearest first (for a range, before its first end). */
  before: readonly Token[];
}

/** Units, counted noun and trailing qualifier after the quantity; null when the words alone make no figure. */
function finish(text: string, r: Reading, end0: number, floor: number): DetectedFigure | null {
  const { q } = r;
  let end = end0;
  let unit: FigureUnit = "count";
  let counted: Token | null = null;
  let qualifier = r.qualifier;
  const next = nextToken(text, end);
  const percentWords = phraseAt(text, next, AR.percentPhrases);
  if (next && (next.norm === "٪" || next.norm === "%")) [unit, end] = ["percent", next.end];
  else if (percentWords) [unit, end] = ["percent", percentWords.end];
  if (unit === "percent") {
    const of = nextToken(text, end);
    const noun = of?.norm === "من" ? countedAt(nextToken(text, of.end)) : null;
    if (noun) [counted, end] = [noun, noun.end];
  } else if (next && isWord(next, AR.currencies)) {
    [unit, counted, end] = ["currency", next, next.end];
    const adjective = nextToken(text, end);
    if (adjective && AR.currencyAdjectives.has(adjective.norm)) end = adjective.end;
  } else if (next && AR.ageUnits.has(next.norm) && wordsBefore(text, leadOf(text, r.start), 4, floor).some((w) => isWord(w, AR.ageCues))) {
    [unit, end] = ["age", next.end];
  } else {
    const of = q.low !== undefined && next?.norm === "من" ? nextToken(text, next.end) : next;
    counted = countedAt(of);
    if (counted) end = counted.end;
    if (q.fraction) unit = "fraction";
  }
  const yearCue = q.yearLike && isWord(r.before[0] ?? null, AR.yearCues);
  if (q.yearLike && r.low === undefined && unit === "count" && (yearCue || (!counted && !qualifier))) {
    return { start: q.start, end: q.end, text: text.slice(q.start, q.end), value: q.value, unit: "year", qualifier: null };
  }
  const trailing = phraseAt(text, nextToken(text, end), TRAILING_PHRASES);
  if (trailing && !qualifier) [qualifier, end] = [AR.trailingQualifiers[trailing.index]![1], trailing.end];
  if (q.wordOnly && !counted && !qualifier && unit === "count" && !q.scaled) return null;
  if ((q.fraction && !counted) || (q.value === 1 && q.wordOnly && !qualifier)) return null;
  const figure: DetectedFigure = { start: r.start, end, text: text.slice(r.start, end), value: q.value, unit, qualifier };
  const low = r.low ?? q.low;
  const high = r.high ?? q.high;
  if (low !== undefined && high !== undefined) Object.assign(figure, { low, high, value: (low + high) / 2 });
  if (counted) {
    figure.counted = text.slice(counted.start, counted.end);
    const concept = unit === "currency" ? "money" : conceptOf(counted.norm);
    if (concept) figure.concept = concept;
  }
  return figure;
}

/** The second end of "بين X و Y" or "من X إلى Y", read from the token after X. */
function secondEnd(text: string, after: Token | null, joiners: (t: Token) => boolean): Quantity | null {
  if (!after || after.kind !== "word") return null;
  if (after.norm === "و" || joiners(after)) return quantityAt(text, after.norm === "و" ? tokenAt(text, after.end) ?? nextToken(text, after.end) : nextToken(text, after.end));
  return after.norm.startsWith("و") ? quantityAt(text, after) : null;
}

const quantityAt = (text: string, t: Token | null) => {
  const q = bareQuantityAt(text, t);
  return q && withAddend(text, q);
};

function range(a: Quantity, b: Quantity): { low: number; high: number } {
  return { low: a.scaled ? a.value : a.value * b.scale, high: b.value };
}

function readAt(text: string, t: Token, floor: number): DetectedFigure | null {
  const between = t.kind === "word" && withoutClitics(t.norm).find(([w]) => w === "بين");
  if (between) {
    const a = quantityAt(text, nextToken(text, t.end));
    const b = a && secondEnd(text, nextToken(text, a.end), (w) => w.norm === "و");
    if (!a || !b) return null;
    const start = offsetAfterLetters(text, t.start, between[1]);
    const q = { ...b, low: undefined, high: undefined };
    return finish(text, { start, q, ...range(a, b), qualifier: null, before: [] }, b.end, floor);
  }
  const q = quantityAt(text, t);
  if (!q) return dualAt(text, t, () => wordsBefore(text, leadOf(text, t.start), 4, floor));
  const lead = leadOf(text, q.start);
  const before = wordsBefore(text, lead, 4, floor);
  if (isWord(before[0] ?? null, AR.identifierHeads)) return null;
  const two = q.wordOnly && q.value === 2 ? nounBeforeTwo(text, t, before, conceptOf) : null;
  if (two) return two;
  // "ارتفع العدد من 5 إلى 10" is a change between two levels, not a range (as "rose from 5 to 10" in English),
  // wherever the verb stands in the clause and with its conjunction joined ("وارتفع عدد الوفيات من ٣٠٠ إلى ٤٥٠").
  if (before[0]?.norm === "من" && !wordsBefore(text, lead, CHANGE_REACH, floor).slice(1).some((w) => isWord(w, AR.changeWords))) {
    const b = secondEnd(text, nextToken(text, q.end), (w) => AR.rangeJoiners.has(w.norm));
    if (b && !b.yearLike) return finish(text, { start: q.start, q: b, ...range(q, b), qualifier: null, before }, b.end, floor);
  }
  const qualifier = qualifierBefore(text, before);
  const date = qualifier ? null : dateAt(text, q, before);
  if (date) return date;
  return finish(text, { start: qualifier?.start ?? q.start, q, qualifier: qualifier?.qualifier ?? null, before }, q.end, floor);
}

/** All figures in Arabic text, sorted by start and never overlapping. */
export function detectArabicFigures(text: string): DetectedFigure[] {
  const figures: DetectedFigure[] = [];
  const scan = new RegExp(TRIGGER);
  let floor = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const t = tokenAt(text, m.index);
    const phone = t?.kind === "num" ? phoneNumberEnd(text, t.start) : -1;
    if (phone >= 0) {
      scan.lastIndex = phone;
      continue;
    }
    const figure = t && readAt(text, t, floor);
    if (figure && figure.start >= floor) {
      figures.push(figure);
      floor = figure.end;
      scan.lastIndex = figure.end;
    } else {
      let skip = t ? t.end : m.index + 1;
      // Skip the rest of a number glued to a word or a range's second end already rejected.
      while (skip < text.length && /[0-9\u0660-\u0669\u06f0-\u06f9٬٫.,]/.test(text[skip] ?? "")) skip += 1;
      scan.lastIndex = Math.max(skip, m.index + 1);
    }
  }
  return figures;
}
