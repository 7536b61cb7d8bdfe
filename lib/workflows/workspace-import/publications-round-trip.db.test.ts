import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestWorkspace } from "@test-support/data";
import { createResolvedTestClaim } from "@test-support/publishing";
import { getPublicFactCheck, listPublicFactChecks } from "@/lib/data/publications/public-read";
import { publishClaim } from "../publishing/publish-claim";
import { unpublishClaim } from "../publishing/unpublish-claim";
import { streamWorkspaceJson } from "../export/workspace-dump";
import { importWorkspace } from "./workspace-import";

// Published fact-checks through the workspace JSON (schema version 6): a desk that moves its workspace to
// a new server under the same slug keeps its public pages at the same addresses, with their correction
// logs; what was unpublished stays gone; a copy on the same server gets new addresses, and says how many.

type Doc = { schemaVersion: number; workspace: Record<string, unknown>; publications: { id: string; claimId: string; snapshot: { rating: { colour: string } } }[] };
const BASES = { instance: null, app: "http://localhost:3000" };
const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));

async function exportDocument(actor: { id: string }, slug: string): Promise<Doc> {
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor, slug })) text += chunk;
  return JSON.parse(text) as Doc;
}

/** What a reader sees of one fact-check's page (not its ETag, which moves with any change of the publisher row). */
async function publicPage(slug: string, id: string) {
  const read = await getPublicFactCheck({ slug, id });
  if (read.state !== "published") return read;
  const { validator: _v, id: _id, ...page } = read.publication;
  return { state: read.state, page };
}

async function publicIndex(slug: string) {
  const index = await listPublicFactChecks({ slug });
  return index && { publisher: index.publisher, total: index.total, items: index.items.map((item) => [item.factCheck.headline, item.corrections.map((c) => c.text)]) };
}

async function publishingDesk() {
  const { workspace, users } = await createTestWorkspace();
  const { slug } = workspace;
  await getDb().workspace.update({ where: { id: workspace.id }, data: { publisherLogoUrl: "https://desk.example.org/logo.png", publicBaseUrl: "https://checks.example.org" } });
  const make = () => createResolvedTestClaim({ workspaceId: workspace.id, slug, editor: users.EDITOR });
  const [live, withdrawn, deleted] = [await make(), await make(), await make()];
  const publish = (claimId: string, headline: string) => publishClaim({ actor: users.EDITOR, slug, claimId, input: { headline }, bases: BASES });
  const first = await publish(live.id, "Did IS rule 12 million people?");
  expect((await publish(live.id, "Did IS really rule 12 million people?")).correction).toBe("Headline changed");
  const gone = await publish(withdrawn.id, "Withdrawn fact-check");
  await unpublishClaim({ actor: users.EDITOR, slug, claimId: withdrawn.id });
  const orphan = await publish(deleted.id, "Its claim was deleted");
  await getDb().claim.delete({ where: { id: deleted.id } });
  return { workspace, users, slug, ids: { live: first.id, gone: gone.id, orphan: orphan.id } };
}

