import { beforeAll, describe, expect, it } from "vitest";
import { createTestArticle, createTestClaim, createTestWorkspace } from "@test-support/data";
import { publishTestFactCheck, testFactCheck } from "@test-support/publications";
import { getDb } from "@/lib/db/client";
import { publicationOfClaim, withdrawPublication } from "./publications";
import { getPublicFactCheck, listPublicFactChecks } from "./public-read";

// The publication store as the public side sees it: one URL per claim across republishing, a correction log
// that grows, 410 once unpublished or the claim deleted, 404 for anything never published, and an index that
// holds only live publications (and does not exist for a workspace that never published).

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>;
let w: Workspace;
let slug: string;
beforeAll(async () => {
  w = await createTestWorkspace();
  slug = w.workspace.slug;
  await createTestArticle(w.workspace.id);
});

describe("publications", () => {
  it("keeps the URL across republishing, logs corrections, and answers gone once unpublished", async () => {
    const claim = await createTestClaim(w.workspace.id);
    const first = await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: claim.id });
    expect(first.created).toBe(true);
    const again = await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: claim.id, factCheck: testFactCheck({ ratingLabel: "Mixed" }), correction: "Rating changed from Mostly true to Mixed" });
    expect(again).toMatchObject({ id: first.id, created: false, version: first.version + 1 });

    const read = await getPublicFactCheck({ slug, id: first.id });
    if (read.state !== "published") throw new Error(`expected published, got ${read.state}`);
    expect(read.publication.factCheck.rating.label).toBe("Mixed");
    expect(read.publication.corrections.map((c) => c.text)).toEqual(["Rating changed from Mostly true to Mixed"]);
    expect(read.publication.publisher).toMatchObject({ slug, name: `Test ${slug.slice(2)}`, logoUrl: null });

    const before = read.publication.validator;
    await getDb().$transaction((tx) => withdrawPublication(tx, { workspaceId: w.workspace.id, claimId: claim.id }));
    expect(await getPublicFactCheck({ slug, id: first.id })).toEqual({ state: "gone" });
    expect((await publicationOfClaim({ workspaceId: w.workspace.id, claimId: claim.id }))?.unpublishedAt).toBeInstanceOf(Date);
    // Republishing brings the same URL back, with a new validator.
    await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: claim.id });
    const back = await getPublicFactCheck({ slug, id: first.id });
    expect(back.state === "published" && back.publication.validator !== before).toBe(true);
  });

  it("answers missing for unknown ids, other workspaces' publications and workspaces that never published", async () => {
    const other = await createTestWorkspace();
    await createTestArticle(other.workspace.id);
    const claim = await createTestClaim(other.workspace.id);
    const theirs = await publishTestFactCheck({ workspaceId: other.workspace.id, claimId: claim.id });
    expect(await getPublicFactCheck({ slug, id: theirs.id })).toEqual({ state: "missing" });
    expect(await getPublicFactCheck({ slug, id: "not-a-uuid" })).toEqual({ state: "missing" });
    const never = await createTestWorkspace();
    expect(await listPublicFactChecks({ slug: never.workspace.slug })).toBeNull();
  });

  it("lists only live publications, newest first, searchable, and a deleted claim's page is gone", async () => {
    const [a, b, c] = [await createTestClaim(w.workspace.id), await createTestClaim(w.workspace.id), await createTestClaim(w.workspace.id)];
    await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: a.id, factCheck: testFactCheck({ statement: "Raqqa fell in October 2017" }) });
    const pb = await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: b.id, factCheck: testFactCheck({ statement: "Mosul was retaken in July 2017" }) });
    await publishTestFactCheck({ workspaceId: w.workspace.id, claimId: c.id, factCheck: testFactCheck({ statement: "Deleted later" }) });
    await getDb().claim.delete({ where: { id: c.id } });

    const all = await listPublicFactChecks({ slug });
    expect(all?.items.map((item) => item.factCheck.claim.statement).slice(0, 2)).toEqual(["Mosul was retaken in July 2017", "Raqqa fell in October 2017"]);
    expect(all?.items.some((item) => item.factCheck.claim.statement === "Deleted later")).toBe(false);
    expect((await listPublicFactChecks({ slug, q: "mosul" }))?.items.map((item) => item.id)).toEqual([pb.id]);
  });
});
