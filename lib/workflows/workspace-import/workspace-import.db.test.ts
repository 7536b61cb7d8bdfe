import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { workspaceFixture } from "@test-support/workspace-json-fixture";
import { listClaimHistory } from "@/lib/data/audit";
import { listImportedVerdicts } from "@/lib/data/verdicts/imported-verdicts";
import { createTestWorkspace } from "@test-support/data";
import { importWorkspace } from "./workspace-import";
import { getWorkspaceAccess, listMyWorkspaces } from "@/lib/data/workspaces/workspaces";

// A workspace import makes nobody but the importer a member, keeps the others' work as imported
// records in their names, and never tells the importer who has an account here.

const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));

/** The fixture naming the importer (in another case) as its owner and a reviewer by this email. */
function documentFor(importerEmail: string, reviewerEmail: string) {
  const doc = workspaceFixture();
  const text = JSON.stringify(doc).replaceAll("owner@example.org", importerEmail.toUpperCase()).replaceAll("rania@example.org", reviewerEmail.toLowerCase());
  const changed = JSON.parse(text) as ReturnType<typeof workspaceFixture>;
  // The people list spells the reviewer's email in another case than the rows that name her.
  changed.people[1]!.email = reviewerEmail;
  return changed;
}

describe("importing a workspace that names other people", () => {
  it("makes only the importer a member, lists the others to invite, and keeps their work as imported in their names", async () => {
    const { users } = await createTestWorkspace(["OWNER"]);
    const importer = users.OWNER;
    const tag = randomBytes(4).toString("hex");
    const rania = await getDb().user.create({ data: { email: `rania-${tag}@example.org`, name: "Rania's own account", passwordHash: "x" }, select: { id: true } });
    const slug = `import-${tag}`;

    const result = await importWorkspace({ actor: importer, input: { fileName: "desk.json", bytes: bytes(documentFor(importer.email, `Rania-${tag}@Example.org`)), slug } });

    expect(result.people).toEqual([{ name: "Rania Reviewer", email: `Rania-${tag}@Example.org`, role: null }]);
    expect(result.assignmentsLeftOut).toBe(1);
    const workspaceId = result.workspace.id;
    expect(await getDb().membership.findMany({ where: { workspaceId }, select: { userId: true, role: true } })).toEqual([{ userId: importer.id, role: "OWNER" }]);
    // Rania's account gained nothing: no membership, no verdict, no history in her name.
    expect(await getWorkspaceAccess({ actor: rania, slug })).toBeNull();
    expect((await listMyWorkspaces({ actor: rania })).map((w) => w.slug)).not.toContain(slug);
    expect(await getDb().verdict.count({ where: { workspaceId } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { workspaceId, actorId: { not: null }, NOT: { entityType: "workspace", action: "import" } } })).toBe(0);

    const claimId = (await getDb().claim.findFirstOrThrow({ where: { workspaceId, status: "RESOLVED" }, select: { id: true } })).id;
    const imported = await listImportedVerdicts({ actor: importer, slug, claimId });
    expect(imported.items.map((v) => [v.reviewerName, v.rationale, v.import.fileName, v.import.importedBy?.name])).toEqual([
      ["Rania Reviewer", "Two sources agree.", "desk.json", expect.stringContaining("OWNER")],
      ["Rania Reviewer", "Cannot tell yet.", "desk.json", expect.stringContaining("OWNER")],
    ]);
    const history = await listClaimHistory({ actor: importer, slug, claimId });
    expect(history).toEqual([
      expect.objectContaining({ entityType: "verdict", actorId: null, actor: null, importedActor: "Rania Reviewer", import: expect.objectContaining({ fileName: "desk.json" }) }),
    ]);
    const record = await getDb().workspaceImport.findFirstOrThrow({ where: { workspaceId }, select: { importedById: true, fileName: true, fromSlug: true } });
    expect(record).toEqual({ importedById: importer.id, fileName: "desk.json", fromSlug: "desk" });
  });

  it("answers the same whether or not the people it names have accounts here (no account enumeration)", async () => {
    const { users } = await createTestWorkspace(["OWNER"]);
    const tag = randomBytes(4).toString("hex");
    await getDb().user.create({ data: { email: `known-${tag}@example.org`, name: "Known", passwordHash: "x" } });
    const known = await importWorkspace({ actor: users.OWNER, input: { fileName: "a.json", bytes: bytes(documentFor(users.OWNER.email, `known-${tag}@example.org`)), slug: `known-${tag}` } });
    const unknown = await importWorkspace({ actor: users.OWNER, input: { fileName: "a.json", bytes: bytes(documentFor(users.OWNER.email, `nobody-${tag}@example.org`)), slug: `nobody-${tag}` } });
    const shape = (r: typeof known) => ({ ...r, workspace: null, people: r.people.map((p) => ({ ...p, email: p.email.replace(/^\w+-/, "") })) });
    expect(shape(known)).toEqual(shape(unknown));
  });

  it("refuses javascript: and data: addresses as the forms do, naming where they are, and writes nothing", async () => {
    const { users } = await createTestWorkspace(["OWNER"]);
    const tag = randomBytes(4).toString("hex");
    const article = documentFor(users.OWNER.email, `r-${tag}@example.org`);
    article.articles[0]!.url = "javascript:alert(document.cookie)";
    const source = documentFor(users.OWNER.email, `r-${tag}@example.org`);
    source.sources[0]!.archivedUrl = "data:text/html,<script>alert(1)</script>";
    for (const [doc, where] of [[article, "articles[0].url"], [source, "sources[0].archivedUrl"]] as const) {
      const slug = `bad-url-${tag}`;
      const error = await importWorkspace({ actor: users.OWNER, input: { fileName: "evil.json", bytes: bytes(doc), slug } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toBe(`evil.json does not match the workspace export format: at ${where}, Only web addresses starting with http:// or https:// are accepted.`);
      expect(await getDb().workspace.findUnique({ where: { slug } })).toBeNull();
    }
  });

  it("reads each article's language as the forms do, identifies it where the file leaves it out, and refuses a bad one", async () => {
    const { users } = await createTestWorkspace(["OWNER"]);
    const tag = randomBytes(4).toString("hex");
    const doc = documentFor(users.OWNER.email, `r-${tag}@example.org`);
    const [english, arabic] = doc.articles as { language?: string | null }[];
    english!.language = "EN-gb";
    delete arabic!.language;
    const result = await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes(doc), slug: `lang-${tag}` } });
    const stored = await getDb().article.findMany({ where: { workspaceId: result.workspace.id }, orderBy: { id: "asc" }, select: { language: true } });
    expect(stored.map((a) => a.language)).toEqual(["en", "ar"]);

    english!.language = "English";
    const error = await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes(doc), slug: `lang-bad-${tag}` } }).catch((e: unknown) => e);
    expect((error as AppError).message).toContain("at articles[0].language, Write the language as a code such as en, ar, fr or es");
  });
});
