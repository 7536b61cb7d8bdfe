import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { addArticleEvidenceSchema, addExternalEvidenceSchema } from "@/lib/schemas/evidence";
import { updateArticleText } from "../articles/article-text";
import { listClaimHistory } from "../audit";
import { addArticleEvidence, addExternalEvidence, listClaimEvidence, removeEvidence } from "./evidence";
import { suggestEvidence } from "./evidence-suggestions";
import { auditEventsFor, countEvidenceRows, createSpanClaim, createTestArticle, createTestWorkspace, withAuditFailingFor } from "@test-support/data";

const CLAIM_BODY = "Recent advances have cost ISIS 12 percent of their territory, officials said.\n\nThe offensive on Mosul is next.";
const COMMENT_BODY = "A reader writes.\n\n-That sounds high. Fallujah and Manbij don't hold that much territory.\n\nAnother line.";
const PASSAGE = "That sounds high. Fallujah and Manbij don't hold that much territory.";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const claimArticle = await createTestArticle(workspace.id, CLAIM_BODY);
  const article = await createTestArticle(workspace.id, COMMENT_BODY);
  const claim = await createSpanClaim({ workspaceId: workspace.id, articleId: claimArticle.id, body: CLAIM_BODY, quote: "cost ISIS 12 percent of their territory", createdById: users.REVIEWER.id });
  return { slug: workspace.slug, workspaceId: workspace.id, users, claim, claimArticleId: claimArticle.id, articleId: article.id };
}

function passage(claimId: string, articleId: string, quote = PASSAGE, body = COMMENT_BODY, extra: Record<string, unknown> = {}) {
  const start = body.indexOf(quote);
  return addArticleEvidenceSchema.parse({ claimId, articleId, start, end: start + quote.length, exact: quote, stance: "CONTRADICTS", note: "Reader doubts the figure", ...extra });
}

const external = (claimId: string, extra: Record<string, unknown> = {}) =>
  addExternalEvidenceSchema.parse({
    claimId, stance: "SUPPORTS", excerpt: "ISIS lost 12% of its territory in the first half of 2016.", sourceMode: "new",
    kind: "WEB_PAGE", title: "Islamic State territory down 12 percent", url: "https://example.org/ihs-2016", publisher: "IHS Jane's", publishedAt: "2016-07-10", ...extra,
  });

