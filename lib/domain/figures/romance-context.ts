// What the words around a French or Spanish number say about it: a qualifier before it ("près de", "más del"),
// a date it belongs to ("17 octobre 2016", "17 de octubre de 2016", "mars 2016"), a time ("14 h 30", "a las
// 14.30") or an identifier ("résolution 2254") that makes it no figure.
import type { FigureQualifier } from "./types";
import type { RomanceLexicon } from "./lexicon/romance-types";
import { endsWith, type Quantity } from "./romance-quantity";
import { perLexicon } from "./text";
import { isLetterCode, nextToken, nextWord, tokenAt, type Token } from "./romance-tokens";

// Qualifier phrases by their last word, so a number after any other word costs one look-up.
const byLastWord = perLexicon((lex: RomanceLexicon) => {
  const index = new Map<string, Array<RomanceLexicon["qualifiers"][number]>>();
  for (const entry of lex.qualifiers) {
    const last = entry[0][entry[0].length - 1]!;
    index.set(last, [...(index.get(last) ?? []), entry]);
  }
  return index;
});

/** The qualifier phrase ending right before the number (an article between is skipped: "hasta el 40 %"). */
export function qualifierBefore(before: readonly Token[], lex: RomanceLexicon): { start: number; qualifier: FigureQualifier } | null {
  const first = before[0];
  if (!first) return null;
  const parts = lex.contractions.get(first.norm);
  // "más del 40 %": "del" is "de" + "el", so the phrase "más de" ends at it.
  const expanded = parts ? [{ ...first, norm: parts[1]! }, { ...first, norm: parts[0]! }, ...before.slice(1)] : before;
  const lists = lex.articles.has(expanded[0]?.norm ?? "") ? [expanded, expanded.slice(1)] : [expanded];
  let best: { start: number; qualifier: FigureQualifier; length: number } | null = null;
  for (const words of lists) {
    for (const [phrase, qualifier] of byLastWord(lex).get(words[0]?.norm ?? "") ?? []) {
      if ((!best || phrase.length > best.length) && endsWith(words, phrase)) {
        best = { start: words[phrase.length - 1]!.start, qualifier, length: phrase.length };
      }
    }
  }
  return best && { start: best.start, qualifier: best.qualifier };
}

/** An age-only qualifier before "N años": "menores de 18 años" is under 18, "mayores de 65 años" over 65. */
export function ageQualifierBefore(text: string, end: number, before: readonly Token[], lex: RomanceLexicon): { start: number; qualifier: FigureQualifier } | null {
  if (lex.ageQualifiers.length === 0) return null;
  const unit = nextToken(text, end);
  if (unit?.kind !== "word" || !lex.ageUnits.has(unit.norm)) return null;
  const found = lex.ageQualifiers.find(([phrase]) => endsWith(before, phrase));
  return found ? { start: before[found[0].length - 1]!.start, qualifier: found[1] } : null;
}

/**
 * Whether "N ans" after a qualifier is an age bound, from `lead`, the words before the qualifier (nearest first):
 * "ont moins de 35 ans", "tienen menos de 30 años", "les plus de 65 ans" (the over-65s), "enfants de moins de 5 ans".
 * "il y a plus de 35 ans" is a duration.
 */
export function isAgeBound(lead: readonly Token[], lex: RomanceLexicon): boolean {
  if (lex.durationCues.some((cue) => endsWith(lead, cue))) return false;
  const [w0, w1] = [lead[0]?.norm ?? "", lead[1]?.norm ?? ""];
  if (lex.ageVerbs.has(w0) || lex.personNouns.has(w0) || lex.ageLeads.has(w0) || lex.articles.has(w0)) return true;
  return lex.links.has(w0) && (lex.personNouns.has(w1) || lex.ageLeads.has(w1));
}

/** A qualifier after the figure: "40 civils au moins", "300 muertos por lo menos". */
export function qualifierAfter(text: string, pos: number, lex: RomanceLexicon): { end: number; qualifier: FigureQualifier } | null {
  const first = nextToken(text, pos);
  if (!first || first.kind !== "word") return null;
  for (const [phrase, qualifier] of lex.trailingQualifiers) {
    if (phrase[0] !== first.norm) continue;
    let end = first.end;
    let ok = true;
    for (const w of phrase.slice(1)) {
      const n = nextWord(text, end);
      if (n?.norm !== w) {
        ok = false;
        break;
      }
      end = n.end;
    }
    if (ok && !isLetterCode(text.charCodeAt(end))) return { end, qualifier };
  }
  return null;
}

