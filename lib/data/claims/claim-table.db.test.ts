import { describe, expect, it } from "vitest";
import { addTestMember, createTestApiToken, createTestClaim, createTestEvidence, createTestWorkspace, assignTestClaim, ratingIds } from "@test-support/data";
import { callApi } from "@test-support/call-api";
import { getDb } from "@/lib/db/client";
import type { ClaimTableQuery } from "@/lib/schemas/claim-table";
import { claimTableQuerySchema } from "@/lib/schemas/claim-table";
import { listClaimTable } from "@/lib/data/claims/claim-table";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";

// The claims table sorted by each column, walked two rows a page: every claim once, in the order the
// column gives (claims without a value last, ties by id). And blind review: a reviewer who has not
// rated a claim learns nothing of the others' ratings of it from the cells, the order or the cursor.

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Keyed = { id: string; key: number | string | null };

/** Nulls last in either direction, then id ascending: the order the table promises. */
function expectedOrder(rows: Keyed[], dir: "asc" | "desc") {
  return rows
    .toSorted((a, b) => {
      if (a.key === b.key) return byId(a.id, b.id);
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      const cmp = a.key < b.key ? -1 : 1;
      return dir === "asc" ? cmp : -cmp;
    })
    .map((row) => row.id);
}

async function walk(actor: { id: string }, slug: string, query: Partial<ClaimTableQuery>) {
  const parsed = claimTableQuerySchema.parse(query);
  const seen: string[] = [];
  let after = null;
  for (let page = 0; page < 50; page++) {
    const result = await listClaimTable({ actor, slug, query: parsed, limit: 2, after });
    expect(result.rows.length).toBeLessThanOrEqual(2);
    seen.push(...result.rows.map((row) => row.id));
    if (!result.next) return seen;
    after = result.next;
  }
  throw new Error("The walk did not end");
}

async function sortableWorkspace() {
  const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
  const ratings = await ratingIds(workspace.id);
  const levels = await getDb().ratingLevel.findMany({ where: { workspaceId: workspace.id }, select: { id: true, position: true } });
  const positionOf = new Map(levels.map((level) => [level.id, level.position]));
  const specs = [
    { statement: "delta", figure: 5, rating: "False", supports: 2 },
    { statement: "alpha", figure: null, rating: null, supports: 0 },
    { statement: "charlie", figure: 12, rating: "True", supports: 1 },
    { statement: "alpha", figure: 5, rating: "Mixed", supports: 2 },
    { statement: "bravo", figure: null, rating: "True", supports: 0 },
    { statement: "alpha", figure: 3, rating: null, supports: 3 },
  ];
  const claims = [];
  for (const spec of specs) {
    const claim = await createTestClaim(workspace.id, spec.statement);
    const ratingId = spec.rating ? ratings[spec.rating]! : null;
    await getDb().claim.update({
      where: { id: claim.id },
      data: { figureValue: spec.figure, figureUnit: spec.figure === null ? null : "COUNT", ...(ratingId ? { status: "RESOLVED", finalRatingId: ratingId } : {}) },
    });
    for (let i = 0; i < spec.supports; i++) await createTestEvidence({ workspaceId: workspace.id, claimId: claim.id });
    claims.push({ id: claim.id, ...spec, finalPosition: ratingId ? positionOf.get(ratingId)! : null });
  }
  return { workspace, users, claims, ratings };
}

describe("the claims table's sort orders with keyset paging", () => {
  it("walks every column in both directions: each claim once, nulls last, ties by id", async () => {
    const { workspace, users, claims } = await sortableWorkspace();
    const columns = {
      statement: (c: (typeof claims)[number]) => c.statement,
      figure: (c: (typeof claims)[number]) => c.figure,
      finalRating: (c: (typeof claims)[number]) => c.finalPosition,
      supporting: (c: (typeof claims)[number]) => c.supports,
      contradicting: () => 0,
      // Status in the vocabulary's order: open (0) before resolved (3).
      status: (c: (typeof claims)[number]) => (c.rating ? 3 : 0),
      article: () => "Test article",
    } as const;
    for (const [sort, keyOf] of Object.entries(columns)) {
      for (const dir of ["asc", "desc"] as const) {
        const expected = expectedOrder(claims.map((c) => ({ id: c.id, key: keyOf(c) })), dir);
        expect(await walk(users.EDITOR, workspace.slug, { sort: sort as "statement", dir }), `${sort} ${dir}`).toEqual(expected);
      }
    }
    // The default: last change first.
    const stamps = await getDb().claim.findMany({ where: { workspaceId: workspace.id }, select: { id: true, updatedAt: true } });
    expect(await walk(users.EDITOR, workspace.slug, {})).toEqual(expectedOrder(stamps.map((s) => ({ id: s.id, key: s.updatedAt.toISOString() })), "desc"));
  });

  it("filters and sorts together, and a claim changed between pages is neither repeated nor skipped", async () => {
    const { workspace, users, claims } = await sortableWorkspace();
    const resolved = claims.filter((c) => c.rating !== null);
    const expected = expectedOrder(resolved.map((c) => ({ id: c.id, key: c.finalPosition })), "asc");
    expect(await walk(users.EDITOR, workspace.slug, { sort: "finalRating", dir: "asc", status: "RESOLVED" })).toEqual(expected);

    const query = claimTableQuerySchema.parse({ sort: "statement" });
    const first = await listClaimTable({ actor: users.EDITOR, slug: workspace.slug, query, limit: 2 });
    // A claim not yet seen is renamed to sort before the page: it moves behind the cursor and is not shown twice.
    const unseen = claims.find((c) => !first.rows.some((row) => row.id === c.id))!;
    await getDb().claim.update({ where: { id: unseen.id }, data: { statement: "aaa" } });
    const rest = await listClaimTable({ actor: users.EDITOR, slug: workspace.slug, query, limit: 50, after: first.next });
    const seen = [...first.rows, ...rest.rows].map((row) => row.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(claims.length - 1);
  });

  it("the API pages the table with a cursor bound to its sort", async () => {
    const { workspace, users, claims } = await sortableWorkspace();
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.VIEWER.id });
    const url = `/workspaces/${workspace.slug}/claims/table?sort=figure&dir=desc&limit=4`;
    const first = await callApi({ method: "GET", url, token });
    expect(first.status).toBe(200);
    const body = first.body as { items: { id: string; evidence: { SUPPORTS: number } }[]; next: string };
    const second = await callApi({ method: "GET", url: `${url}&cursor=${body.next}`, token });
    const ids = [...body.items, ...(second.body as { items: { id: string }[] }).items].map((row) => row.id);
    expect(ids).toEqual(expectedOrder(claims.map((c) => ({ id: c.id, key: c.figure })), "desc"));
    expect(body.items.find((row) => row.id === claims[0]!.id)?.evidence.SUPPORTS).toBe(2);
    // The same cursor under another sort names no row of it.
    const other = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/table?sort=statement&cursor=${body.next}`, token });
    expect(other.status).toBe(422);
    const badSort = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/table?sort=password`, token });
    expect(badSort.status).toBe(422);
  });
});

