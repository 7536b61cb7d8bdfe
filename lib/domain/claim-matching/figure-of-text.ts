// The figure an outside fact-check's reviewed claim is about, read as a reviewer's click on a suggestion
// would read it (detectFigures, then chooseFigure: the quantity, never a year beside it). Fact-checks carry no
// structured figure, and this is what lets "١٠ ملايين شخص" in an Arabic fact-check meet "10 million people".
import { chooseFigure } from "../figure-choice";
import { detectFigures } from "../figures";
import { figureLanguageOfArticle } from "../languages";
import type { ClaimFigure } from "../vocabulary";

export function figureOfText(text: string, language: string | null): ClaimFigure | null {
  const figures = detectFigures(text, { language: figureLanguageOfArticle(language) });
  const chosen = chooseFigure(figures, { text }).chosen;
  if (!chosen) return null;
  return { value: chosen.value, unit: chosen.unit, qualifier: chosen.qualifier, low: chosen.low ?? null, high: chosen.high ?? null, counted: chosen.counted ?? null };
}