const isYearToken = (t: Token | null): t is Token => !!t && t.kind === "num" && t.plain && t.digits === 4 && t.value >= 1000 && t.value < 2100;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The month after `pos` (es: after "de"), and the year after it, as a date from the day `day`. */
function dayFirst(text: string, t: Token, lex: RomanceLexicon): { end: number; value: number } | null {
  if (!t.plain || t.value < 1 || t.value > 31 || t.digits > 2) return null;
  let p = t.end;
  if (t.value === 1 && /^(?:er|ᵉʳ|º|o)(?![\p{L}])/u.test(text.slice(p, p + 3))) p += text[p] === "e" || text[p] === "ᵉ" ? 2 : 1;
  else if (isLetterCode(text.charCodeAt(p))) return null;
  let m = nextToken(text, p);
  if (lex.language === "es" && m?.norm === "de") m = nextToken(text, m.end);
  const month = m?.kind === "word" ? lex.months.get(m.norm) : undefined;
  if (!m || month === undefined || t.value > (DAYS[month - 1] ?? 0)) return null;
  let y = nextToken(text, m.end);
  if (lex.language === "es" && y?.norm === "de") y = nextToken(text, y.end);
  if (isYearToken(y) && !isLetterCode(text.charCodeAt(y.end))) return { end: y.end, value: y.value * 10000 + month * 100 + t.value };
  return { end: m.end, value: month * 100 + t.value };
}

/** A date at token `t`: "17 octobre 2016", "17 de octubre de 2016", "le 3 août" (803), "mars 2016" (20160300). */
export function dateAt(text: string, t: Token, before: readonly Token[], lex: RomanceLexicon): { start: number; end: number; value: number } | null {
  if (t.kind !== "num") return null;
  const day = dayFirst(text, t, lex);
  if (day) return { start: t.start, ...day };
  if (!isYearToken(t) || isLetterCode(text.charCodeAt(t.end))) return null;
  const m = lex.language === "es" && before[0]?.norm === "de" ? before[1] : before[0];
  const month = m ? lex.months.get(m.norm) : undefined;
  return m && month !== undefined ? { start: m.start, end: t.end, value: t.value * 10000 + month * 100 } : null;
}

/**
 * Where to resume when the number is a time ("14 h 30", "vers 20 h", "a las 14.30"), or -1. The minutes after
 * "h" are skipped with it.
 */
export function timeEnd(text: string, q: Quantity, before: readonly Token[], lex: RomanceLexicon): number {
  if (q.kind !== "digits" || q.scale !== 1 || q.percent || q.value > 24 || !Number.isInteger(q.value)) return -1;
  const unit = nextToken(text, q.end);
  const cued = lex.timeCues.has(before[0]?.norm ?? "") && (lex.language === "fr" || ["a", "hacia", "desde", "hasta", "sobre", "de"].includes(before[1]?.norm ?? ""));
  const isUnit = unit?.kind === "word" && lex.timeUnits.has(unit.norm) && (unit.norm === "h" || cued);
  if (!isUnit && !(lex.language === "es" && cued)) return -1;
  const minutes = isUnit && unit ? nextToken(text, unit.end) : null;
  if (minutes?.kind === "num") return minutes.end;
  if (isUnit && unit) return unit.end;
  const after = tokenAt(text, q.end);
  return after?.norm === "." || after?.norm === ":" ? q.end + 3 : q.end;
}

/** Whether the words before the number make it an identifier: "résolution 2254", "n° 5", "vol MH17". */
export function isIdentifier(text: string, start: number, before: readonly Token[], lex: RomanceLexicon): boolean {
  if (before[0] && lex.identifierHeads.has(before[0].norm)) return true;
  if (lex.phoneCues.has(before[0]?.norm ?? "") || lex.phoneCues.has(before[1]?.norm ?? "")) return true;
  let p = start;
  while (p > 0 && (text[p - 1] === " " || text[p - 1] === "\u00a0")) p -= 1;
  return text[p - 1] === "°" && /[nN]/.test(text[p - 2] ?? "");
}
