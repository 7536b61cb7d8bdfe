import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublicFactCheck, listPublicFactChecks } from "@/lib/data/publications/public-read";
import { publicationOfClaim } from "@/lib/data/publications/publications";
import { AppError } from "@/lib/errors";
import { claimEvents, createTestClaim, createTestWorkspace, ratingIds, withAuditFailingFor } from "@test-support/data";
import { addTestEvidenceSource, createResolvedTestClaim } from "@test-support/publishing";
import { reopenClaim, resolveClaim } from "@/lib/workflows/review/resolution";
import { publishClaim, REOPENED_MESSAGE } from "./publish-claim";
import { NOT_PUBLISHED_MESSAGE, unpublishClaim } from "./unpublish-claim";

// The editor's side of publishing (issue 19), through the workflow and read back as the public side reads
// it: a stable URL, a correction log that grows by exactly what a reader sees changed, 410 once
// unpublished, the refusals (not resolved, reopened, not an editor, evidence a reader cannot follow), and a
// data feed holding exactly the live publications.

type W = Awaited<ReturnType<typeof createTestWorkspace>>;
let w: W;
let slug: string;
const bases = { instance: null, app: "http://app.test:3000" };

beforeAll(async () => {
  w = await createTestWorkspace();
  slug = w.workspace.slug;
});

const resolved = (rating?: string) => createResolvedTestClaim({ workspaceId: w.workspace.id, slug, editor: w.users.EDITOR, rating });
const publish = (claimId: string, input = {}, actor: { id: string } = w.users.EDITOR) => publishClaim({ actor, slug, claimId, input, bases });
async function refusal(run: Promise<unknown>) {
  const error = await run.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message, fields: error.details?.fieldErrors };
}
async function rerate(claimId: string, rating: string, note = "A later census settles it.") {
  const ratings = await ratingIds(w.workspace.id);
  const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
  const reopened = await reopenClaim({ actor: w.users.EDITOR, slug, input: { claimId, version, reason: "New census." } });
  await resolveClaim({ actor: w.users.EDITOR, slug, input: { claimId, version: reopened.version, finalRatingId: ratings[rating]!, resolutionNote: note } });
}

