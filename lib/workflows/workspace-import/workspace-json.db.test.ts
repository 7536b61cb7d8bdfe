import { WORKSPACE_SCHEMA_VERSION } from "@/lib/schemas/workspace-json";
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { seedDemoActivity } from "@/seeds/demo-activity";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { countOpenDisagreements } from "@/lib/data/disagreements/disagreement-counts";
import { listClaimVerdicts } from "@/lib/data/verdicts/verdicts";
import { listImportedVerdicts } from "@/lib/data/verdicts/imported-verdicts";
import { addTestMember, createSpanClaim, createTestArticle, EDITOR_READER, ratingIds, withAuditFailingFor } from "@test-support/data";
import { Prisma } from "@/lib/generated/prisma/client";
import { sourceRowSchema } from "@/lib/schemas/workspace-json";
import { claimReviewFixture } from "@test-support/claimreview-fixtures";
import { publishTestFactCheck, testFactCheck } from "@test-support/publications";
import { importClaimReviewFile, listFactChecksToLink } from "../claimreview-import/claimreview-import";
import { dumpWorkspace, streamWorkspaceJson } from "../export/workspace-dump";
import { importWorkspace } from "./workspace-import";

// An editor: blind review hides nothing from them, so the counts are the whole workspace's.

// A desk at work (the demo's claims, evidence, verdicts and resolution), plus what the demo lacks:
// an Arabic article with an orphaned claim, a reviewer's changed verdict, a former member's verdict,
// an assignment, a dismissed suggestion, an external source, and history about a deleted row.
async function createRichWorkspace() {
  const tag = randomBytes(4).toString("hex");
  const person = (key: string, role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER") => ({ email: `${key}-${tag}@json.example.org`, name: `${key} ${tag}`, role, password: "test-password" });
  const users = [person("owner", "OWNER"), person("editor", "EDITOR"), person("reviewer1", "REVIEWER"), person("reviewer2", "REVIEWER"), person("viewer", "VIEWER")];
  const slug = `json-${tag}`;
  const seeded = await seedWorkspace({ slug, name: `JSON ${tag}`, organizationName: "Desk ديسك", users, withCorpus: true });
  const id = (n: number) => ({ id: seeded.userIds[users[n]!.email]! });
  await seedDemoActivity(slug, { reviewer1: id(2), reviewer2: id(3), editor: id(1) });

  const db = getDb();
  const workspaceId = seeded.workspaceId;
  const ratings = await ratingIds(workspaceId);
  const body = `قال المرصد إن التنظيم سيطر على نحو 12 مليون نسمة في ذروته عام 2014. ${tag}`;
  const arabic = await createTestArticle(workspaceId, body);
  const orphan = await createSpanClaim({ workspaceId, articleId: arabic.id, body, quote: "نحو 12 مليون نسمة", createdById: id(2).id });
  await db.claim.update({ where: { id: orphan.id }, data: { anchorStatus: "ORPHANED", start: 400, end: 417, tags: ["سكان"] } });
  const claim = await db.claim.findFirstOrThrow({ where: { workspaceId, status: { not: "RESOLVED" }, verdicts: { some: { reviewerId: id(2).id } } }, select: { id: true } });
  await db.verdict.create({ data: { workspaceId, claimId: claim.id, reviewerId: id(2).id, ratingId: ratings["Mostly false"]!, rationale: "Changed my mind: رأي ثانٍ." } });
  const former = await addTestMember(workspaceId, "REVIEWER", "Former");
  await db.verdict.create({ data: { workspaceId, claimId: orphan.id, reviewerId: former.id, ratingId: ratings["Unverifiable"]!, rationale: "Could not find it." } });
  await db.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: former.id } } });
  await db.claimAssignment.create({ data: { workspaceId, claimId: orphan.id, reviewerId: id(3).id, assignedById: id(1).id } });
  await db.dismissedSuggestion.create({ data: { workspaceId, articleId: arabic.id, exact: "2014", start: body.indexOf("2014"), end: body.indexOf("2014") + 4, dismissedById: id(1).id } });
  const source = await db.source.create({ data: { workspaceId, kind: "WEB_PAGE", title: "UN statement", url: `https://un.example.org/${tag}`, reliability: 4, createdById: id(3).id }, select: { id: true } });
  await db.evidence.create({ data: { workspaceId, claimId: orphan.id, sourceId: source.id, stance: "CONTRADICTS", exact: "", note: "Different figure." } });
  await db.auditEvent.create({ data: { workspaceId, actorId: id(1).id, entityType: "evidence", entityId: randomUUID(), claimId: orphan.id, action: "remove", before: { sourceId: source.id } } });
  // A published fact-check, republished with a correction (lib/workflows/workspace-import/publications-round-trip.db.test.ts has the public pages).
  await publishTestFactCheck({ workspaceId, claimId: orphan.id });
  await publishTestFactCheck({ workspaceId, claimId: orphan.id, factCheck: testFactCheck({ ratingLabel: "Mixed" }), correction: "Rating changed from Mostly true to Mixed" });
  // Outside fact-checks as the ClaimReview import stores them: a rating placed on the scale (the Hindi
  // page's), ratings kept as text in three languages (the Fact Check Tools answer's).
  for (const name of ["hi-article-page.html", "factcheck-tools-multilingual.json"]) {
    expect(await importClaimReviewFile({ actor: id(2), slug, file: claimReviewFixture(name) })).toMatchObject({ status: "imported" });
  }
  return { slug, workspaceId, owner: id(0), editor: id(1), reviewer: id(2), tag };
}

