// The rating scale a new workspace starts with. Ordinal values feed agreement statistics and
// ClaimReview's ratingValue; "Unverifiable" has none and is exported by its label alone.
export interface RatingLevelSpec {
  label: string;
  ordinal: number | null;
  colour: string;
}

export const DEFAULT_RATING_SCALE: readonly RatingLevelSpec[] = [
  { label: "True", ordinal: 5, colour: "#15803d" },
  { label: "Mostly true", ordinal: 4, colour: "#65a30d" },
  { label: "Mixed", ordinal: 3, colour: "#ca8a04" },
  { label: "Mostly false", ordinal: 2, colour: "#ea580c" },
  { label: "False", ordinal: 1, colour: "#dc2626" },
  { label: "Unverifiable", ordinal: null, colour: "#64748b" },
];
