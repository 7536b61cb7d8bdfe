import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { measureDisagreement } from "@/lib/domain/disagreement-severity";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { addTestMember, createTestClaim, createTestEvidence, createTestWorkspace, ratingIds } from "@test-support/data";
import { refreshClaimDisagreements } from "./claim-disagreements";

// The stored queue rows are computed in SQL; the rule is lib/domain/disagreement-severity.ts. Each case
// here is written to the tables, refreshed by the SQL, and the row it stores must be the pure rule's answer.

/** A level of the default scale, which every test workspace starts with. */
type Label = "True" | "Mostly true" | "Mixed" | "Mostly false" | "False" | "Unverifiable";
interface Case {
  name: string;
  /** Verdicts in the order they were recorded: [reviewer, rating]; a reviewer's last one is current. */
  verdicts?: [number, Label][];
  evidence?: ("SUPPORTS" | "CONTRADICTS" | "CONTEXT")[];
  figureConflict?: number;
  /** Resolved as Mixed (the claim's own final rating in every resolved case). */
  resolved?: boolean;
  /** Claims linked to it as the same claim, each resolved with this final rating (null: left unresolved). */
  linked?: (Label | null)[];
}

const CASES: Case[] = [
  { name: "nothing at all" },
  { name: "one verdict", verdicts: [[0, "True"]] },
  { name: "two reviewers agree", verdicts: [[0, "Mixed"], [1, "Mixed"]] },
  { name: "two reviewers apart", verdicts: [[0, "True"], [1, "Mostly false"]] },
  { name: "three reviewers, widest pair counts", verdicts: [[0, "True"], [1, "Mixed"], [2, "False"]] },
  { name: "a reviewer changed their mind into agreement", verdicts: [[0, "True"], [1, "False"], [1, "True"]] },
  { name: "a reviewer changed their mind into a split", verdicts: [[0, "True"], [1, "True"], [1, "Mostly true"]] },
  { name: "Unverifiable against a rating", verdicts: [[0, "Mostly false"], [1, "Unverifiable"]] },
  { name: "Unverifiable twice", verdicts: [[0, "Unverifiable"], [1, "Unverifiable"]] },
  { name: "supporting only", evidence: ["SUPPORTS", "SUPPORTS"] },
  { name: "context takes no side", evidence: ["SUPPORTS", "CONTEXT", "CONTEXT"] },
  { name: "one on each side", evidence: ["SUPPORTS", "CONTRADICTS"] },
  { name: "three against two", evidence: ["SUPPORTS", "SUPPORTS", "SUPPORTS", "CONTRADICTS", "CONTRADICTS", "CONTEXT"] },
  { name: "a figure conflict alone", figureConflict: 2 },
  { name: "every kind, the split the greatest", verdicts: [[0, "True"], [1, "False"]], evidence: ["SUPPORTS", "CONTRADICTS"], figureConflict: 3 },
  { name: "every kind, the figure the greatest", verdicts: [[0, "True"], [1, "Mostly true"]], evidence: ["SUPPORTS", "SUPPORTS", "CONTRADICTS", "CONTRADICTS"], figureConflict: 4 },
  { name: "resolved, whatever the disagreement", verdicts: [[0, "True"], [1, "False"]], evidence: ["SUPPORTS", "CONTRADICTS"], figureConflict: 4, resolved: true },
  { name: "resolved, its group agrees", resolved: true, linked: ["Mixed", null] },
  { name: "resolved, its group rated otherwise", resolved: true, linked: ["True", "Mixed"] },
  { name: "resolved, its group says Unverifiable", resolved: true, linked: ["Unverifiable"] },
  { name: "resolved, only an unresolved member rated otherwise by reviewers", resolved: true, linked: [null] },
  { name: "unresolved, its group rated two ways", verdicts: [[0, "True"], [1, "False"]], linked: ["True", "False"] },
];

describe("claim_disagreements rows, computed in SQL", () => {
  it("are what the domain's rule measures, case by case", async () => {
    const db = getDb();
    const { workspace } = await createTestWorkspace();
    const reviewers = [await addTestMember(workspace.id, "REVIEWER", "Ada"), await addTestMember(workspace.id, "REVIEWER", "Bo"), await addTestMember(workspace.id, "REVIEWER", "Cy")];
    const ratings = await ratingIds(workspace.id);
    const ordinalOf = new Map(DEFAULT_RATING_SCALE.map((level) => [ratings[level.label]!, level.ordinal]));

    const stored = [];
    const measured = [];
    for (const c of CASES) {
      const claim = await createTestClaim(workspace.id);
      const at = Date.now();
      for (const [n, [reviewer, label]] of (c.verdicts ?? []).entries()) {
        await db.verdict.create({ data: { workspaceId: workspace.id, claimId: claim.id, reviewerId: reviewers[reviewer]!.id, ratingId: ratings[label]!, rationale: "Case.", createdAt: new Date(at + n * 1000) } });
      }
      for (const stance of c.evidence ?? []) await createTestEvidence({ workspaceId: workspace.id, claimId: claim.id, stance });
      await db.claim.update({
        where: { id: claim.id },
        data: { figureConflict: c.figureConflict ?? null, figureConflictSince: c.figureConflict ? new Date(at) : null, ...(c.resolved ? { status: "RESOLVED", finalRatingId: ratings["Mixed"]! } : {}) },
      });
      const groupFinalRatings = c.resolved ? [{ ratingId: ratings["Mixed"]!, ordinal: ordinalOf.get(ratings["Mixed"]!)! }] : [];
      for (const label of c.linked ?? []) {
        const other = await createTestClaim(workspace.id);
        if (label) {
          await db.claim.update({ where: { id: other.id }, data: { status: "RESOLVED", finalRatingId: ratings[label]! } });
          groupFinalRatings.push({ ratingId: ratings[label]!, ordinal: ordinalOf.get(ratings[label]!)! });
        }
        await db.claimLink.create({ data: { workspaceId: workspace.id, claimAId: [claim.id, other.id].sort()[0]!, claimBId: [claim.id, other.id].sort()[1]! } });
      }
      await db.$transaction((tx) => refreshClaimDisagreements(tx, [claim.id]));

      const row = await db.claimDisagreement.findUnique({ where: { claimId: claim.id }, select: { reviewerSplit: true, sourceConflict: true, figureConflict: true, inconsistentRatings: true, severity: true } });
      stored.push({ case: c.name, row });
      const current = new Map((c.verdicts ?? []).map(([reviewer, label]) => [reviewer, ratings[label]!]));
      measured.push({
        case: c.name,
        row: measureDisagreement({
          resolved: c.resolved ?? false,
          currentVerdicts: [...current.values()].map((ratingId) => ({ ratingId, ordinal: ordinalOf.get(ratingId)! })),
          scaleOrdinals: DEFAULT_RATING_SCALE.map((level) => level.ordinal),
          supporting: (c.evidence ?? []).filter((stance) => stance === "SUPPORTS").length,
          contradicting: (c.evidence ?? []).filter((stance) => stance === "CONTRADICTS").length,
          figureConflict: c.figureConflict ?? null,
          groupFinalRatings,
        }),
      });
    }
    expect(stored).toEqual(measured);
    // The table is not vacuous: it holds claims in no row and claims in each kind.
    expect(measured.filter((m) => m.row === null).length).toBeGreaterThan(3);
    expect(measured.filter((m) => m.row && m.row.reviewerSplit !== null && m.row.sourceConflict !== null && m.row.figureConflict !== null).length).toBeGreaterThan(1);
    expect(measured.filter((m) => m.row && m.row.inconsistentRatings !== null).length).toBe(2);
  });
});
