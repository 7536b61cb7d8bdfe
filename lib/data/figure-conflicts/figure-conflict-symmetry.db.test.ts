import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { conflictSpread, figuresConflict, severityOfSpread } from "@/lib/domain/figure-conflicts";
import { isSameQuantity } from "@/lib/domain/same-quantity";
import { claimListQuerySchema, createClaimSchema, updateClaimSchema } from "@/lib/schemas/claim";
import { seedDemoActivity } from "@/seeds/demo-activity";
import { DEMO_LETTER } from "@/seeds/demo-content";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { updateArticleText } from "../articles/article-text";
import { listClaims } from "../claims/claim-search";
import { createClaim, deleteClaim, updateClaim } from "../claims/claims";
import { countOpenDisagreements } from "../disagreements/disagreement-counts";
import { listDisagreements } from "../disagreements/disagreements";
import { fromDbFigure } from "../claims/figure-codes";
import { getClaimFigureConflicts } from "./figure-conflicts";
import { getReportAccess, getReportHeader, getReportSummary } from "../reports/report-data";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { EDITOR_READER, ratingIds } from "@test-support/data";

// Issue 12, item 4: every figure conflict shows on both of its claims, in every view. The truth is
// computed here by comparing every pair of the workspace's figure claims with the domain's rules,
// independently of how conflicts are stored, and every view is checked against it.

type Actor = { id: string };

async function seedDemoCopy() {
  const id = randomBytes(4).toString("hex");
  const users = (["OWNER", "EDITOR", "REVIEWER", "REVIEWER"] as const).map((role, i) => ({ email: `sym-${i}-${id}@test.example.org`, name: `${role} ${i}`, role, password: "test-password" }));
  const report = await seedWorkspace({ slug: `sym-${id}`, name: `Symmetry ${id}`, users, withCorpus: true });
  const actor = (i: number) => ({ id: report.userIds[users[i]!.email]! });
  await seedDemoActivity(`sym-${id}`, { editor: actor(1), reviewer1: actor(2), reviewer2: actor(3) });
  return { slug: `sym-${id}`, workspaceId: report.workspaceId, owner: actor(0), editor: actor(1), reviewer: actor(2) };
}

/** Every conflicting pair by brute force: claim → its partners' ids and the claim's severity. */
async function expectedConflicts(workspaceId: string) {
  const rows = await getDb().claim.findMany({
    where: { workspaceId, anchorStatus: { not: "ORPHANED" }, figureValue: { not: null } },
    select: { id: true, status: true, statement: true, claimDate: true, figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true },
  });
  const claims = rows.map((row) => ({ ...row, figure: fromDbFigure(row)! }));
  const conflicts = new Map<string, { partners: string[]; severity: number; resolved: boolean }>();
  for (const a of claims) {
    for (const b of claims) {
      if (a.id === b.id) continue;
      const same = isSameQuantity({ ...a.figure, statement: a.statement, claimDate: a.claimDate }, { ...b.figure, statement: b.statement, claimDate: b.claimDate });
      if (!same || !figuresConflict(a.figure, b.figure)) continue;
      const entry = conflicts.get(a.id) ?? { partners: [], severity: 0, resolved: a.status === "RESOLVED" };
      entry.partners.push(b.id);
      entry.severity = Math.max(entry.severity, severityOfSpread(conflictSpread(a.figure, b.figure)));
      conflicts.set(a.id, entry);
    }
  }
  return conflicts;
}

