// The labelled set as the tests read it: every claim once, and the labelled pairs (positive, different figure,
// unrelated), with the measures of ./README.md computed from a matcher's ranked answers.
import { SEED_CLUSTERS } from "./seed-clusters";
import { parseFigure, type Cluster, type LabelledClaim } from "./types";
import { UNRELATED, WRITTEN_CLUSTERS } from "./written-clusters";

export type PairLabel = "same" | "different-figure" | "unrelated";
export interface LabelledPair {
  a: string;
  b: string;
  label: PairLabel;
  origin: Cluster["origin"];
}

export const CLUSTERS: Cluster[] = [...SEED_CLUSTERS, ...WRITTEN_CLUSTERS];

export interface SetClaim extends LabelledClaim {
  origin: Cluster["origin"];
}

/** Every claim of the set once (a near claim of one cluster may be a cluster of its own), figures checked. */
export function setClaims(): SetClaim[] {
  const byId = new Map<string, SetClaim>();
  for (const cluster of CLUSTERS) {
    for (const claim of [...cluster.same, ...(cluster.near ?? [])]) {
      if (typeof claim === "string") continue;
      if (byId.has(claim.id)) throw new Error(`Claim ${claim.id} is written twice`);
      if (claim.figure) parseFigure(claim.figure);
      byId.set(claim.id, { ...claim, origin: cluster.origin });
    }
  }
  return [...byId.values()];
}

export function labelledPairs(): LabelledPair[] {
  const known = new Set(setClaims().map((claim) => claim.id));
  const idOf = (claim: LabelledClaim | string) => (typeof claim === "string" ? claim : claim.id);
  const pairs: LabelledPair[] = [];
  for (const cluster of CLUSTERS) {
    const same = cluster.same.map(idOf);
    for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) pairs.push({ a: same[i]!, b: same[j]!, label: "same", origin: cluster.origin });
    for (const near of (cluster.near ?? []).map(idOf)) for (const a of same) pairs.push({ a, b: near, label: "different-figure", origin: cluster.origin });
  }
  const originOf = new Map(setClaims().map((claim) => [claim.id, claim.origin]));
  for (const [a, b] of UNRELATED) pairs.push({ a, b, label: "unrelated", origin: originOf.get(a) === "seed" && originOf.get(b) === "seed" ? "seed" : "written" });
  for (const pair of pairs) for (const id of [pair.a, pair.b]) if (!known.has(id)) throw new Error(`Pair names an unknown claim ${id}`);
  return pairs;
}

export interface Measures {
  queries: number;
  precisionAt1: number;
  positivePairs: number;
  recallAt5: number;
  /** Different-figure claims ranked above a positive partner, over the (query, different-figure claim) pairs. */
  differentAbovePositive: number;
  differentPairs: number;
  /** Unrelated claims among the first five shown, over the directed unrelated pairs. */
  unrelatedShown: number;
  unrelatedPairs: number;
}

/** The measures of a matcher whose ranked answer (claim ids, best first, at most five) for each claim is `ranked`. */
export function measure(ranked: ReadonlyMap<string, readonly string[]>, pairs: readonly LabelledPair[]): Measures {
  const partners = (label: PairLabel) => {
    const map = new Map<string, Set<string>>();
    for (const pair of pairs.filter((p) => p.label === label)) {
      (map.get(pair.a) ?? map.set(pair.a, new Set()).get(pair.a)!).add(pair.b);
      (map.get(pair.b) ?? map.set(pair.b, new Set()).get(pair.b)!).add(pair.a);
    }
    return map;
  };
  const same = partners("same");
  const different = partners("different-figure");
  const unrelated = partners("unrelated");
  let top1 = 0, found = 0, positives = 0, differentAbove = 0, differentPairs = 0, unrelatedShown = 0, unrelatedPairs = 0;
  for (const [query, matches] of same) {
    const answer = (ranked.get(query) ?? []).slice(0, 5);
    if (answer[0] !== undefined && matches.has(answer[0])) top1 += 1;
    for (const partner of matches) {
      positives += 1;
      if (answer.includes(partner)) found += 1;
    }
    const firstPositive = answer.findIndex((id) => matches.has(id));
    for (const near of different.get(query) ?? []) {
      differentPairs += 1;
      const at = answer.indexOf(near);
      if (at >= 0 && (firstPositive < 0 || at < firstPositive)) differentAbove += 1;
    }
  }
  for (const [query, others] of unrelated) {
    const answer = (ranked.get(query) ?? []).slice(0, 5);
    for (const other of others) {
      unrelatedPairs += 1;
      if (answer.includes(other)) unrelatedShown += 1;
    }
  }
  return {
    queries: same.size, precisionAt1: top1 / same.size, positivePairs: positives, recallAt5: found / positives,
    differentAbovePositive: differentAbove, differentPairs, unrelatedShown, unrelatedPairs,
  };
}