describe("publications in the workspace JSON", () => {
  it("round trip: a move to a new server under the same slug keeps the public pages, their addresses and corrections; a copy here gets new addresses", async () => {
    const desk = await publishingDesk();
    const { users, slug, ids } = desk;
    const pageBefore = await publicPage(slug, ids.live);
    const indexBefore = await publicIndex(slug);
    expect(pageBefore).toMatchObject({ state: "published", page: { factCheck: { headline: "Did IS really rule 12 million people?" }, corrections: [{ text: "Headline changed" }] } });
    expect(indexBefore?.total).toBe(1);

    const doc = await exportDocument(users.OWNER, slug);
    expect(doc.schemaVersion).toBe(6);
    expect(doc.workspace).toMatchObject({ publisherLogoUrl: "https://desk.example.org/logo.png", publicBaseUrl: "https://checks.example.org" });
    // The one whose claim was deleted is left out: it could only answer 410.
    expect(doc.publications.map((p) => p.id).sort()).toEqual([ids.live, ids.gone].sort());

    // The old server is gone (its publications with it), and the desk takes its slug on the new one.
    await getDb().publication.deleteMany({ where: { workspaceId: desk.workspace.id } });
    await getDb().workspace.update({ where: { id: desk.workspace.id }, data: { slug: `${slug}-old` } });
    const moved = await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes(doc), slug } });
    expect(moved).toMatchObject({ counts: { publications: 2 }, publicationsWithNewAddresses: 0 });
    expect(await publicPage(slug, ids.live)).toEqual(pageBefore);
    expect(await publicIndex(slug)).toEqual(indexBefore);
    expect(await getPublicFactCheck({ slug, id: ids.gone })).toEqual({ state: "gone" });
    expect(await getPublicFactCheck({ slug, id: ids.orphan })).toEqual({ state: "missing" });

    // The same file again on this server: the addresses are taken, so the copy's fact-checks get new ones.
    const copySlug = `${slug}-copy`;
    const copy = await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes(doc), slug: copySlug } });
    expect(copy.publicationsWithNewAddresses).toBe(2);
    const copyIndex = await listPublicFactChecks({ slug: copySlug });
    const newId = copyIndex!.items[0]!.id;
    expect(newId).not.toBe(ids.live);
    expect(await publicPage(copySlug, newId)).toEqual({ ...pageBefore, page: { ...(pageBefore as { page: object }).page, publisher: { ...indexBefore!.publisher, slug: copySlug } } });
    expect(await getPublicFactCheck({ slug: copySlug, id: ids.live })).toEqual({ state: "missing" });
    // The moved desk's pages still answer at their addresses.
    expect(await publicPage(slug, ids.live)).toEqual(pageBefore);
    const withdrawnCopy = await getDb().publication.findMany({ where: { workspace: { slug: copySlug }, unpublishedAt: { not: null } }, select: { id: true, headline: true } });
    expect(withdrawnCopy).toEqual([{ id: expect.not.stringMatching(ids.gone), headline: "Withdrawn fact-check" }]);
  });

  it("two imports of one file at once: one keeps the addresses, the other gets new ones, and both succeed", async () => {
    const desk = await publishingDesk();
    const doc = await exportDocument(desk.users.OWNER, desk.slug);
    await getDb().publication.deleteMany({ where: { workspaceId: desk.workspace.id } });
    const importAs = (slug: string) => importWorkspace({ actor: desk.users.OWNER, input: { fileName: "desk.json", bytes: bytes(doc), slug } });
    const results = await Promise.all([importAs(`${desk.slug}-a`), importAs(`${desk.slug}-b`)]);
    expect(results.map((r) => r.publicationsWithNewAddresses).sort()).toEqual([0, 2]);
    const keeper = results.find((r) => r.publicationsWithNewAddresses === 0)!.workspace.slug;
    expect(await getPublicFactCheck({ slug: keeper, id: desk.ids.live })).toMatchObject({ state: "published" });
  });

  it("imports a version 5 file (before publications) as a workspace that published nothing", async () => {
    const { users, slug } = await publishingDesk();
    const { publications: _none, workspace: { publisherLogoUrl: _logo, publicBaseUrl: _base, ...workspace }, ...older } = await exportDocument(users.OWNER, slug);
    const result = await importWorkspace({ actor: users.OWNER, input: { fileName: "old.json", bytes: bytes({ ...older, workspace, schemaVersion: 5 }), slug: `${slug}-v5` } });
    expect(result).toMatchObject({ counts: { publications: 0, claims: 2 }, publicationsWithNewAddresses: 0 });
    expect(await listPublicFactChecks({ slug: `${slug}-v5` })).toBeNull();
    expect(await getDb().workspace.findUniqueOrThrow({ where: { slug: `${slug}-v5` }, select: { publisherLogoUrl: true, publicBaseUrl: true } })).toEqual({ publisherLogoUrl: null, publicBaseUrl: null });
  });

  it("refuses the whole file when a snapshot was tampered with, naming the publication, and writes nothing", async () => {
    const { users, slug } = await publishingDesk();
    const doc = await exportDocument(users.OWNER, slug);
    doc.publications[1]!.snapshot.rating.colour = "red;}</style><script>alert(1)</script>";
    const error = await importWorkspace({ actor: users.OWNER, input: { fileName: "tampered.json", bytes: bytes(doc), slug: `${slug}-bad` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(new RegExp(`^tampered\\.json does not match the workspace export format: at publications\\[1\\]\\.snapshot\\.rating\\.colour \\(publication ${doc.publications[1]!.id}\\), `)) });
    expect(await getDb().workspace.findUnique({ where: { slug: `${slug}-bad` } })).toBeNull();
  });
});