async function exportText(actor: { id: string }, slug: string, batchSize?: number) {
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor, slug, batchSize })) text += chunk;
  return text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The document without what an import regenerates or, by design, does not carry over (see
 * lib/workflows/workspace-import/workspace-import.ts): ids become #n by first appearance; people, assignments and every
 * person a row names are left out (the import makes no one but the importer a member, and names
 * the original authors only as imported).
 */
function comparable(text: string) {
  const doc = JSON.parse(text);
  delete doc.exportedAt;
  delete doc.workspace.slug;
  delete doc.workspace.name;
  delete doc.people;
  delete doc.assignments;
  doc.auditEvents = doc.auditEvents.filter((event: { action: string; entityType: string }) => !(event.entityType === "workspace" && event.action === "import"));
  const PERSON_FIELDS = new Set(["importedBy", "createdBy", "resolvedBy", "dismissedBy", "actor"]);
  for (const section of ["articles", "claims", "sources", "evidence", "dismissedSuggestions", "sameClaimLinks", "auditEvents"]) {
    for (const row of doc[section]) for (const key of Object.keys(row)) if (PERSON_FIELDS.has(key)) delete row[key];
  }
  const names = new Map<string, string>();
  const rename = (value: unknown): unknown => {
    if (typeof value === "string" && UUID.test(value)) {
      if (!names.has(value)) names.set(value, `#${names.size}`);
      return names.get(value);
    }
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return value;
  };
  return rename(doc) as Record<string, unknown[]>;
}

async function workspaceRowCounts(slug: string) {
  const db = getDb();
  const workspace = await db.workspace.findUnique({ where: { slug }, select: { id: true } });
  const where = { workspaceId: workspace?.id ?? randomUUID() };
  const counts = await Promise.all([
    db.membership.count({ where }), db.article.count({ where }), db.claim.count({ where }), db.source.count({ where }), db.evidence.count({ where }),
    db.verdict.count({ where }), db.auditEvent.count({ where }),
  ]);
  return { exists: workspace !== null, counts };
}

const file = (text: string | Uint8Array) => (typeof text === "string" ? new TextEncoder().encode(text) : text);