describe("linking a passage of an article as evidence", () => {
  it("anchors it like a claim, makes an article source once, and records one event that moves the claim to review", async () => {
    const { slug, workspaceId, users, claim, articleId } = await setup();
    const before = await countEvidenceRows(workspaceId);
    const first = await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    expect(first.claimStatus).toBe("IN_REVIEW");

    const [evidence] = await listClaimEvidence({ actor: users.VIEWER, slug, claimId: claim.id });
    const start = COMMENT_BODY.indexOf(PASSAGE);
    expect(evidence).toMatchObject({ stance: "CONTRADICTS", exact: PASSAGE, start, end: start + PASSAGE.length, anchorStatus: "EXACT", note: "Reader doubts the figure" });
    expect(evidence!.source).toMatchObject({ kind: "ARTICLE", articleId, title: "Test article" });
    const row = await getDb().evidence.findUniqueOrThrow({ where: { id: first.id }, select: { prefix: true, suffix: true } });
    expect(row).toEqual({ prefix: COMMENT_BODY.slice(0, start), suffix: COMMENT_BODY.slice(start + PASSAGE.length) });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");

    // One mutation, one event: the source and the status change are in the evidence's own event.
    expect(await countEvidenceRows(workspaceId)).toEqual({ evidence: before.evidence + 1, sources: before.sources + 1, auditEvents: before.auditEvents + 1 });
    expect(await auditEventsFor(first.id)).toMatchObject([{ action: "create", actorId: users.REVIEWER.id, after: { stance: "CONTRADICTS", sourceCreated: true, claimStatus: "IN_REVIEW" } }]);

    const other = "Another line.";
    const second = await addArticleEvidence({ actor: users.EDITOR, slug, input: passage(claim.id, articleId, other, COMMENT_BODY, { stance: "CONTEXT" }) });
    expect(second.claimStatus).toBeNull();
    expect(await countEvidenceRows(workspaceId)).toEqual({ evidence: before.evidence + 2, sources: before.sources + 1, auditEvents: before.auditEvents + 2 });
    const [event] = await auditEventsFor(second.id);
    expect(event!.after).not.toHaveProperty("claimStatus");
    const history = await listClaimHistory({ actor: users.VIEWER, slug, claimId: claim.id });
    expect(history.map((e) => `${e.entityType}:${e.action}`)).toEqual(["evidence:create", "evidence:create"]);
  });

  it("accepts a passage of the claim's own article, but not the claim itself nor a passage linked twice", async () => {
    const { slug, users, claim, claimArticleId, articleId } = await setup();
    await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, claimArticleId, "The offensive on Mosul is next.", CLAIM_BODY, { stance: "CONTEXT" }) });
    await expect(addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, claimArticleId, "cost ISIS 12 percent of their territory", CLAIM_BODY) }))
      .rejects.toMatchObject({ code: "VALIDATION", details: { fieldErrors: { exact: [expect.stringContaining("the claim itself")] } } });
    await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    await expect(addArticleEvidence({ actor: users.EDITOR, slug, input: passage(claim.id, articleId, PASSAGE, COMMENT_BODY, { stance: "SUPPORTS" }) }))
      .rejects.toMatchObject({ code: "CONFLICT", message: "This passage is already linked as evidence for this claim." });
  });

  it("refuses a passage of another workspace's article as not found, and writes nothing in either workspace", async () => {
    const { slug, workspaceId, users, claim } = await setup();
    const other = await createTestWorkspace(["OWNER"]);
    const foreign = await createTestArticle(other.workspace.id, COMMENT_BODY);
    const before = [await countEvidenceRows(workspaceId), await countEvidenceRows(other.workspace.id)];
    await expect(addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, foreign.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor may the other workspace's owner reach this claim from their own workspace.
    await expect(addArticleEvidence({ actor: other.users.OWNER, slug: other.workspace.slug, input: passage(claim.id, foreign.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect([await countEvidenceRows(workspaceId), await countEvidenceRows(other.workspace.id)]).toEqual(before);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("OPEN");
  });

  it("refuses viewers (FORBIDDEN) and non-members (NOT_FOUND), and a selection that no longer matches the text", async () => {
    const { slug, workspaceId, users, claim, articleId } = await setup();
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    const before = await countEvidenceRows(workspaceId);
    await expect(addArticleEvidence({ actor: users.VIEWER, slug, input: passage(claim.id, articleId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addArticleEvidence({ actor: outsider, slug, input: passage(claim.id, articleId) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addExternalEvidence({ actor: users.VIEWER, slug, input: external(claim.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addArticleEvidence({ actor: users.REVIEWER, slug, input: { ...passage(claim.id, articleId), start: 0, end: PASSAGE.length } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countEvidenceRows(workspaceId)).toEqual(before);
    expect(await listClaimEvidence({ actor: outsider, slug, claimId: claim.id })).toEqual([]);
  });

  it("refuses, before anything is written, a stance outside the three and selections of white space or over 2,000 characters", () => {
    const errors = (input: Record<string, unknown>) => {
      const result = addArticleEvidenceSchema.safeParse(input);
      return result.success ? null : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    const base = { ...passage("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") };
    expect(errors({ ...base, stance: "REFUTES" })).toEqual(["stance: Choose whether this evidence supports the claim, contradicts it, or gives context."]);
    expect(errors({ ...base, exact: "   ", start: 0, end: 3 })).toEqual(["exact: The selection holds only spaces. Select the words of the passage."]);
    const long = "x".repeat(2001);
    expect(errors({ ...base, exact: long, start: 0, end: long.length })).toEqual(["exact: A passage quotes at most 2,000 characters. Select a shorter passage."]);
  });
});

describe("when the article's text changes", () => {
  it("re-anchors linked passages: moved ones are relocated, deleted ones orphaned and kept with their quote", async () => {
    const { slug, users, claim, articleId } = await setup();
    const moved = await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    const lost = await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId, "Another line.", COMMENT_BODY, { stance: "CONTEXT" }) });
    const newBody = `A new first paragraph.\n\n${COMMENT_BODY.replace("\n\nAnother line.", "")}`;
    const report = await updateArticleText({ actor: users.EDITOR, slug, articleId, version: 1, body: newBody });
    expect(report.evidenceAnchors).toEqual({ EXACT: 0, RELOCATED: 1, FUZZY: 0, ORPHANED: 1 });

    const evidence = await listClaimEvidence({ actor: users.VIEWER, slug, claimId: claim.id });
    expect(evidence).toHaveLength(2);
    const relocated = evidence.find((e) => e.id === moved.id)!;
    expect(relocated).toMatchObject({ anchorStatus: "RELOCATED", exact: PASSAGE });
    expect(newBody.slice(relocated.start!, relocated.end!)).toBe(PASSAGE);
    expect(evidence.find((e) => e.id === lost.id)).toMatchObject({ anchorStatus: "ORPHANED", exact: "Another line." });
  });
});

describe("linking an external source", () => {
  it("creates the source inline, then reuses it for another claim; one event per mutation", async () => {
    const { slug, workspaceId, users, claim, claimArticleId } = await setup();
    const before = await countEvidenceRows(workspaceId);
    const linked = await addExternalEvidence({ actor: users.REVIEWER, slug, input: external(claim.id) });
    expect(await countEvidenceRows(workspaceId)).toEqual({ evidence: before.evidence + 1, sources: before.sources + 1, auditEvents: before.auditEvents + 1 });
    expect(await auditEventsFor(linked.id)).toMatchObject([{ action: "create", after: { sourceCreated: true, url: "https://example.org/ihs-2016", claimStatus: "IN_REVIEW" } }]);

    const second = await createSpanClaim({ workspaceId, articleId: claimArticleId, body: CLAIM_BODY, quote: "The offensive on Mosul is next." });
    await addExternalEvidence({ actor: users.REVIEWER, slug, input: addExternalEvidenceSchema.parse({ claimId: second.id, stance: "CONTEXT", excerpt: "Mosul", sourceMode: "existing", sourceId: linked.sourceId }) });
    expect(await countEvidenceRows(workspaceId)).toEqual({ evidence: before.evidence + 2, sources: before.sources + 1, auditEvents: before.auditEvents + 2 });
    const [evidence] = await listClaimEvidence({ actor: users.VIEWER, slug, claimId: second.id });
    expect(evidence!.source).toMatchObject({ title: "Islamic State territory down 12 percent", publisher: "IHS Jane's", url: "https://example.org/ihs-2016", publishedAt: new Date("2016-07-10T00:00:00Z") });
  });

  it("refuses javascript:, data: and ftp: addresses and an empty excerpt with messages for their fields", () => {
    const fieldErrors = (extra: Record<string, unknown>) => {
      const result = addExternalEvidenceSchema.safeParse({ ...external("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), publishedAt: "2016-07-10", ...extra });
      return result.success ? null : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/file"]) {
      expect(fieldErrors({ url })).toEqual({ url: "Only web addresses starting with http:// or https:// are accepted." });
    }
    expect(fieldErrors({ archivedUrl: "JavaScript:alert(1)" })).toEqual({ archivedUrl: "Only web addresses starting with http:// or https:// are accepted." });
    expect(fieldErrors({ excerpt: "  " })).toEqual({ excerpt: "Quote the passage of the source that is the evidence." });
  });

  it("refuses a source of another workspace, and an article source without a passage", async () => {
    const { slug, workspaceId, users, claim, articleId } = await setup();
    const other = await createTestWorkspace(["OWNER"]);
    const otherClaimArticle = await createTestArticle(other.workspace.id, CLAIM_BODY);
    const otherClaim = await createSpanClaim({ workspaceId: other.workspace.id, articleId: otherClaimArticle.id, body: CLAIM_BODY, quote: "Recent advances" });
    const foreign = await addExternalEvidence({ actor: other.users.OWNER, slug: other.workspace.slug, input: external(otherClaim.id) });
    const existing = (sourceId: string) => addExternalEvidenceSchema.parse({ claimId: claim.id, stance: "SUPPORTS", excerpt: "x", sourceMode: "existing", sourceId });
    await expect(addExternalEvidence({ actor: users.REVIEWER, slug, input: existing(foreign.sourceId) })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    const articleSource = await getDb().source.findFirstOrThrow({ where: { workspaceId, articleId }, select: { id: true } });
    await expect(addExternalEvidence({ actor: users.REVIEWER, slug, input: existing(articleSource.id) })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("one transaction per mutation", () => {
  it("leaves neither the evidence, its new source, the status change nor the event when the event cannot be written", async () => {
    const { slug, workspaceId, users, claim } = await setup();
    const before = await countEvidenceRows(workspaceId);
    await expect(withAuditFailingFor(claim.id, () => addExternalEvidence({ actor: users.REVIEWER, slug, input: external(claim.id) }))).rejects.toThrow();
    expect(await countEvidenceRows(workspaceId)).toEqual(before);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, version: true } })).toEqual({ status: "OPEN", version: 1 });
  });

  it("keeps removed evidence when the removal's event cannot be written", async () => {
    const { slug, workspaceId, users, claim, articleId } = await setup();
    const linked = await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    const before = await countEvidenceRows(workspaceId);
    await expect(withAuditFailingFor(claim.id, () => removeEvidence({ actor: users.EDITOR, slug, evidenceId: linked.id }))).rejects.toThrow();
    expect(await countEvidenceRows(workspaceId)).toEqual(before);
  });
});

describe("removing evidence", () => {
  it("lets editors remove any and reviewers their own, with one event that keeps what was removed", async () => {
    const { slug, workspaceId, users, claim, articleId } = await setup();
    const byReviewer = await addArticleEvidence({ actor: users.REVIEWER, slug, input: passage(claim.id, articleId) });
    const byEditor = await addExternalEvidence({ actor: users.EDITOR, slug, input: external(claim.id) });

    await expect(removeEvidence({ actor: users.REVIEWER, slug, evidenceId: byEditor.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeEvidence({ actor: users.VIEWER, slug, evidenceId: byReviewer.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await countEvidenceRows(workspaceId);
    await removeEvidence({ actor: users.REVIEWER, slug, evidenceId: byReviewer.id });
    await removeEvidence({ actor: users.EDITOR, slug, evidenceId: byEditor.id });
    expect(await countEvidenceRows(workspaceId)).toEqual({ ...before, evidence: before.evidence - 2, auditEvents: before.auditEvents + 2 });
    expect(await auditEventsFor(byReviewer.id)).toMatchObject([{ action: "create" }, { action: "delete", actorId: users.REVIEWER.id, before: { stance: "CONTRADICTS", exact: PASSAGE } }]);
    const history = await listClaimHistory({ actor: users.VIEWER, slug, claimId: claim.id });
    expect(history.map((e) => `${e.entityType}:${e.action}`)).toEqual(["evidence:create", "evidence:create", "evidence:delete", "evidence:delete"]);
    await expect(removeEvidence({ actor: users.EDITOR, slug, evidenceId: byEditor.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("suggested evidence on the seed corpus", () => {
  async function seeded() {
    const id = randomBytes(4).toString("hex");
    const slug = `sugg-${id}`;
    const report = await seedWorkspace({ slug, name: slug, withCorpus: true, users: [{ email: `owner-${id}@test.example.org`, name: "Owner", role: "OWNER", password: "test-password" }] });
    const actor = { id: Object.values(report.userIds)[0]! };
    const articles = await getDb().article.findMany({ where: { workspaceId: report.workspaceId }, select: { id: true, title: true, body: true } });
    const byTitle = (title: string) => articles.find((a) => a.title.includes(title))!;
    return { slug, actor, workspaceId: report.workspaceId, byTitle };
  }

  it("ranks the reader's comment on the 12 percent figure first, never the claim's own passage, and drops what is linked", async () => {
    const { slug, actor, workspaceId, byTitle } = await seeded();
    const caliphate = byTitle("The End of the Caliphate");
    const quote = "cost ISIS 12 percent of their territory";
    const claim = await createSpanClaim({ workspaceId, articleId: caliphate.id, body: caliphate.body, quote, statement: "Iraqi and Kurdish advances cost ISIS 12 percent of its territory", figure: { value: 12, unit: "PERCENT", counted: "territory" } });
    const claimStart = caliphate.body.indexOf(quote);

    const suggestions = await suggestEvidence({ actor, slug, claimId: claim.id });
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    const [top] = suggestions;
    expect(top).toMatchObject({ articleId: caliphate.id, figure: "12 percent of their territory" });
    expect(top!.text).toMatch(/^"Recent advances .* 12 percent of their territory"$/); // the comment quoting the post
    expect(top!.start).toBeGreaterThan(caliphate.body.indexOf("1 comment:"));
    expect(suggestions.every((s) => s.articleId !== caliphate.id || s.end <= claimStart || s.start >= claimStart + quote.length)).toBe(true);
    expect(suggestions.filter((s) => /territor/i.test(s.text)).length).toBeGreaterThanOrEqual(3);

    await addArticleEvidence({ actor, slug, input: addArticleEvidenceSchema.parse({ claimId: claim.id, articleId: top!.articleId, start: top!.start, end: top!.end, exact: top!.text, stance: "CONTEXT" }) });
    expect((await suggestEvidence({ actor, slug, claimId: claim.id })).map((s) => s.start)).not.toContain(top!.start);
  });

  it("ranks passages about population high for the 'around 12 million people' claim", async () => {
    const { slug, actor, workspaceId, byTitle } = await seeded();
    const ends = byTitle("How the Islamic State ends");
    const claim = await createSpanClaim({ workspaceId, articleId: ends.id, body: ends.body, quote: "around 12 million people", statement: "At its peak in 2014, IS ruled over a population of around 12 million people", figure: { value: 12_000_000, unit: "COUNT", counted: "people" } });
    const suggestions = await suggestEvidence({ actor, slug, claimId: claim.id });
    expect(suggestions).toHaveLength(5);
    const population = suggestions.map((s, rank) => (/populat/i.test(s.text) ? rank : -1)).filter((rank) => rank >= 0);
    expect(population.length).toBeGreaterThanOrEqual(2);
    expect(population[0]).toBeLessThanOrEqual(1);
    // Someone else's workspace: nothing, whatever the claim.
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    expect(await suggestEvidence({ actor: outsider, slug, claimId: claim.id })).toEqual([]);
  });
});