async function expectSymmetric(ws: { slug: string; workspaceId: string }, actor: Actor) {
  const expected = await expectedConflicts(ws.workspaceId);
  const open = [...expected].filter(([, c]) => !c.resolved).map(([id]) => id).sort();

  const queue = await listDisagreements({ actor, slug: ws.slug, filters: { kind: "figure-conflict" }, page: 1 });
  expect(queue.items.map((item) => item.id).sort(), "review queue").toEqual(open);
  for (const item of queue.items) {
    expect(item.kinds, item.statement).toContain("figure-conflict");
    if (item.kinds.length === 1) expect(item.severity, item.statement).toBe(expected.get(item.id)!.severity);
    expect(item.figurePartners.length, item.statement).toBeGreaterThan(0);
    for (const partner of item.figurePartners) expect(expected.get(item.id)!.partners).toContain(partner.id);
  }
  const api = await listDisagreements({ actor, slug: ws.slug, filters: { kind: "figure-conflict" }, window: { limit: 200, after: null } });
  expect(api.items.map((item) => item.id).sort(), "API").toEqual(open);
  const filtered = await listClaims({ actor, slug: ws.slug, query: claimListQuerySchema.parse({ disagreement: "figure-conflict" }) });
  expect(filtered.claims.map((claim) => claim.id).sort(), "claims filter").toEqual(open);
  expect((await countOpenDisagreements(ws.workspaceId, EDITOR_READER))["figure-conflict"], "dashboard").toBe(open.length);
  const access = await getReportAccess({ actor, slug: ws.slug });
  const summary = await getReportSummary(access, {}, (await getReportHeader(access)).scale, "http://localhost");
  expect(summary.openDisagreements.filter((d) => d.kinds.includes("figures")).map((d) => d.claimId).sort(), "exports").toEqual(open);

  for (const [id, conflict] of expected) {
    const sides = await getClaimFigureConflicts({ actor, slug: ws.slug, claimId: id, limit: 100 });
    expect(sides.total, `side by side of ${id}`).toBe(conflict.partners.length);
    expect(sides.conflicts.map((c) => c.other.id).sort()).toEqual([...conflict.partners].sort());
  }
  return expected;
}

describe("figure conflicts are symmetric", () => {
  it("over the demo workspace, and after every write that touches figures", async () => {
    const ws = await seedDemoCopy();
    const initial = await expectSymmetric(ws, ws.editor);
    expect(initial.size, "the demo's letter conflicts with the article").toBeGreaterThanOrEqual(2);

    const letter = await getDb().article.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, title: DEMO_LETTER.title }, select: { id: true, body: true, version: true } });
    const mark = async (quote: string, statement: string, figureValue: number) => {
      const start = letter.body.indexOf(quote);
      const input = createClaimSchema.parse({ articleId: letter.id, start, end: start + quote.length, exact: quote, statement, isFigure: true, figureValue, figureUnit: "count", figureCounted: "people" });
      return createClaim({ actor: ws.reviewer, slug: ws.slug, input });
    };
    const version = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;

    // Create: a third estimate that conflicts with both the article's and the letter's.
    const lower = await mark("some put it lower", "In 2014 IS ruled 6 million people at its peak", 6_000_000);
    expect((await expectSymmetric(ws, ws.editor)).get(lower.id)?.partners.length).toBeGreaterThanOrEqual(2);

    // Edit the figure: compatible with the letter's 10 million, still below the article's.
    const edit = async (figureValue: number) => updateClaim({ actor: ws.reviewer, slug: ws.slug, input: updateClaimSchema.parse({
      claimId: lower.id, version: await version(lower.id), statement: "In 2014 IS ruled 6 million people at its peak", isFigure: true, figureValue, figureUnit: "count", figureCounted: "people",
    }) });
    await edit(9_800_000);
    await expectSymmetric(ws, ws.editor);
    await edit(2_000_000);
    await expectSymmetric(ws, ws.editor);

    // Resolve one claim of a conflict: the other keeps showing it; its own side-by-side still lists it.
    const ratings = await ratingIds(ws.workspaceId);
    const [resolvable] = [...(await expectedConflicts(ws.workspaceId))].filter(([id, c]) => id !== lower.id && !c.resolved).map(([id]) => id);
    await resolveClaim({ actor: ws.editor, slug: ws.slug, input: { claimId: resolvable!, version: await version(resolvable!), finalRatingId: ratings["Mixed"]!, resolutionNote: "Estimates differ." } });
    await expectSymmetric(ws, ws.editor);

    // Re-anchor: an article text edit that drops the new claim's passage orphans it; its conflicts go from both sides.
    const withoutLower = letter.body.replace(", and some put it lower", "");
    await updateArticleText({ actor: ws.editor, slug: ws.slug, articleId: letter.id, version: letter.version, body: withoutLower });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: lower.id }, select: { anchorStatus: true } })).anchorStatus).toBe("ORPHANED");
    expect((await expectSymmetric(ws, ws.editor)).has(lower.id)).toBe(false);

    // Delete: the letter's own claim goes, and with it the conflicts it had.
    const letterClaims = await getDb().claim.findMany({ where: { articleId: letter.id, figureValue: { not: null }, anchorStatus: { not: "ORPHANED" } }, select: { id: true } });
    for (const claim of letterClaims) await deleteClaim({ actor: ws.editor, slug: ws.slug, input: { claimId: claim.id, version: await version(claim.id) } });
    await expectSymmetric(ws, ws.editor);
  });
});
