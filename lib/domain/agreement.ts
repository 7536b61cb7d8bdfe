// Inter-rater agreement: how far reviewers who rate the same claims agree beyond what chance alone would give.
//
// Conventions (the tests pin them down against worked examples from the methods' literature):
// - A statistic that is 0/0 is NaN, never 0 or 1: when every rating falls in one category there is no variation
//   to agree on, so the UI can say "undefined" (interpretKappa) instead of showing an invented value.
// - Missing ratings are null. Cohen's kappa drops the pair; Fleiss' kappa cannot take them (see fleissTableFrom);
//   Krippendorff's alpha uses every unit that has at least two ratings.
// - Malformed input throws (RangeError for shapes, TypeError for values), because a silently "repaired" table
//   would report a statistic about data nobody entered.

/**
 * Cohen's kappa for two raters over the same items (Cohen 1960): κ = (p_o − p_e) / (1 − p_e).
 * Items where either rating is null are skipped. NaN when no pair is left or when p_e = 1 (both raters put every
 * item in one and the same category).
 */
export function cohensKappa(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  if (a.length !== b.length) throw new RangeError(`Rater lists differ in length (${a.length} and ${b.length}).`);
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let pairs = 0;
  let agreements = 0;
  a.forEach((ratingA, i) => {
    const ratingB = b[i];
    if (ratingA === null || ratingB === null || ratingB === undefined) return;
    pairs += 1;
    if (ratingA === ratingB) agreements += 1;
    countsA.set(ratingA, (countsA.get(ratingA) ?? 0) + 1);
    countsB.set(ratingB, (countsB.get(ratingB) ?? 0) + 1);
  });
  if (pairs === 0) return Number.NaN;
  let chance = 0;
  for (const [category, countA] of countsA) chance += (countA / pairs) * ((countsB.get(category) ?? 0) / pairs);
  return chanceCorrected(agreements / pairs, chance);
}

/**
 * Fleiss' kappa (Fleiss 1971). Rows are items, columns categories, cells how many raters put the item in the
 * category. Every row must have the same total (the number of raters per item) and the same number of columns:
 * RangeError otherwise, and for negative or fractional counts. NaN for an empty table, fewer than 2 raters per
 * item, or P̄_e = 1 (every rating in one category).
 */
export function fleissKappa(table: readonly (readonly number[])[]): number {
  const first = table[0];
  if (!first) return Number.NaN;
  const raters = sum(first);
  for (const row of table) {
    if (row.length !== first.length) throw new RangeError("Every item needs a count for every category.");
    if (row.some((n) => !Number.isInteger(n) || n < 0)) throw new RangeError("Counts must be whole numbers ≥ 0.");
    if (sum(row) !== raters) throw new RangeError("Fleiss' kappa needs the same number of raters for every item.");
  }
  if (raters < 2) return Number.NaN;
  const items = table.length;
  let observed = 0;
  for (const row of table) observed += (sum(row.map((n) => n * n)) - raters) / (raters * (raters - 1));
  let chance = 0;
  for (let j = 0; j < first.length; j += 1) chance += (sum(table.map((row) => row[j] ?? 0)) / (items * raters)) ** 2;
  return chanceCorrected(observed / items, chance);
}

export interface FleissTable {
  table: number[][];
  usedUnits: number;
  skippedUnits: number;
}

/**
 * Builds the Fleiss table from a units × raters matrix of category labels (null = not rated). Fleiss' kappa needs
 * the same number of raters for every unit, so only units rated by the modal number of raters are kept (ties go
 * to the larger number, which carries more information). Units with fewer than 2 ratings carry no information
 * about agreement and are always skipped; Krippendorff's alpha, which handles missing ratings natively, uses every
 * unit with at least 2 ratings. A label outside `categories` throws a RangeError rather than being dropped.
 */
export function fleissTableFrom(ratings: readonly (readonly (string | null)[])[], categories: readonly string[]): FleissTable {
  const column = new Map(categories.map((category, j) => [category, j]));
  const rows = ratings.map((unit) => {
    const row = categories.map(() => 0);
    for (const label of unit) {
      if (label === null) continue;
      const j = column.get(label);
      if (j === undefined) throw new RangeError(`"${label}" is not one of the categories.`);
      row[j] = (row[j] ?? 0) + 1;
    }
    return row;
  });
  const raters = modalRaterCount(rows.map(sum));
  const table = rows.filter((row) => raters !== null && sum(row) === raters);
  return { table, usedUnits: table.length, skippedUnits: ratings.length - table.length };
}

/** The most common number of ratings among units with at least 2; ties go to the larger number. */
function modalRaterCount(totals: readonly number[]): number | null {
  const frequency = new Map<number, number>();
  for (const total of totals) if (total >= 2) frequency.set(total, (frequency.get(total) ?? 0) + 1);
  let best: number | null = null;
  for (const [total, count] of frequency) {
    const bestCount = best === null ? 0 : (frequency.get(best) ?? 0);
    if (best === null || count > bestCount || (count === bestCount && total > best)) best = total;
  }
  return best;
}

