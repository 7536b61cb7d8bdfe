import { detectFigures, type DetectedFigure, type FigureLanguage } from "./figures";

interface Span {
  start: number;
  end: number;
}

/**
 * The figures worth suggesting in a text: detected, not yet part of any placed claim, and not
 * dismissed by a reviewer. Years and dates are context rather than claims, so they are not offered.
 * Read in the article's `language` when it is one the desk reads; otherwise detectFigures works it out.
 * Computed at every render, never stored, so a change of language shows at once.
 */
export function pendingFigures(text: string, claimed: readonly Span[], dismissed: readonly Span[], language?: FigureLanguage): DetectedFigure[] {
  const sortedClaims = [...claimed].sort((a, b) => a.start - b.start);
  const dismissedKeys = new Set(dismissed.map((d) => `${d.start}:${d.end}`));
  return detectFigures(text, { language }).filter(
    (figure) =>
      figure.unit !== "year" &&
      figure.unit !== "date" &&
      !dismissedKeys.has(`${figure.start}:${figure.end}`) &&
      !overlapsAny(figure, sortedClaims),
  );
}

function overlapsAny(span: Span, sorted: readonly Span[]): boolean {
  // Claims are few per article (hundreds at most); a linear scan with an early exit is enough.
  for (const claim of sorted) {
    if (claim.start >= span.end) return false;
    if (claim.end > span.start) return true;
  }
  return false;
}