describe("workspace JSON export and import", () => {
  it("round trip: export → import → export gives the same document, except the documented regenerated fields", async () => {
    const rich = await createRichWorkspace();
    const first = await exportText(rich.owner, rich.slug);
    const doc = JSON.parse(first);
    // The document is the rich one, not an empty shell.
    expect(doc).toMatchObject({ format: "claimbench-workspace", schemaVersion: WORKSPACE_SCHEMA_VERSION, workspace: { organizationName: "Desk ديسك", blindReview: true } });
    expect(doc.articles.length).toBe(9); // five seed articles, the three texts written for the demo, and the Arabic one here
    expect(doc.articles.some((a: { body: string }) => a.body.includes("مليون نسمة"))).toBe(true);
    expect(doc.articles.some((a: { importRemoved: unknown[] }) => a.importRemoved.length > 0)).toBe(true);
    expect(doc.claims.some((c: { anchorStatus: string }) => c.anchorStatus === "ORPHANED")).toBe(true);
    expect(doc.sameClaimLinks).toHaveLength(1); // the demo's Yazidi captives, marked twice
    expect(doc.claims.some((c: { status: string; finalRatingId: string | null }) => c.status === "RESOLVED" && c.finalRatingId)).toBe(true);
    const perReviewerClaim = new Map<string, number>();
    for (const v of doc.verdicts as { claimId: string; reviewer: string }[]) perReviewerClaim.set(`${v.claimId} ${v.reviewer}`, (perReviewerClaim.get(`${v.claimId} ${v.reviewer}`) ?? 0) + 1);
    expect(Math.max(...perReviewerClaim.values())).toBeGreaterThanOrEqual(2);
    expect(doc.people.some((p: { email: string; role: string | null }) => p.email.startsWith("former-") && p.role === null)).toBe(true);
    for (const section of ["sources", "evidence", "assignments", "dismissedSuggestions", "publications", "auditEvents"]) expect(doc[section].length, section).toBeGreaterThan(0);

    const slug = `json-copy-${rich.tag}`;
    const result = await importWorkspace({ actor: rich.owner, input: { fileName: "desk.json", bytes: file(first), slug, name: "The copy" } });
    expect(result.workspace).toMatchObject({ slug, name: "The copy" });
    expect(result.counts).toMatchObject({ articles: 9, claims: doc.claims.length, verdicts: doc.verdicts.length });

    const second = await exportText(rich.owner, slug);
    const copy = JSON.parse(second);
    expect(copy.workspace).toMatchObject({ slug, name: "The copy" });
    expect(comparable(second)).toEqual(comparable(first));
    // The outside fact-checks came through whole: what was reviewed, by whom, the rating as given and the level it was placed on.
    const factChecks = (doc.sources as { kind: string; claimReviewed: string | null; ratingLevelId: string | null; language: string | null }[]).filter((s) => s.kind === "FACT_CHECK");
    expect(factChecks).toHaveLength(4);
    expect(factChecks.every((s) => s.claimReviewed && s.language)).toBe(true);
    expect(factChecks.filter((s) => s.ratingLevelId).length).toBeGreaterThan(0);
    const shown = async (s: string) => (await listFactChecksToLink({ actor: rich.owner, slug: s })).map((f) => ({
      title: f.title, url: f.url, claimReviewed: f.claimReviewed, publisher: f.publisher, publisherSite: f.publisherSite, language: f.language,
      publishedAt: f.publishedAt, rating: [f.ratingLabel, f.ratingValue, f.ratingBest, f.ratingWorst], ratingLevel: f.ratingLevel?.label ?? null, note: f.note,
    }));
    const originalFactChecks = await shown(rich.slug);
    expect(originalFactChecks.map((f) => f.ratingLevel)).toContain("Mostly false");
    expect(await shown(slug)).toEqual(originalFactChecks);
    const importEvents = copy.auditEvents.filter((e: { entityType: string; action: string }) => e.entityType === "workspace" && e.action === "import");
    expect(importEvents).toHaveLength(1);
    const ownerEmail = doc.people.find((p: { role: string }) => p.role === "OWNER").email;
    expect(importEvents[0]).toMatchObject({ actor: ownerEmail, after: { fileName: "desk.json", fromSlug: rich.slug } });

    // Nobody but the importer became a member; the others are listed to be invited, assignments left out.
    const copyId = (await getDb().workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    expect(await getDb().membership.findMany({ where: { workspaceId: copyId }, select: { userId: true, role: true } })).toEqual([{ userId: rich.owner.id, role: "OWNER" }]);
    const others = (doc.people as { email: string; name: string; role: string | null }[]).filter((p) => p.email !== ownerEmail).map(({ email, name, role }) => ({ email, name, role }));
    expect(result.people).toEqual(others);
    expect(result.assignmentsLeftOut).toBe(doc.assignments.length);
    expect(copy.assignments).toEqual([]);
    // Their verdicts came as imported verdicts: exported again as verdicts in their names, without a role.
    const reviewers = new Set((doc.verdicts as { reviewer: string }[]).map((v) => v.reviewer));
    expect(copy.people.filter((p: { role: string | null }) => p.role !== null).map((p: { email: string }) => p.email)).toEqual([ownerEmail]);
    expect(new Set(copy.people.filter((p: { role: string | null }) => p.role === null).map((p: { email: string }) => p.email))).toEqual(new Set([...reviewers].filter((e) => e !== ownerEmail)));
    // The history keeps who did what elsewhere, as imported, and names no actor here.
    const events = await getDb().auditEvent.findMany({ where: { workspaceId: copyId, NOT: { entityType: "workspace", action: "import" } }, select: { actorId: true, importId: true, importedActor: true } });
    expect(events.every((e) => e.actorId === null && e.importId !== null)).toBe(true);
    const names = new Map((doc.people as { email: string; name: string }[]).map((p) => [p.email, p.name]));
    expect(events.map((e) => e.importedActor).sort()).toEqual((doc.auditEvents as { actor: string | null }[]).map((e) => (e.actor ? names.get(e.actor)! : null)).sort());

    // A claim's verdicts are on the copy as imported verdicts, every one, with the same ratings and rationales.
    const original = (doc.verdicts as { claimId: string }[]).at(-1)!.claimId;
    const index = (doc.claims as { id: string }[]).findIndex((c) => c.id === original);
    const copied = copy.claims[index].id;
    const before = await listClaimVerdicts({ actor: rich.owner, slug: rich.slug, claimId: original });
    expect((await listClaimVerdicts({ actor: rich.owner, slug, claimId: copied })).history).toEqual([]);
    const imported = await listImportedVerdicts({ actor: rich.owner, slug, claimId: copied });
    expect(imported.items.map((v) => [v.reviewerName, v.rating.label, v.rationale, v.import.fileName])).toEqual(
      before.history.map((v) => [v.reviewer.name, v.rating.label, v.rationale, "desk.json"]),
    );

    // The derived queue (stored conflict pairs and queue rows) is rebuilt: the copy has the same source
    // and figure conflicts (the demo's among them); reviewer splits are between this workspace's reviewers.
    const workspaceIds = await getDb().workspace.findMany({ where: { slug: { in: [rich.slug, slug] } }, select: { id: true, slug: true } });
    const idOf = (s: string) => workspaceIds.find((w) => w.slug === s)!.id;
    const countsBefore = await countOpenDisagreements(idOf(rich.slug), EDITOR_READER);
    expect(countsBefore["figure-conflict"]).toBeGreaterThan(0);
    expect(await countOpenDisagreements(idOf(slug), EDITOR_READER)).toEqual({ ...countsBefore, "reviewer-split": 0 });
  });

  it("exports every column of a source (bar its workspace, and its author by email)", () => {
    const exported = new Set([...Object.keys(sourceRowSchema.shape), "workspaceId", "createdById"]);
    expect(Object.keys(Prisma.SourceScalarFieldEnum).filter((column) => !exported.has(column))).toEqual([]);
  });

  it("imports a version 1 export (before sources carried fact-checks): its sources come in as no fact-check", async () => {
    const rich = await createRichWorkspace();
    const doc = JSON.parse(await exportText(rich.owner, rich.slug));
    const added = ["claimReviewed", "claimant", "publisherSite", "language", "ratingLabel", "ratingValue", "ratingBest", "ratingWorst", "ratingLevelId"];
    const older = { ...doc, schemaVersion: 1, sources: doc.sources.map((source: Record<string, unknown>) => Object.fromEntries(Object.entries(source).filter(([key]) => !added.includes(key)))) };
    const slug = `json-v1-${rich.tag}`;
    const result = await importWorkspace({ actor: rich.owner, input: { fileName: "old-desk.json", bytes: file(JSON.stringify(older)), slug } });
    expect(result.counts.sources).toBe(doc.sources.length);
    const copy = JSON.parse(await exportText(rich.owner, slug));
    expect(copy.schemaVersion).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(copy.sources.map((s: { title: string; claimReviewed: string | null; ratingLevelId: string | null }) => [s.title, s.claimReviewed, s.ratingLevelId])).toEqual(
      doc.sources.map((s: { title: string }) => [s.title, null, null]),
    );
  });

  it("streams from the database in keyset batches", async () => {
    const rich = await createRichWorkspace();
    const dump = await dumpWorkspace({ actor: rich.owner, slug: rich.slug, batchSize: 4 });
    const total = await getDb().claim.count({ where: { workspaceId: rich.workspaceId } });
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const batch of dump.sections.claims()) {
      sizes.push(batch.length);
      ids.push(...batch.map((claim) => claim.id));
    }
    expect(total).toBeGreaterThan(8);
    expect(sizes.length).toBe(Math.ceil(total / 4));
    expect(sizes.every((size) => size <= 4)).toBe(true);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(total);
    // A small batch size gives the same document as the default.
    expect(comparable(await exportText(rich.owner, rich.slug, 3))).toEqual(comparable(await exportText(rich.owner, rich.slug)));
  });

  it("is for owners and editors: reviewers would see verdicts blind review hides", async () => {
    const rich = await createRichWorkspace();
    await expect(streamWorkspaceJson({ actor: rich.editor, slug: rich.slug })).resolves.toBeDefined();
    await expect(streamWorkspaceJson({ actor: rich.reviewer, slug: rich.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(streamWorkspaceJson({ actor: { id: randomUUID() }, slug: rich.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is atomic: a failure late in the import leaves nothing", async () => {
    const rich = await createRichWorkspace();
    const doc = JSON.parse(await exportText(rich.owner, rich.slug));
    // History about a row that no longer exists keeps its entityId; the database refuses that event,
    // which is written after every other row.
    const gone = randomUUID();
    doc.auditEvents.push({ ...doc.auditEvents.at(-1), id: randomUUID(), entityId: gone, claimId: null });
    const slug = `json-fail-${rich.tag}`;
    const memberships = await getDb().membership.count({ where: { userId: rich.owner.id } });
    await expect(
      withAuditFailingFor(gone, () => importWorkspace({ actor: rich.owner, input: { fileName: "desk.json", bytes: file(JSON.stringify(doc)), slug } })),
    ).rejects.toThrow();
    expect(await workspaceRowCounts(slug)).toEqual({ exists: false, counts: [0, 0, 0, 0, 0, 0, 0] });
    expect(await getDb().membership.count({ where: { userId: rich.owner.id } })).toBe(memberships);
    // The same file imports once the database accepts it.
    await importWorkspace({ actor: rich.owner, input: { fileName: "desk.json", bytes: file(JSON.stringify(doc)), slug } });
    expect((await workspaceRowCounts(slug)).exists).toBe(true);
  });

  it("refuses each bad file with a message naming it, and writes nothing", async () => {
    const rich = await createRichWorkspace();
    const good = await exportText(rich.owner, rich.slug);
    const newer = JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 });
    const invalid = JSON.parse(good);
    invalid.claims[2].start = "twelve";
    const duplicateArticle = JSON.parse(good);
    duplicateArticle.articles[1].bodyHash = duplicateArticle.articles[0].bodyHash;
    const cases: [name: string, bytes: Uint8Array, message: RegExp][] = [
      ["malformed.json", file('{"format": "claimbench-workspace", nope}'), /^malformed\.json is not valid JSON: /],
      ["truncated.json", file(good.slice(0, Math.floor(good.length * 0.6))), /^truncated\.json ends in the middle of the JSON: it was cut off/],
      ["report.json", file("%PDF-1.4\n1 0 obj << /Type /Catalog >>"), /^report\.json is a PDF document, not a Claimbench workspace export/],
      ["page.json", file("<!doctype html><html><script>alert(1)</script></html>"), /^page\.json is an HTML page/],
      ["empty.json", file(""), /^empty\.json is empty\./],
      ["blank.json", file("   \n\n  "), /^blank\.json is empty \(only whitespace\)/],
      ["newer.json", file(newer), /^newer\.json was exported by a newer Claimbench \(schema version 99; this one reads up to 6\)\. Upgrade Claimbench/],
      ["invalid.json", file(JSON.stringify(invalid)), /^invalid\.json does not match the workspace export format: at claims\[2\]\.start, /],
      ["twice.json", file(JSON.stringify(duplicateArticle)), /^twice\.json holds two rows that may exist only once in a workspace/],
    ];
    for (const [fileName, bytes, message] of cases) {
      const slug = `json-bad-${rich.tag}`;
      const error = await importWorkspace({ actor: rich.owner, input: { fileName, bytes, slug } }).catch((e: unknown) => e);
      expect(error, fileName).toBeInstanceOf(AppError);
      expect((error as AppError).code, fileName).toBe("VALIDATION");
      expect((error as AppError).message, fileName).toMatch(message);
      expect(await workspaceRowCounts(slug), fileName).toEqual({ exists: false, counts: [0, 0, 0, 0, 0, 0, 0] });
    }
  });

  it("refuses a file over the configured limit, stating it, and a slug that is taken", async () => {
    const rich = await createRichWorkspace();
    const good = await exportText(rich.owner, rich.slug);
    vi.stubEnv("CLAIMBENCH_MAX_UPLOAD_BYTES", String(1024 * 1024));
    try {
      const big = file(good.padEnd(1024 * 1024 + 10, " "));
      await expect(importWorkspace({ actor: rich.owner, input: { fileName: "big.json", bytes: big, slug: `json-big-${rich.tag}` } })).rejects.toThrow(
        /^big\.json is 1 MB, over the upload limit of 1 MB\./,
      );
    } finally {
      vi.unstubAllEnvs();
    }
    expect((await workspaceRowCounts(`json-big-${rich.tag}`)).exists).toBe(false);
    await expect(importWorkspace({ actor: rich.owner, input: { fileName: "desk.json", bytes: file(good), slug: rich.slug } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `A workspace with the slug "${rich.slug}" already exists. Choose another slug.`,
    });
  });
});