export type MeasurementLevel = "nominal" | "ordinal" | "interval";
type Value = number | string;

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, computed from the coincidence matrix as in Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability". Rows are coders, columns units, null a missing value; a unit with
 * fewer than 2 values is not pairable and is left out. "ordinal" and "interval" need finite numbers (TypeError
 * otherwise): the app passes the ordinal values of its rating scale. NaN when no unit is pairable or D_e = 0
 * (every pairable value the same). Rows of different lengths throw a RangeError.
 */
export function krippendorffAlpha(data: readonly (readonly (Value | null)[])[], level: MeasurementLevel): number {
  const units = pairableUnits(data, level);
  const values = [...new Set(units.flat())];
  if (level !== "nominal") values.sort((x, y) => (x as number) - (y as number));
  const index = new Map(values.map((v, i) => [v, i]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const counts = values.map(() => 0);
    for (const v of unit) counts[index.get(v) ?? 0]! += 1;
    // Each ordered pair of values from different coders adds 1/(m_u − 1), so every unit contributes m_u values.
    counts.forEach((nc, c) => {
      if (nc === 0) return;
      counts.forEach((nk, k) => {
        coincidences[c]![k]! += (nc * (c === k ? nk - 1 : nk)) / (unit.length - 1);
      });
    });
  }
  const marginals = coincidences.map(sum);
  const n = sum(marginals);
  const delta = distance(level, values as number[], marginals);
  let observed = 0;
  let expected = 0;
  values.forEach((_, c) =>
    values.forEach((__, k) => {
      const d = delta(c, k);
      observed += (coincidences[c]?.[k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    }),
  );
  if (n === 0 || expected === 0) return Number.NaN;
  return 1 - ((n - 1) * observed) / expected;
}

function pairableUnits(data: readonly (readonly (Value | null)[])[], level: MeasurementLevel): Value[][] {
  const width = data[0]?.length ?? 0;
  if (data.some((row) => row.length !== width)) throw new RangeError("Every coder needs a value (or null) for every unit.");
  const units: Value[][] = [];
  for (let u = 0; u < width; u += 1) {
    const unit: Value[] = [];
    for (const row of data) {
      const v = row[u];
      if (v === null || v === undefined) continue;
      if (typeof v === "number" ? !Number.isFinite(v) : level !== "nominal") {
        throw new TypeError(`A ${level} value must be ${level === "nominal" ? "a string or " : ""}a finite number.`);
      }
      unit.push(v);
    }
    if (unit.length >= 2) units.push(unit);
  }
  return units;
}

/** δ²(c, k) over value indices: 0/1 for nominal; rank-based for ordinal; squared difference for interval. */
function distance(level: MeasurementLevel, values: readonly number[], marginals: readonly number[]) {
  if (level === "nominal") return (c: number, k: number) => (c === k ? 0 : 1);
  if (level === "interval") return (c: number, k: number) => ((values[c] ?? 0) - (values[k] ?? 0)) ** 2;
  // Ordinal: how many pairable values lie between c and k, counting each end as half (Krippendorff 2011).
  const before = [0];
  for (const m of marginals) before.push((before.at(-1) ?? 0) + m);
  return (c: number, k: number) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    return ((before[hi + 1] ?? 0) - (before[lo] ?? 0) - ((marginals[lo] ?? 0) + (marginals[hi] ?? 0)) / 2) ** 2;
  };
}

export type KappaBand = "poor" | "slight" | "fair" | "moderate" | "substantial" | "almost perfect" | "undefined";

/**
 * Landis & Koch (1977) strength-of-agreement bands. Their table gives two-decimal bands (0.00–0.20, 0.21–0.40, …);
 * values between them (0.205) go to the higher band, so each band is (lower, upper].
 */
export function interpretKappa(value: number): KappaBand {
  if (Number.isNaN(value)) return "undefined";
  if (value < 0) return "poor";
  if (value <= 0.2) return "slight";
  if (value <= 0.4) return "fair";
  if (value <= 0.6) return "moderate";
  if (value <= 0.8) return "substantial";
  return "almost perfect";
}

export type AlphaBand = "reliable" | "tentative" | "unreliable" | "undefined";

/**
 * Krippendorff's advice (Content Analysis, 2nd ed., 2004): rely on data with α ≥ .800, draw only tentative conclusions from
 * .667 ≤ α < .800, and discard data below .667.
 */
export function interpretAlpha(value: number): AlphaBand {
  if (Number.isNaN(value)) return "undefined";
  if (value >= 0.8) return "reliable";
  if (value >= 0.667) return "tentative";
  return "unreliable";
}

function chanceCorrected(observed: number, chance: number): number {
  // Floating-point sums of proportions can land a hair off 1; treat that as the 0/0 it is.
  if (Math.abs(1 - chance) < 1e-12) return Number.NaN;
  return (observed - chance) / (1 - chance);
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
