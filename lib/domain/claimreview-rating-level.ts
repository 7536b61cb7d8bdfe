// Which level of the workspace's rating scale an outside fact-check's rating is, if that is clear.
// Fact-checkers rate in their own words and languages ("Pants on Fire", "زائف", "Engañoso"); a
// guess would put words in their mouth, so a rating is placed on the scale only when its label is
// a level's label (ignoring case and spacing) or its value, on the scale it states, lands exactly on
// a level's ordinal. Otherwise it is kept as its text, and the reason is said.
import type { ReviewRating } from "./claimreview-stance";

export interface ScaleLevelRef {
  id: string;
  label: string;
  ordinal: number | null;
}

export type RatingLevelMatch =
  | { levelId: string; label: string; by: "label" | "value" }
  | { levelId: null; why: string };

const key = (label: string) => label.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
const EPSILON = 1e-9;

function byLabel(rating: ReviewRating, levels: readonly ScaleLevelRef[]): ScaleLevelRef | null {
  if (!rating.label) return null;
  const wanted = key(rating.label);
  return levels.find((level) => key(level.label) === wanted) ?? null;
}

/** The level the value lands on, or why it lands on none; null when the rating gives no usable value. */
function byValue(rating: ReviewRating, levels: readonly ScaleLevelRef[]): { level: ScaleLevelRef } | { why: string } | null {
  const { value, best, worst } = rating;
  if (value === null) return null;
  // schema.org's defaults (1 to 5) are a guess about the publisher's scale: only a stated scale is clear.
  if (best === null || worst === null) return { why: `its value ${value} does not say on what scale (no bestRating and worstRating)` };
  const low = Math.min(best, worst);
  const high = Math.max(best, worst);
  if (best === worst || value < low || value > high) return { why: `its value ${value} is not within its scale of ${worst} to ${best}` };
  const ranked = levels.filter((level): level is ScaleLevelRef & { ordinal: number } => level.ordinal !== null);
  if (ranked.length < 2) return { why: "this workspace's scale has too few levels with a value to place it" };
  const ordinals = ranked.map((level) => level.ordinal);
  const min = Math.min(...ordinals);
  const max = Math.max(...ordinals);
  const target = min + ((value - worst) / (best - worst)) * (max - min);
  const level = ranked.find((candidate) => Math.abs(candidate.ordinal - target) < EPSILON);
  return level ? { level } : { why: `its value ${value} on a scale of ${worst} to ${best} falls between two levels of this workspace's scale` };
}

/** The level of `levels` that `rating` clearly is, or why none is. */
export function ratingLevelFor(rating: ReviewRating, levels: readonly ScaleLevelRef[]): RatingLevelMatch {
  const labelled = byLabel(rating, levels);
  const valued = byValue(rating, levels);
  const placed = valued && "level" in valued ? valued.level : null;
  if (labelled && placed && labelled.id !== placed.id) {
    return { levelId: null, why: `its label is this workspace's "${labelled.label}" but its value is "${placed.label}"` };
  }
  if (labelled) return { levelId: labelled.id, label: labelled.label, by: "label" };
  if (placed) return { levelId: placed.id, label: placed.label, by: "value" };
  const noLabel = rating.label ? `no level of this workspace's scale is called "${rating.label}"` : "it has no label";
  const noValue = valued && "why" in valued ? valued.why : "it gives no value";
  return { levelId: null, why: `${noLabel}, and ${noValue}` };
}
