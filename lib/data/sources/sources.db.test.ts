import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addArticleEvidenceSchema, addExternalEvidenceSchema } from "@/lib/schemas/evidence";
import { createSourceSchema, updateSourceSchema } from "@/lib/schemas/source";
import { addArticleEvidence, addExternalEvidence } from "../evidence/evidence";
import { createSource, getSource, listSources, updateSource } from "./sources";
import { auditEventsFor, countEvidenceRows, createSpanClaim, createTestArticle, createTestWorkspace, withAuditFailingFor } from "@test-support/data";

const BODY = "IS held a third of Iraq in 2014.\n\nIt lost Mosul in 2017.\n\nIt kept a few villages.";

const sourceInput = (extra: Record<string, unknown> = {}) =>
  createSourceSchema.parse({ kind: "DATASET", title: "ACLED conflict events", url: "https://acleddata.com/data", publisher: "ACLED", publishedAt: "2017-12-31", reliability: "4", ...extra });

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const article = await createTestArticle(workspace.id, BODY);
  return { slug: workspace.slug, workspaceId: workspace.id, users, articleId: article.id };
}

describe("sources", () => {
  it("are created by reviewers with one audit event; viewers are refused and outsiders do not find the workspace", async () => {
    const { slug, workspaceId, users } = await setup();
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    const before = await countEvidenceRows(workspaceId);
    await expect(createSource({ actor: users.VIEWER, slug, input: sourceInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createSource({ actor: outsider, slug, input: sourceInput() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countEvidenceRows(workspaceId)).toEqual(before);

    const source = await createSource({ actor: users.REVIEWER, slug, input: sourceInput() });
    expect(source).toMatchObject({ kind: "DATASET", title: "ACLED conflict events", reliability: 4, version: 1, publishedAt: new Date("2017-12-31T00:00:00Z") });
    expect(await countEvidenceRows(workspaceId)).toEqual({ ...before, sources: before.sources + 1, auditEvents: before.auditEvents + 1 });
    expect(await auditEventsFor(source.id)).toMatchObject([{ action: "create", actorId: users.REVIEWER.id, after: { title: "ACLED conflict events", url: "https://acleddata.com/data" } }]);
    expect(await getSource({ actor: outsider, slug, sourceId: source.id })).toBeNull();
  });

  it("refuse addresses that are not http or https, and require one for web pages", () => {
    for (const url of ["javascript:alert(document.cookie)", " JAVASCRIPT:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "ftp://example.org/a.csv", "file:///etc/passwd"]) {
      const result = createSourceSchema.safeParse({ kind: "WEB_PAGE", title: "Bad", url });
      expect(result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["url", "Only web addresses starting with http:// or https:// are accepted."]]);
    }
    const missing = createSourceSchema.safeParse({ kind: "WEB_PAGE", title: "No address" });
    expect(missing.success ? null : missing.error.issues[0]?.message).toBe("Enter the source's web address, such as https://example.org/report.");
    expect(createSourceSchema.safeParse({ kind: "STATEMENT", title: "Said on the phone to our reporter" }).success).toBe(true);
  });

  it("are edited by editors only, against the version they read; a stale save changes nothing", async () => {
    const { slug, workspaceId, users } = await setup();
    const source = await createSource({ actor: users.REVIEWER, slug, input: sourceInput() });
    const edit = (version: number, extra: Record<string, unknown>) =>
      updateSourceSchema.parse({ sourceId: source.id, version, kind: "DATASET", title: "ACLED conflict events", url: "https://acleddata.com/data", publisher: "ACLED", publishedAt: "2017-12-31", reliability: "4", ...extra });

    await expect(updateSource({ actor: users.REVIEWER, slug, input: edit(1, { title: "By a reviewer" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const saved = await updateSource({ actor: users.EDITOR, slug, input: edit(1, { title: "ACLED: Iraq and Syria", archivedUrl: "https://web.archive.org/web/2018/https://acleddata.com/data" }) });
    expect(saved).toMatchObject({ title: "ACLED: Iraq and Syria", version: 2 });
    const events = await auditEventsFor(source.id);
    expect(events.at(-1)).toMatchObject({ action: "update", before: { title: "ACLED conflict events", archivedUrl: null }, after: { title: "ACLED: Iraq and Syria" } });
    expect(Object.keys(events.at(-1)!.after as object).sort()).toEqual(["archivedUrl", "title"]);

    const rows = await countEvidenceRows(workspaceId);
    await expect(updateSource({ actor: users.OWNER, slug, input: edit(1, { title: "Stale" }) }))
      .rejects.toMatchObject({ code: "CONFLICT", details: { current: { title: "ACLED: Iraq and Syria", version: 2 } } });
    await expect(withAuditFailingFor(source.id, () => updateSource({ actor: users.OWNER, slug, input: edit(2, { title: "Lost with its event" }) }))).rejects.toThrow();
    expect(await countEvidenceRows(workspaceId)).toEqual(rows);
    expect(await getSource({ actor: users.VIEWER, slug, sourceId: source.id })).toMatchObject({ title: "ACLED: Iraq and Syria", version: 2 });
  });

  it("are listed with how many claims each supports, contradicts and gives context to", async () => {
    const { slug, workspaceId, users, articleId } = await setup();
    const claims = await Promise.all(
      ["IS held a third of Iraq in 2014.", "It lost Mosul in 2017."].map((quote) => createSpanClaim({ workspaceId, articleId, body: BODY, quote })),
    );
    const dataset = await createSource({ actor: users.REVIEWER, slug, input: sourceInput() });
    const link = (claimId: string, stance: string, excerpt = "Mosul retaken") =>
      addExternalEvidence({ actor: users.REVIEWER, slug, input: addExternalEvidenceSchema.parse({ claimId, stance, excerpt, sourceMode: "existing", sourceId: dataset.id }) });
    await link(claims[0]!.id, "SUPPORTS");
    await link(claims[0]!.id, "SUPPORTS", "a second excerpt for the same claim");
    await link(claims[1]!.id, "SUPPORTS");
    await link(claims[1]!.id, "CONTEXT");
    const start = BODY.indexOf("It kept a few villages.");
    await addArticleEvidence({ actor: users.REVIEWER, slug, input: addArticleEvidenceSchema.parse({ claimId: claims[1]!.id, articleId, start, end: start + 23, exact: "It kept a few villages.", stance: "CONTRADICTS" }) });

    const listed = await listSources({ actor: users.VIEWER, slug });
    expect(listed.map((s) => [s.kind, s.claims])).toEqual([
      ["ARTICLE", { SUPPORTS: 0, CONTRADICTS: 1, CONTEXT: 0 }],
      ["DATASET", { SUPPORTS: 2, CONTRADICTS: 0, CONTEXT: 1 }],
    ]);
    expect((await listSources({ actor: users.VIEWER, slug, q: "acled" })).map((s) => s.id)).toEqual([dataset.id]);
    expect((await listSources({ actor: users.VIEWER, slug, externalOnly: true })).map((s) => s.id)).toEqual([dataset.id]);
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    expect(await listSources({ actor: outsider, slug })).toEqual([]);
    // The article's source carries the article's title; it is edited through the article, not here.
    const articleSource = listed[0]!;
    expect(articleSource).toMatchObject({ title: "Test article", articleId });
    await expect(updateSource({ actor: users.EDITOR, slug, input: updateSourceSchema.parse({ sourceId: articleSource.id, version: 1, kind: "WEB_PAGE", title: "x", url: "https://x.org" }) }))
      .rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().source.count({ where: { workspaceId, articleId } })).toBe(1);
  });
});
