// French and Spanish figure reading: one parser over two lexicons (lexicon/fr.ts, lexicon/es.ts), because the two
// languages share the rules. Conventions (agreed with the labels in scripts/test-support/figure-examples/fr.ts and es.ts):
// - Span: qualifier, number, scale, the linking "de"/"d'" and the counted noun: "près de 12 millions de personnes".
//   Articles before the number stay out ("les 300 combattants" → "300 combattants"), and so does a post-nominal
//   adjective ("150 civils tués" → "150 civils"). `counted` is lower-case, as written.
// - Numbers: decimal comma; groups of exactly three digits after ".", a space, U+00A0 or U+202F ("4.500",
//   "12 000"); "1,500 millones" is 1.5e9; "mil millones" 1e9, "billón" 1e12; "2,3 M€", "12 Md€".
// - "une dizaine de", "un centenar de" are about 10 and 100; "des dizaines de", "miles de" are ranges of 2–10 times
//   their unit ("plusieurs" 3–9, "quelques"/"unos pocos" 2–5) with no qualifier.
// - Ranges "entre 20 et 30", "de 3 000 à 4 000", "20 a 30"; a change ("est passé de 20 à 30", "aumentó de") is two
//   figures. Fractions "la moitié de", "un tercio de los votos" (0–1). Money counts the currency in the text's
//   language ("$5" → fr "dollars", es "dólares"). Dates are yyyymmdd numbers ("17 octobre 2016" → 20161017).
// - Ages: "âgé de 12 ans", "un niño de 12 años" (span "12 años"), "con 80 años"; a duration ("depuis 12 ans",
//   "hace 12 años") is no figure without a qualifier. Ordinals, identifiers, times and a lone "un/une" are none.
import type { RomanceLexicon } from "./lexicon/romance-types";
import { ageQualifierBefore, dateAt, isAgeBound, isIdentifier, qualifierAfter, qualifierBefore, timeEnd } from "./romance-context";
import { countedAfter, currencyAfter, type Counted } from "./romance-nouns";
import { endsWith, quantityAt, runEnd, type Quantity } from "./romance-quantity";
import { nextToken, symbolBefore, tokenAt, wordsBefore, type Token } from "./romance-tokens";
import { clean, perLexicon } from "./text";
import type { DetectedFigure, FigureQualifier, FigureUnit } from "./types";

// Where a figure may start: a digit, a currency sign, or a number, scale, round or fraction word ("un"/"une" only
// count before one of those, which is then the trigger). Qualifiers and leads are read backwards from there.
const LETTERS = "A-Za-z\\u00c0-\\u024f";
const trigger = perLexicon((lex: RomanceLexicon) => {
  const words = [
    ...lex.numberWords.keys(), ...lex.hundreds, ...lex.scales.keys(), ...lex.roundNouns.keys(), ...lex.approxPlurals.keys(),
    ...lex.fractions.keys(), ...lex.fractionOrdinals.keys(), ...lex.halfBeforeScale,
  ].filter((w) => !lex.ones.has(w));
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(`[0-9$€£¥]|(?<![${LETTERS}])(?:${unique.join("|")})(?![${LETTERS}])`, "gi");
});

const joiners = perLexicon((lex: RomanceLexicon) => ({ and: new Set([lex.rangeAnd]), or: new Set([lex.rangeOr]) }));

interface Reading {
  start: number;
  q: Quantity;
  /** The range's second end, if any. */
  q2: Quantity | null;
  low?: number;
  high?: number;
  qualifier: FigureQualifier | null;
  age: boolean;
  currency?: string;
  before: readonly Token[];
  /** Where the figure before this one ends: words before it are not this one's. */
  floor: number;
}

const rangeable = (q: Quantity | null): q is Quantity => !!q && (q.kind === "digits" || q.kind === "words") && !q.yearLike;

