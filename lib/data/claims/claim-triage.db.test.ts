import { describe, expect, it } from "vitest";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { addExternalEvidence } from "../evidence/evidence";
import { listClaimTable } from "./claim-table";
import { linkClaims, unlinkClaims } from "./claim-links";

// Triage by what is new (issue 17, item 5): "not checked before" (in no same-claim group, no fact-check
// linked) and "most repeated" (group size, largest first) on the claims table and its API.

describe("claims not checked before, and the most repeated first", () => {
  it("filters out linked claims and claims with a fact-check, and sorts by group size", async () => {
    const { workspace, users } = await createTestWorkspace();
    const slug = workspace.slug;
    const [a, b, c, d, fresh, factChecked] = await Promise.all(["A", "B", "C", "D", "Fresh", "Fact-checked"].map((s) => createTestClaim(workspace.id, `${s}: 12 million`)));
    const link = (claimId: string, otherId: string) => linkClaims({ actor: users.REVIEWER, slug, input: { claimId, otherId } });
    await link(a!.id, b!.id);
    await link(b!.id, c!.id);
    await link(d!.id, fresh!.id);
    await unlinkClaims({ actor: users.REVIEWER, slug, input: { claimId: fresh!.id, otherId: d!.id } });
    await addExternalEvidence({ actor: users.REVIEWER, slug, input: { claimId: factChecked!.id, stance: "CONTRADICTS", excerpt: "Rated false", sourceMode: "new", kind: "FACT_CHECK", title: "Fact-check of the 12 million figure", url: "https://factcheck.example.org/12m" } });
    await addExternalEvidence({ actor: users.REVIEWER, slug, input: { claimId: fresh!.id, stance: "SUPPORTS", excerpt: "Census", sourceMode: "new", kind: "DATASET", title: "Census", url: "https://example.org/census" } });

    const table = async (query: object) => (await listClaimTable({ actor: users.VIEWER, slug, query: { ...query }, limit: 50 })).rows;
    // Unlinked again, and evidence that is no fact-check: both still new.
    expect((await table({ checked: "no" })).map((row) => row.statement).sort()).toEqual(["D: 12 million", "Fresh: 12 million"]);
    expect((await table({ checked: "yes" })).map((row) => row.statement).sort()).toEqual(["A: 12 million", "B: 12 million", "C: 12 million", "Fact-checked: 12 million"]);

    const repeated = await table({ sort: "groupSize", dir: "desc" });
    expect(repeated.slice(0, 3).map((row) => [row.statement, row.groupSize]).sort()).toEqual([["A: 12 million", 3], ["B: 12 million", 3], ["C: 12 million", 3]]);
    expect(repeated.slice(3).map((row) => row.groupSize)).toEqual([1, 1, 1]);
  });
});
