// When something arriving after a resolution reopens the claim. A resolved claim carries the desk's
// final rating; it is reopened (and listed as disputed) by
// - a verdict whose rating differs from the final rating (a reviewer disagrees with the resolution);
// - evidence that contradicts the final rating's direction:
//   - a final rating in the upper half of the scale (True, Mostly true) says the claim holds, so
//     contradicting evidence reopens it;
//   - one in the lower half (Mostly false, False) says it does not, so supporting evidence reopens it;
//   - the middle of the scale (Mixed) already admits evidence either way: nothing reopens it;
//   - a level without an ordinal (Unverifiable) said the evidence was lacking, so supporting or
//     contradicting evidence reopens it.
//   Context evidence never reopens a claim.
import type { Stance } from "./vocabulary";

export type RatingDirection = "holds" | "fails" | "mixed" | "unrated";

/** Which way a rating leans on a scale whose ordinals run from min to max. */
export function ratingDirection(ordinal: number | null, scale: { min: number; max: number }): RatingDirection {
  if (ordinal === null) return "unrated";
  const middle = (scale.min + scale.max) / 2;
  return ordinal > middle ? "holds" : ordinal < middle ? "fails" : "mixed";
}

/** True when evidence of this stance contradicts a final rating of this direction. */
export function evidenceReopens(stance: Stance, direction: RatingDirection): boolean {
  if (stance === "CONTEXT") return false;
  switch (direction) {
    case "holds":
      return stance === "CONTRADICTS";
    case "fails":
      return stance === "SUPPORTS";
    case "mixed":
      return false;
    case "unrated":
      return true;
  }
}

/** True when a new verdict's rating differs from the final rating. */
export function verdictReopens(ratingId: string, finalRatingId: string | null): boolean {
  return finalRatingId !== null && ratingId !== finalRatingId;
}