/** The second end after `joiner` ("et", "à", "y", "a"), with the first end's bounds. */
function secondEnd(text: string, q: Quantity, joiners: ReadonlySet<string>, lex: RomanceLexicon, floor: number) {
  const j = nextToken(text, q.end);
  if (!j || !joiners.has(j.norm)) return null;
  const t = nextToken(text, j.end);
  const r = t ? quantityAt(text, t, lex, floor) : null;
  const q2 = r && !("reject" in r) ? r : null;
  if (!rangeable(q2) || (q.percent && !q2.percent)) return null;
  // "entre 3 et 5 millions": the second end's scale applies to the first.
  const low = q.scale === 1 && q2.scale > 1 && q.value <= q2.value / q2.scale ? clean(q.value * q2.scale) : q.value;
  return { q2, low, high: q2.value };
}

/** Unit, counted noun and trailing qualifier after the quantity; null when the words alone make no figure. */
function finish(text: string, r: Reading, lex: RomanceLexicon): DetectedFigure | null {
  const { q, q2 } = r;
  const last = q2 ?? q;
  let end = last.end;
  let unit: FigureUnit = "count";
  let counted: Counted | null = null;
  let qualifier = r.qualifier;
  const linked = q.kind !== "digits" && q.kind !== "words" ? true : last.scale > 1;
  const currency = r.currency ?? last.currency ?? q.currency;
  const years = nextToken(text, end);
  if (last.percent || q.percent) {
    unit = "percent";
    counted = countedAfter(text, end, lex, "link");
  } else if (currency) {
    [unit, counted] = ["currency", { head: currency, end }];
    const tail = nextToken(text, end);
    if (tail && lex.currencyTails.has(tail.norm)) counted.end = tail.end;
  } else if ((counted = currencyAfter(text, end, lex, linked))) {
    unit = "currency";
  } else if (years?.kind === "word" && lex.ageUnits.has(years.norm) && last.scale === 1) {
    const before = r.before;
    const of = lex.rangeFrom.has(before[0]?.norm ?? "");
    const duration = lex.durationCues.some((cue) => endsWith(before, cue));
    // "ont 35 ans d'expérience", "35 años de cárcel": years of something are a period, not an age.
    const period = lex.links.has(nextToken(text, years.end)?.norm ?? "");
    const age = r.age || (of && lex.personNouns.has(before[1]?.norm ?? "")) || (!duration && !period && lex.ageVerbs.has(before[0]?.norm ?? "")) ||
      (before[0]?.norm === lex.between && before[1]?.norm === "de") || (symbolBefore(text, q.start, 0) === "," && /^[,;)]?$/.test(tokenAt(text, years.end)?.norm ?? "")) ||
      (qualifier !== null && !period && isAgeBound(wordsBefore(text, r.start, 3, r.floor), lex));
    if (age) [unit, end] = ["age", years.end];
    else if (!qualifier && duration) return null;
  }
  if (unit === "count" && !counted) counted = countedAfter(text, end, lex, linked ? "either" : "direct");
  if (counted) end = counted.end;
  if (q.kind === "fraction") {
    if (!counted || unit !== "count") return null;
    unit = "fraction";
  }
  if (q.yearLike && !q2 && unit === "count") {
    const cue = lex.yearCues.has(r.before[0]?.norm ?? "");
    if (cue || (!counted && (!qualifier || qualifier === "about"))) {
      return { start: q.start, end: q.end, text: text.slice(q.start, q.end), value: q.value, unit: "year", qualifier: null };
    }
  }
  const trailing = qualifier ? null : qualifierAfter(text, end, lex);
  if (trailing) [qualifier, end] = [trailing.qualifier, trailing.end];
  if (q.kind === "words" && q.scale === 1 && !q2 && !counted && !qualifier && unit === "count") return null;
  if (q.kind === "round" && !qualifier) qualifier = "about";
  const figure: DetectedFigure = { start: r.start, end, text: text.slice(r.start, end), value: q.value, unit, qualifier };
  const low = r.low ?? q.low;
  const high = r.high ?? q.high;
  if (low !== undefined && high !== undefined) Object.assign(figure, { low, high, value: clean((low + high) / 2) });
  if (counted) {
    figure.counted = counted.head;
    const concept = unit === "currency" ? "money" : lex.concepts.get(counted.head);
    if (concept) figure.concept = concept;
  }
  return figure;
}

type Outcome = { figure: DetectedFigure } | { resume: number };

