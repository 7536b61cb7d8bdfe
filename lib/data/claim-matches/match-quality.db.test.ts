import { describe, expect, it } from "vitest";
import { createClaimSchema } from "@/lib/schemas/claim";
import { labelledPairs, measure, setClaims, type LabelledPair, type SetClaim } from "@test-support/claim-match-set/labelled-set";
import { parseFigure } from "@test-support/claim-match-set/types";
import { createTestArticle, createTestWorkspace } from "@test-support/data";
import { createClaim } from "../claims/claims";
import { listClaimMatches } from "./claim-matches";

// The matcher on the labelled set (scripts/test-support/claim-match-set/README.md): every claim marked in one
// workspace through createClaim, as the reader marks it (its figure key and interval stored), then each claim's
// first five matches. Prints precision at 1 and recall at 5, overall and by origin; fails below the floors.

async function markSet(claims: SetClaim[]) {
  const { workspace, users } = await createTestWorkspace();
  const groups = new Map<string, SetClaim[]>();
  for (const claim of claims) {
    const key = `${claim.origin}:${claim.lang}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(claim);
  }
  const idOf = new Map<string, string>();
  for (const [key, members] of groups) {
    const body = members.map((claim) => claim.statement).join("\n\n");
    const article = await createTestArticle(workspace.id, body, key.split(":")[1]!);
    let at = 0;
    for (const claim of members) {
      const start = body.indexOf(claim.statement, at);
      at = start + claim.statement.length;
      const figure = claim.figure ? parseFigure(claim.figure) : null;
      const input = createClaimSchema.parse({
        articleId: article.id, start, end: at, exact: claim.statement, statement: claim.statement, claimant: claim.claimant ?? "", claimDate: claim.date ?? "",
        isFigure: figure !== null, figureValue: figure?.value, figureUnit: figure?.unit, figureQualifier: figure?.qualifier ?? "",
        figureLow: figure?.low ?? undefined, figureHigh: figure?.high ?? undefined, figureCounted: figure?.counted ?? "", tags: "",
      });
      idOf.set(claim.id, (await createClaim({ actor: users.REVIEWER, slug: workspace.slug, input })).id);
    }
  }
  return { slug: workspace.slug, actor: users.REVIEWER, idOf };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("matcher quality on the labelled set", () => {
  it("prints precision at 1 and recall at 5, and holds them above the floors", async () => {
    const claims = setClaims();
    const pairs = labelledPairs();
    const { slug, actor, idOf } = await markSet(claims);
    const setIdOf = new Map([...idOf].map(([setId, id]) => [id, setId]));
    const ranked = new Map<string, string[]>();
    const shown = new Map<string, string[]>();
    for (const claim of claims) {
      const matches = await listClaimMatches({ actor, slug, claimId: idOf.get(claim.id)!, limit: 5 });
      ranked.set(claim.id, matches.flatMap((match) => (match.kind === "claim" ? [setIdOf.get(match.claim.id)!] : [])));
      shown.set(claim.id, matches.map((match) => `${match.kind === "claim" ? setIdOf.get(match.claim.id) : match.source.id} ${match.score} [${match.reasons.join("; ")}]`));
    }
    const report = (label: string, subset: LabelledPair[]) => {
      const m = measure(ranked, subset);
      console.log(`${label.padEnd(9)} P@1 ${percent(m.precisionAt1)} of ${m.queries} claims · R@5 ${percent(m.recallAt5)} of ${m.positivePairs} directed pairs · ` +
        `different figure above a match ${m.differentAbovePositive}/${m.differentPairs} · unrelated shown ${m.unrelatedShown}/${m.unrelatedPairs}`);
      return m;
    };
    console.log(`Labelled set: ${claims.length} claims, ${pairs.length} pairs`);
    const all = report("all", pairs);
    report("seed", pairs.filter((p) => p.origin === "seed"));
    report("written", pairs.filter((p) => p.origin === "written"));
    if (process.env.MATCH_SET_MISSES) {
      for (const claim of claims) console.log(claim.id, "→", (shown.get(claim.id) ?? []).join(" | "));
    }
    // The aims. The weights were set once on this set (its first run: P@1 97.0%, R@5 98.4%), so these
    // figures flatter the matcher on claims of other shapes; see the set's README for what limits it.
    expect(all.precisionAt1).toBeGreaterThanOrEqual(0.9);
    expect(all.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(all.differentAbovePositive / all.differentPairs).toBeLessThanOrEqual(0.05);
    expect(all.unrelatedShown / all.unrelatedPairs).toBeLessThanOrEqual(0.25);
  }, 120_000);
});