describe("blind review in the claims table", () => {
  it("a reviewer sees others' ratings only on claims they rated: not in the cells, the order or the cursor", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER"]);
    const other = await addTestMember(workspace.id, "REVIEWER", "Bea");
    const ratings = await ratingIds(workspace.id);
    const claims = [];
    for (let i = 0; i < 4; i++) claims.push(await createTestClaim(workspace.id, `claim ${i}`));
    const rate = (actor: { id: string }, claimId: string, label: string) =>
      recordVerdict({ actor, slug: workspace.slug, input: { claimId, ratingId: ratings[label]!, rationale: "Because." } });
    // Bea rates every claim, in an order unlike their ids; the reviewer rates only claims[3].
    const beaLabels = ["False", "True", "Mixed", "Mostly true"];
    for (const [i, claim] of claims.entries()) await rate(other, claim.id, beaLabels[i]!);
    await rate(users.REVIEWER, claims[3]!.id, "False");

    const query = (dir: "asc" | "desc") => claimTableQuerySchema.parse({ sort: `rating:${other.id}`, dir });
    for (const dir of ["asc", "desc"] as const) {
      const page = await listClaimTable({ actor: users.REVIEWER, slug: workspace.slug, query: query(dir), limit: 50 });
      // Only claims[3]'s rating is visible; the rest sort as if unrated: last, by id alone.
      const hidden = claims.slice(0, 3).map((c) => c.id).toSorted(byId);
      expect(page.rows.map((row) => row.id)).toEqual([claims[3]!.id, ...hidden]);
      for (const row of page.rows) {
        const isRated = row.id === claims[3]!.id;
        expect(row.othersHidden).toBe(!isRated);
        expect(Object.keys(row.ratings)).toEqual(isRated ? expect.arrayContaining([other.id, users.REVIEWER.id]) : []);
      }
      // Paging through the hidden ones: the keyset carries no value for them.
      const first = await listClaimTable({ actor: users.REVIEWER, slug: workspace.slug, query: query(dir), limit: 2 });
      expect(first.next?.key).toBeNull();
    }

    // The editor sees Bea's ratings and the order they give (True, Mostly true, Mixed, False by the scale).
    const editorPage = await listClaimTable({ actor: users.EDITOR, slug: workspace.slug, query: query("asc"), limit: 50 });
    expect(editorPage.rows.map((row) => row.id)).toEqual([claims[1]!.id, claims[3]!.id, claims[2]!.id, claims[0]!.id]);
    expect(editorPage.rows.every((row) => !row.othersHidden && row.ratings[other.id])).toBe(true);

    // Through the API too.
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.REVIEWER.id });
    const response = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/claims/table?sort=rating:${other.id}`, token });
    const items = (response.body as { items: { id: string; ratings: Record<string, unknown> }[] }).items;
    expect(items.filter((row) => row.ratings[other.id]).map((row) => row.id)).toEqual([claims[3]!.id]);
  });

  it("exports only the selected rows (the ids filter), and refuses a malformed list", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const claims = [await createTestClaim(workspace.id, "kept one"), await createTestClaim(workspace.id, "left out"), await createTestClaim(workspace.id, "kept two")];
    const chosen = [claims[0]!.id, claims[2]!.id];
    const page = await listClaimTable({ actor: users.OWNER, slug: workspace.slug, query: claimTableQuerySchema.parse({ ids: chosen.join(",") }), withTotal: true });
    expect(page.total).toBe(2);
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.OWNER.id });
    const csv = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/export?format=csv&ids=${chosen.join(",")}`, token });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain("kept one");
    expect(String(csv.body)).toContain("kept two");
    expect(String(csv.body)).not.toContain("left out");
    const bad = await callApi({ method: "GET", url: `/workspaces/${workspace.slug}/export?format=csv&ids=${chosen[0]},nope`, token });
    expect(bad.status).toBe(422);
  });

  it("lists assignees by name", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
    const claim = await createTestClaim(workspace.id);
    await assignTestClaim({ workspaceId: workspace.id, claimId: claim.id, reviewerId: users.REVIEWER.id });
    const page = await listClaimTable({ actor: users.OWNER, slug: workspace.slug, query: claimTableQuerySchema.parse({ sort: "assignee" }) });
    expect(page.rows[0]!.assignees.map((a) => a.id)).toEqual([users.REVIEWER.id]);
  });
});
