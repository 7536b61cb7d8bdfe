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

export const SCALE_MIN_LEVELS = 2;
export const SCALE_MAX_LEVELS = 20;
export const LEVEL_LABEL_MAX = 40;
export const ORDINAL_MIN = 0;
export const ORDINAL_MAX = 100;

export interface ScaleProblem {
  index: number;
  field: "label" | "ordinal";
  message: string;
}

/**
 * Rules for a whole scale that no single level can check: labels differ (ignoring case, as readers
 * would), and so do ordinal values, since two levels with one value could not be told apart by
 * agreement statistics or in a ClaimReview export.
 */
export function findScaleProblems(levels: readonly Pick<RatingLevelSpec, "label" | "ordinal">[]): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const labels = new Map<string, number>();
  const ordinals = new Map<number, number>();
  levels.forEach((level, index) => {
    const key = level.label.trim().toLocaleLowerCase("en");
    const labelTwin = labels.get(key);
    if (labelTwin !== undefined) problems.push({ index, field: "label", message: `Level ${labelTwin + 1} already has this label. Each level needs its own.` });
    else labels.set(key, index);
    if (level.ordinal === null) return;
    const ordinalTwin = ordinals.get(level.ordinal);
    if (ordinalTwin !== undefined) problems.push({ index, field: "ordinal", message: `Level ${ordinalTwin + 1} already has the value ${level.ordinal}. Give each level its own value, or none.` });
    else ordinals.set(level.ordinal, index);
  });
  return problems;
}

export interface SavedLevel extends RatingLevelSpec {
  id: string;
  position: number;
}

export interface SubmittedLevel extends RatingLevelSpec {
  /** Absent for a level added in this edit. */
  id?: string;
}

export interface ScalePlan {
  /** Existing levels whose label, value, colour or place changed. */
  updates: (SavedLevel & { labelChanged: boolean })[];
  creates: (RatingLevelSpec & { position: number })[];
  /** Saved levels the edit left out. */
  deletes: SavedLevel[];
  /** Submitted ids that are not levels of this scale (another workspace's, or deleted meanwhile). */
  unknownIds: string[];
}

/** What turns the saved scale into the submitted one: the submitted order becomes the positions. */
export function planScaleChange(saved: readonly SavedLevel[], submitted: readonly SubmittedLevel[]): ScalePlan {
  const byId = new Map(saved.map((level) => [level.id, level]));
  const plan: ScalePlan = { updates: [], creates: [], deletes: [], unknownIds: [] };
  const kept = new Set<string>();
  submitted.forEach((level, position) => {
    const spec = { label: level.label, ordinal: level.ordinal, colour: level.colour, position };
    if (level.id === undefined) return void plan.creates.push(spec);
    const before = byId.get(level.id);
    if (!before) return void plan.unknownIds.push(level.id);
    kept.add(level.id);
    const changed = before.label !== spec.label || before.ordinal !== spec.ordinal || before.colour !== spec.colour || before.position !== position;
    if (changed) plan.updates.push({ id: level.id, ...spec, labelChanged: before.label !== spec.label });
  });
  plan.deletes = saved.filter((level) => !kept.has(level.id));
  return plan;
}

export function isEmptyPlan(plan: ScalePlan): boolean {
  return plan.updates.length + plan.creates.length + plan.deletes.length === 0;
}