describe("publishing a resolved claim", () => {
  it("publishes the claim as it was resolved, with the citable evidence, at /p/{workspace}/{id}, audited", async () => {
    const claim = await resolved();
    await addTestEvidenceSource({ workspaceId: w.workspace.id, claimId: claim.id, title: "Coalition estimate 2015", url: "https://example.org/coalition" });
    await addTestEvidenceSource({ workspaceId: w.workspace.id, claimId: claim.id, title: "A phone call", url: null, kind: "STATEMENT", stance: "CONTRADICTS" });

    const published = await publish(claim.id);
    expect(published).toMatchObject({ url: `http://app.test:3000/p/${slug}/${published.id}`, republished: false, correction: null });
    const read = await getPublicFactCheck({ slug, id: published.id });
    if (read.state !== "published") throw new Error(`expected published, got ${read.state}`);
    expect(read.publication.factCheck).toMatchObject({
      headline: "IS ruled about 12 million people",
      summary: "Estimates at the peak ranged from 8 to 12 million.",
      claim: { statement: "IS ruled about 12 million people", quote: { exact: "around 12 million people", before: "At its height, the group ruled over a population of ", after: " in Iraq and Syria." }, language: "en", direction: "ltr" },
      article: { publisher: "Example Times" },
      rating: { label: "Mostly true", worst: 1, best: 5 },
      evidence: [{ title: "Coalition estimate 2015", url: "https://example.org/coalition", stance: "SUPPORTS", publisher: null }],
    });
    expect(read.publication.underReview).toBe(false);
    expect((await claimEvents(claim.id)).at(-1)).toMatchObject({ entityType: "claim", action: "publish", actorId: w.users.EDITOR.id, after: { url: published.url, rating: "Mostly true" } });
  });

  it("republishing after a rating change keeps the URL and adds exactly that correction line; with nothing changed it adds none", async () => {
    const claim = await resolved();
    const first = await publish(claim.id, { headline: "Did IS rule 12 million people?" });
    await rerate(claim.id, "Mixed");
    const again = await publish(claim.id, { headline: "Did IS rule 12 million people?", summary: "Estimates at the peak ranged from 8 to 12 million." });
    expect(again).toMatchObject({ id: first.id, url: first.url, republished: true, correction: "Rating changed from Mostly true to Mixed" });
    const unchanged = await publish(claim.id, { headline: "Did IS rule 12 million people?", summary: "Estimates at the peak ranged from 8 to 12 million." });
    expect(unchanged).toMatchObject({ id: first.id, republished: true, correction: null });

    const read = await getPublicFactCheck({ slug, id: first.id });
    expect(read.state === "published" && read.publication.corrections.map((c) => c.text)).toEqual(["Rating changed from Mostly true to Mixed"]);
    expect(read.state === "published" && read.publication.factCheck.rating.label).toBe("Mixed");
    expect((await claimEvents(claim.id)).filter((e) => e.action === "republish")).toHaveLength(2);
  });

  it("writes the publication, its audit event and its live event together, or nothing at all", async () => {
    const claim = await resolved();
    await expect(withAuditFailingFor(claim.id, () => publish(claim.id))).rejects.toThrow();
    expect(await publicationOfClaim({ workspaceId: w.workspace.id, claimId: claim.id })).toBeNull();
    const published = await publish(claim.id);
    const events = await getDb().$queryRaw<{ name: string; entityId: string }[]>`select name, "entityId"::text as "entityId" from live_events where "claimId" = ${claim.id}::uuid order by id`;
    expect(events.at(-1)).toEqual({ name: "claim.updated", entityId: published.id });
  });

  it("unpublishing makes the page gone (410); unpublishing again is 404; republishing brings the same URL back", async () => {
    const claim = await resolved();
    const published = await publish(claim.id);
    await unpublishClaim({ actor: w.users.OWNER, slug, claimId: claim.id });
    expect(await getPublicFactCheck({ slug, id: published.id })).toEqual({ state: "gone" });
    expect(await refusal(unpublishClaim({ actor: w.users.EDITOR, slug, claimId: claim.id }))).toMatchObject({ code: "NOT_FOUND", message: NOT_PUBLISHED_MESSAGE });
    expect((await claimEvents(claim.id)).at(-1)).toMatchObject({ action: "unpublish", after: { published: false } });
    expect((await publish(claim.id, {}, w.users.OWNER)).url).toBe(published.url);
    expect((await getPublicFactCheck({ slug, id: published.id })).state).toBe("published");
  });

  it("a claim reopened after publishing is refused republishing with the rule, and its page shows the last verdict under review", async () => {
    const claim = await resolved();
    const published = await publish(claim.id);
    await reopenClaim({ actor: w.users.EDITOR, slug, input: { claimId: claim.id, version: claim.version, reason: "A new source." } });
    expect(await refusal(publish(claim.id))).toEqual({ code: "CONFLICT", message: REOPENED_MESSAGE, fields: undefined });
    const read = await getPublicFactCheck({ slug, id: published.id });
    expect(read.state === "published" && [read.publication.underReview, read.publication.factCheck.rating.label]).toEqual([true, "Mostly true"]);
  });

  it("refuses a claim that is not resolved, a reviewer and a viewer, and writes nothing", async () => {
    const open = await createTestClaim(w.workspace.id);
    expect(await refusal(publish(open.id))).toMatchObject({ code: "CONFLICT", message: "Only a resolved claim can be published, and this one is open: resolve it with a final rating first." });
    const claim = await resolved();
    for (const actor of [w.users.REVIEWER, w.users.VIEWER]) {
      expect(await refusal(publish(claim.id, {}, actor))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("You cannot publish, republish or unpublish a fact-check: that needs the editor role") });
    }
    expect(await refusal(unpublishClaim({ actor: w.users.REVIEWER, slug, claimId: claim.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await publicationOfClaim({ workspaceId: w.workspace.id, claimId: claim.id })).toBeNull();
    expect(await publicationOfClaim({ workspaceId: w.workspace.id, claimId: open.id })).toBeNull();
  });

  it("refuses an empty summary or headline next to its field", async () => {
    const claim = await resolved();
    expect(await refusal(publish(claim.id, { summary: "" }))).toMatchObject({ code: "VALIDATION", fields: { summary: ["Write a summary for readers: the public page shows it as the verdict's explanation."] } });
    expect(await refusal(publish(claim.id, { headline: "" }))).toMatchObject({ code: "VALIDATION", fields: { headline: [expect.stringMatching(/^Give the fact-check a headline/)] } });
    expect(await publicationOfClaim({ workspaceId: w.workspace.id, claimId: claim.id })).toBeNull();
  });

  it("refuses evidence that cannot be cited or is not the claim's, naming it", async () => {
    const claim = await resolved();
    const call = await addTestEvidenceSource({ workspaceId: w.workspace.id, claimId: claim.id, title: "A phone call", url: null, kind: "STATEMENT" });
    const intranet = await addTestEvidenceSource({ workspaceId: w.workspace.id, claimId: claim.id, title: "Desk wiki", url: "http://10.0.0.5/wiki" });
    const other = await resolved();
    const elsewhere = await addTestEvidenceSource({ workspaceId: w.workspace.id, claimId: other.id, title: "Elsewhere", url: "https://example.org/elsewhere" });

    const notCitable = await refusal(publish(claim.id, { evidenceIds: [call.id, intranet.id] }));
    expect(notCitable.code).toBe("VALIDATION");
    expect(notCitable.fields?.evidenceIds?.[0]).toMatch(/^These cannot be cited: “A phone call” \(This source cannot be cited: it has no web address.*“Desk wiki” \(.*private network address/);
    expect((await refusal(publish(claim.id, { evidenceIds: [elsewhere.id] }))).fields?.evidenceIds?.[0]).toBe(`Not evidence of this claim: ${elsewhere.id}. Choose from the claim's own evidence.`);
    expect(await publicationOfClaim({ workspaceId: w.workspace.id, claimId: claim.id })).toBeNull();
  });

  it("the canonical base: CLAIMBENCH_PUBLIC_URL over the workspace's setting over the app's address", async () => {
    const own = await createTestWorkspace();
    await getDb().workspace.update({ where: { id: own.workspace.id }, data: { publicBaseUrl: "https://checks.example.org" } });
    const claim = await createResolvedTestClaim({ workspaceId: own.workspace.id, slug: own.workspace.slug, editor: own.users.EDITOR });
    const byWorkspace = await publishClaim({ actor: own.users.EDITOR, slug: own.workspace.slug, claimId: claim.id, input: {}, bases });
    expect(byWorkspace.url).toBe(`https://checks.example.org/p/${own.workspace.slug}/${byWorkspace.id}`);
    const byInstance = await publishClaim({ actor: own.users.EDITOR, slug: own.workspace.slug, claimId: claim.id, input: {}, bases: { instance: "https://public.example", app: bases.app } });
    expect(byInstance.url).toBe(`https://public.example/p/${own.workspace.slug}/${byWorkspace.id}`);
  });
});

describe("the data feed", () => {
  it("holds exactly the published claims: published minus unpublished", async () => {
    const feed = await createTestWorkspace();
    const fslug = feed.workspace.slug;
    const claims = [];
    for (const rating of ["True", "False", "Mixed"]) claims.push(await createResolvedTestClaim({ workspaceId: feed.workspace.id, slug: fslug, editor: feed.users.EDITOR, rating }));
    await createResolvedTestClaim({ workspaceId: feed.workspace.id, slug: fslug, editor: feed.users.EDITOR }); // resolved, never published
    const ids = [];
    for (const claim of claims) ids.push((await publishClaim({ actor: feed.users.EDITOR, slug: fslug, claimId: claim.id, input: {}, bases })).id);
    await unpublishClaim({ actor: feed.users.EDITOR, slug: fslug, claimId: claims[1]!.id });

    const list = await listPublicFactChecks({ slug: fslug });
    expect(list?.total).toBe(2);
    expect(list?.items.map((item) => item.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect(list?.items.map((item) => item.factCheck.rating.label).sort()).toEqual(["Mixed", "True"]);
  });
});
