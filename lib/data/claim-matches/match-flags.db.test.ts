import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { updateClaimSchema } from "@/lib/schemas/claim";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { dismissMatch } from "../claims/claim-links";
import { updateClaim } from "../claims/claims";
import { listClaimTable } from "../claims/claim-table";
import { checkClaimMatches, listClaimsToCheckForMatches } from "./claim-matches";

// "Not checked before" is "no match, no group, no fact-check as evidence" (issue 17, item 5). Whether a
// claim has a match is kept on the claim (hasMatch) by the worker's match check, which runs for each claim
// still to be checked: new ones, edited ones, and pairs dismissed as "Not the same". Claims are checked one
// by one here (the worker's polling is off in tests: it would check every test file's claims).

const A = "IS ruled about 12 million people in 2014";
const B = "IS ruled some 12 million people in 2014";
const C = "The Euphrates dam at Tabqa holds back Lake Assad";

async function workspaceWith(statements: string[]) {
  const { workspace, users } = await createTestWorkspace();
  const claims = [];
  for (const statement of statements) claims.push(await createTestClaim(workspace.id, statement));
  const notChecked = async () => (await listClaimTable({ actor: users.VIEWER, slug: workspace.slug, query: { checked: "no" }, limit: 50 })).rows.map((row) => row.statement).sort();
  const checked = async () => (await listClaimTable({ actor: users.VIEWER, slug: workspace.slug, query: { checked: "yes" }, limit: 50 })).rows.map((row) => row.statement).sort();
  return { workspace, users, claims, notChecked, checked };
}

describe("the match check behind 'not checked before'", () => {
  it("flags a checked claim and the claims it matched, and a statement edited into a match is checked again", async () => {
    const { workspace, users, claims: [a, b, c], notChecked, checked } = await workspaceWith([A, B, C]);
    // New claims wait for their check, and until then count as having no match.
    expect(await listClaimsToCheckForMatches(100_000)).toEqual(expect.arrayContaining([a!.id, b!.id, c!.id]));
    expect(await notChecked()).toEqual([A, B, C].sort());

    expect(await checkClaimMatches(a!.id)).toBe(true);
    // B was matched by A's check: both are checked before, without B's own check having run.
    expect(await notChecked()).toEqual([C]);
    expect(await checked()).toEqual([A, B].sort());
    expect(await checkClaimMatches(a!.id)).toBe(false); // checked already: nothing to do
    expect(await checkClaimMatches(c!.id)).toBe(true);
    expect(await notChecked()).toEqual([C]); // checked, and still nothing like it

    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: c!.id }, select: { version: true } });
    await updateClaim({ actor: users.EDITOR, slug: workspace.slug, input: updateClaimSchema.parse({ claimId: c!.id, version, statement: "IS ruled nearly 12 million people in 2014" }) });
    expect(await listClaimsToCheckForMatches(100_000)).toContain(c!.id);
    expect(await checkClaimMatches(c!.id)).toBe(true);
    expect(await notChecked()).toEqual([]);
  });

  it("a match dismissed as 'Not the same' no longer counts once both claims are checked again", async () => {
    const { workspace, users, claims: [a, b], notChecked } = await workspaceWith([A, B]);
    await checkClaimMatches(a!.id);
    await checkClaimMatches(b!.id);
    expect(await notChecked()).toEqual([]);
    await dismissMatch({ actor: users.REVIEWER, slug: workspace.slug, input: { claimId: a!.id, otherId: b!.id } });
    expect(await listClaimsToCheckForMatches(100_000)).toEqual(expect.arrayContaining([a!.id, b!.id]));
    await checkClaimMatches(a!.id);
    await checkClaimMatches(b!.id);
    expect(await notChecked()).toEqual([A, B].sort());
  });

  it("checks the claims changed last first, so a reviewer's change is not queued behind a backlog", async () => {
    // A backlog of claims still to be checked (a large import, or the backfill after a migration), older...
    const backlog = await workspaceWith([C, `${C} again`, `${C} once more`]);
    const { workspace, users, claims: [a, b] } = await workspaceWith([A, B]);
    await checkClaimMatches(a!.id);
    await checkClaimMatches(b!.id);
    // ...than a reviewer's dismissal, which sends both claims back to be checked: they come before it.
    // (Other test files write claims into the same database meanwhile, so the order is compared, not the list.)
    await dismissMatch({ actor: users.REVIEWER, slug: workspace.slug, input: { claimId: a!.id, otherId: b!.id } });
    const order = await listClaimsToCheckForMatches(100_000);
    const last = Math.max(order.indexOf(a!.id), order.indexOf(b!.id));
    expect(order.indexOf(a!.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(b!.id)).toBeGreaterThanOrEqual(0);
    for (const claim of backlog.claims) expect(order.indexOf(claim.id)).toBeGreaterThan(last);
  });
});