function readAt(text: string, t: Token, lex: RomanceLexicon, floor: number): Outcome {
  let numberToken = t;
  let currency: string | undefined;
  let lead = t.start;
  if (t.kind === "sym") {
    // "$5", "US$ 5", "€20": a sign before the amount.
    const n = nextToken(text, t.end);
    currency = lex.currencySigns.get(t.norm);
    if (!n || n.kind !== "num" || !currency || n.start - t.end > 1) return { resume: t.end };
    numberToken = n;
    if (t.norm === "$" && /[A-Z]{2}$/.test(text.slice(Math.max(floor, t.start - 2), t.start))) lead = t.start - 2;
  }
  const before = wordsBefore(text, lead, 4, floor);
  const date = currency ? null : dateAt(text, numberToken, before, lex);
  if (date) return { figure: { ...date, text: text.slice(date.start, date.end), unit: "date", qualifier: null } };
  const read = quantityAt(text, numberToken, lex, floor);
  if (!read) return { resume: t.end };
  if ("reject" in read) return { resume: read.reject };
  const q = currency ? { ...read, start: lead } : read;
  const qBefore = q.start === lead ? before : wordsBefore(text, q.start, 4, floor);
  if (q.kind === "digits" && !currency && isIdentifier(text, q.start, qBefore, lex)) return { resume: runEnd(text, q.start) };
  const time = timeEnd(text, q, qBefore, lex);
  if (time >= 0) return { resume: time };
  const reading: Reading = { start: q.start, q, q2: null, qualifier: null, age: false, currency, before: qBefore, floor };
  const from = qBefore[0] && lex.rangeFrom.has(qBefore[0].norm) ? qBefore[0] : null;
  const change = !!from && lex.changeVerbs.has(qBefore[1]?.norm ?? "");
  if (qBefore[0]?.norm === lex.between && rangeable(q)) {
    const range = secondEnd(text, q, joiners(lex).and, lex, floor);
    if (!range) return { resume: q.end };
    Object.assign(reading, { start: qBefore[0].start, q2: range.q2, low: Math.min(range.low, range.high), high: Math.max(range.low, range.high) });
  } else if (rangeable(q) && !change && !lex.changeVerbs.has(qBefore[0]?.norm ?? "")) {
    const range = secondEnd(text, q, lex.rangeTo, lex, floor) ?? secondEnd(text, q, joiners(lex).or, lex, floor);
    if (range && range.high > range.low) {
      const aged = from && lex.ageLeads.has(qBefore[1]?.norm ?? "");
      Object.assign(reading, { start: aged ? qBefore[1]!.start : from?.start ?? q.start, q2: range.q2, low: range.low, high: range.high, age: !!aged });
    }
  }
  if (!reading.q2 && from && lex.ageLeads.has(qBefore[1]?.norm ?? "")) Object.assign(reading, { start: qBefore[1]!.start, age: true });
  if (reading.start === q.start) {
    const qualifier = qualifierBefore(qBefore, lex);
    const bound = qualifier ? null : ageQualifierBefore(text, q.end, qBefore, lex);
    if (qualifier && !(qualifier.qualifier === "about" && qBefore[0]?.norm === "quelques" && q.kind !== "digits")) {
      Object.assign(reading, { start: qualifier.start, qualifier: qualifier.qualifier });
    } else if (bound) {
      Object.assign(reading, { start: bound.start, qualifier: bound.qualifier, age: true });
    }
  }
  const figure = finish(text, reading, lex);
  return figure ? { figure } : { resume: Math.max(q.end, t.end) };
}

/** All figures in French or Spanish text, sorted by start and never overlapping. */
export function detectRomanceFigures(text: string, lex: RomanceLexicon): DetectedFigure[] {
  const figures: DetectedFigure[] = [];
  const scan = new RegExp(trigger(lex));
  let floor = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const t = tokenAt(text, m.index);
    const outcome: Outcome = t ? readAt(text, t, lex, floor) : { resume: m.index + 1 };
    if ("figure" in outcome && outcome.figure.start >= floor) {
      figures.push(outcome.figure);
      floor = outcome.figure.end;
      scan.lastIndex = floor;
    } else {
      scan.lastIndex = Math.max("resume" in outcome ? outcome.resume : 0, m.index + 1);
    }
  }
  return figures;
}
