// The labelled set's shapes and the figure notation of its README ("about 12e6 count people").
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";
import { FIGURE_QUALIFIERS, FIGURE_UNITS, type ClaimFigure } from "@/lib/domain/vocabulary";

export type SetLanguage = "en" | "ar" | "fr" | "es";

export interface LabelledClaim {
  /** Unique in the set: the cluster's key and a number ("pop12-1"). */
  id: string;
  lang: SetLanguage;
  statement: string;
  claimant?: string;
  /** The claim date a reviewer set, YYYY-MM-DD. */
  date?: string;
  figure?: string;
}

export interface Cluster {
  key: string;
  origin: "seed" | "written";
  topic: string;
  /** The same claim, every two a positive pair. */
  same: LabelledClaim[];
  /**
   * The same topic and quantity with a different figure: negative pairs with every claim of `same`. A string
   * names a claim of another cluster by its id.
   */
  near?: (LabelledClaim | string)[];
}

export function parseFigure(notation: string): ClaimFigure {
  const words = notation.trim().split(/\s+/);
  let qualifier: FigureQualifier | null = null;
  const first = words[0]!.replace("-", " ");
  if ((FIGURE_QUALIFIERS as readonly string[]).includes(first)) {
    qualifier = first as FigureQualifier;
    words.shift();
  }
  const [amount, unit, ...counted] = words;
  if (!amount || !unit || !(FIGURE_UNITS as readonly string[]).includes(unit)) throw new Error(`Bad figure notation: ${notation}`);
  const [low, high] = amount.split("..").map(Number);
  const isRange = high !== undefined;
  if (!Number.isFinite(low) || (isRange && !Number.isFinite(high))) throw new Error(`Bad figure value: ${notation}`);
  return {
    value: isRange ? (low! + high!) / 2 : low!,
    unit: unit as FigureUnit,
    qualifier,
    low: isRange ? low! : null,
    high: isRange ? high! : null,
    counted: counted.length ? counted.join(" ") : null,
  };
}
