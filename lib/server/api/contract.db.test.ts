import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTestMember, createTestApiToken, createTestJobFile } from "@test-support/data";
import { stopJobQueue } from "@/lib/jobs/queue";
import { runJob } from "@/lib/jobs/runner";
import { buildOpenApiDocument } from "./openapi";
import { apiRoute, type RouteId } from "./routes";
import { articleFile, claimReviewDocument, clippedPage, createApiWorkspace, freshClaimReviewUrl, freshPageUrl, ownerCredentials, type ApiWorkspace, type Multipart, type PrincipalName } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { newsPage } from "@test-support/local-site";
import { importTestPage } from "@test-support/source-checks";
import { createTestCapturedArticle } from "@test-support/captures";
import { createResolvedTestClaim } from "@test-support/publishing";

// A scripted session as an integration would run it; every answer, errors included, must
// validate against the OpenAPI document served at /api/v1/openapi.json.

const document = buildOpenApiDocument();
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema({ $id: "openapi", components: document.components });

interface Operation { responses: Record<string, { content?: Record<string, { schema: object }> }> }

function checkAgainstDocument(id: RouteId, status: number, body: unknown, contentType: string | null = null) {
  const route = apiRoute(id);
  const op = (document.paths[route.path] as Record<string, Operation>)[route.method.toLowerCase()]!;
  const response = op.responses[String(status)];
  expect(response, `${id}: status ${status} is not in the document`).toBeDefined();
  const mediaType = (contentType ?? "application/json").split(";")[0]!.trim();
  if (contentType && response!.content) expect(Object.keys(response!.content), `${id} ${status}: media type`).toContain(mediaType);
  const schema = response!.content?.[mediaType]?.schema;
  if (!schema) return expect(body, `${id}: ${status} has no body`).toBeNull();
  const resolved = "$ref" in schema ? { $ref: `openapi${String((schema as { $ref: string }).$ref)}` } : schema;
  const validate = ajv.compile(resolved);
  expect(validate(body), `${id} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`).toBe(true);
}

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});
afterAll(() => stopJobQueue());

/** Calls a route by id (path placeholders filled from `ids`), checks the answer, returns its body. */
async function step(id: RouteId, { ids = {}, query = "", body, multipart, rawBody, as = "owner", token = w.tokens[as], headers, firstBytesOnly, expect: status }: {
  ids?: Record<string, string>; query?: string; body?: unknown; multipart?: Multipart; rawBody?: string; as?: PrincipalName; token?: string; headers?: Record<string, string>; firstBytesOnly?: boolean; expect: number;
}) {
  const route = apiRoute(id);
  const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === "slug" ? w.slug : ids[name]!)) + query;
  const response = await callApi({ method: route.method, url, body, multipart, rawBody, token, headers, firstBytesOnly });
  expect(response.status, `${id}: ${JSON.stringify(response.body)}`).toBe(status);
  checkAgainstDocument(id, status, response.body, response.headers.get("content-type"));
  return response.body as Record<string, unknown> & { id: string; version: number; items: Record<string, unknown>[] };
}

describe("contract: a scripted session matches the OpenAPI document", () => {
  it("the check itself refuses answers that do not match", () => {
    expect(() => checkAgainstDocument("getWorkspace", 200, { slug: 1, name: "x", role: "KING" })).toThrow();
    expect(() => checkAgainstDocument("getWorkspace", 404, { message: "not the error shape" })).toThrow();
    expect(() => checkAgainstDocument("getWorkspace", 418, null)).toThrow();
  });

  it("articles, claims, evidence, verdicts, sources, the queue, and errors", async () => {
    await step("getWorkspace", { expect: 200, as: "viewer" });
    const text = `Officials said about 12 million people lived under the group. A later count found 8 million people. ${w.slug}`;
    const article = await step("createArticle", { body: { title: "Contract article", body: text, publishedAt: "2017-08-03" }, expect: 201 });
    await step("createArticle", { body: { title: "Same text again", body: text }, expect: 409 });
    await step("listArticles", { query: "?q=contract&limit=1", expect: 200, as: "viewer" });
    await step("getArticle", { ids: { articleId: article.id }, expect: 200, as: "viewer" });
    const captured = await createTestCapturedArticle(w.id);
    expect(await step("getArticle", { ids: { articleId: captured.articleId }, expect: 200, as: "viewer" })).toMatchObject({ capture: { id: captured.captureId } });
    await step("listArticleCaptures", { ids: { articleId: captured.articleId }, expect: 200, as: "viewer" });
    await step("downloadCaptureOriginal", { ids: { articleId: captured.articleId, captureId: captured.captureId }, expect: 200, as: "viewer" });
    await step("downloadCaptureOriginal", { ids: { articleId: article.id, captureId: captured.captureId }, expect: 404, as: "viewer" });

    const byQuote = await step("createClaim", { body: { articleId: article.id, exact: "12 million people", statement: "12 million lived under IS", isFigure: true, figureValue: 12000000, figureUnit: "count", figureQualifier: "about" }, expect: 201, as: "reviewer" });
    const start = text.indexOf("8 million");
    await step("createClaim", { body: { articleId: article.id, start, end: start + 9, statement: "A later count found 8 million" }, expect: 201, as: "reviewer" });
    await step("createClaim", { body: { articleId: article.id, start: 5, end: text.length + 5, statement: "Past the end" }, expect: 422, as: "reviewer" });
    await step("createClaim", { body: { articleId: article.id, exact: "million people", statement: "Ambiguous" }, expect: 422, as: "reviewer" });
    const listed = await step("listClaims", { query: `?article=${article.id}&limit=1`, expect: 200, as: "viewer" });
    expect(listed.items).toHaveLength(1);
    expect(listed.next).toEqual(expect.any(String));
    await step("listClaims", { query: `?article=${article.id}&limit=1&cursor=${String(listed.next)}`, expect: 200, as: "viewer" });
    await step("listClaims", { query: "?cursor=not-a-cursor", expect: 422, as: "viewer" });
    await step("getClaim", { ids: { claimId: byQuote.id }, expect: 200, as: "viewer" });
    await step("listClaimMatches", { ids: { claimId: byQuote.id }, query: "?limit=5", expect: 200, as: "viewer" });
    await step("listClaimMatches", { ids: { claimId: byQuote.id }, query: "?limit=21", expect: 422, as: "viewer" });
    const patched = await step("updateClaim", { ids: { claimId: byQuote.id }, headers: { "if-match": `"${byQuote.version}"` }, body: { claimant: "Officials" }, expect: 200, as: "reviewer" });
    await step("updateClaim", { ids: { claimId: byQuote.id }, headers: { "if-match": `"${byQuote.version}"` }, body: { claimant: "Stale" }, expect: 409, as: "reviewer" });
    await step("updateClaim", { ids: { claimId: byQuote.id }, body: { claimant: "No precondition" }, expect: 422, as: "reviewer" });

    const source = await step("createSource", { body: { kind: "DATASET", title: "Census", url: "https://example.org/census", reliability: 5 }, expect: 201, as: "reviewer" });
    await step("getSource", { ids: { sourceId: source.id }, expect: 200, as: "viewer" });
    await step("updateSource", { ids: { sourceId: source.id }, body: { version: source.version, kind: "DATASET", title: "Census 2017", url: "https://example.org/census" }, expect: 200, as: "editor" });
    await step("listSources", { query: "?q=census", expect: 200, as: "viewer" });

    const passage = text.indexOf("A later count");
    await step("createEvidence", { ids: { claimId: byQuote.id }, body: { sourceMode: "passage", articleId: article.id, start: passage, end: passage + 13, exact: "A later count", stance: "CONTRADICTS" }, expect: 201, as: "reviewer" });
    const existing = await step("createEvidence", { ids: { claimId: byQuote.id }, body: { sourceMode: "existing", sourceId: source.id, excerpt: "12.1 million residents", stance: "SUPPORTS" }, expect: 201, as: "reviewer" });
    await step("createEvidence", { ids: { claimId: byQuote.id }, body: { sourceMode: "new", kind: "WEB_PAGE", title: "Report", url: "https://example.org/r", excerpt: "Some", stance: "CONTEXT" }, expect: 201, as: "reviewer" });
    await step("listEvidence", { ids: { claimId: byQuote.id }, query: "?limit=2", expect: 200, as: "viewer" });
    const comment = await step("createComment", { ids: { claimId: byQuote.id }, body: { body: "Which census year is this?" }, expect: 201, as: "reviewer" });
    await step("createComment", { ids: { claimId: byQuote.id }, body: { body: "2017.", parentId: comment.id }, expect: 201, as: "editor" });
    await step("createComment", { ids: { claimId: byQuote.id }, body: { body: "   " }, expect: 422, as: "reviewer" });
    await step("updateComment", { ids: { claimId: byQuote.id, commentId: comment.id }, headers: { "if-match": `"${comment.version}"` }, body: { body: "Which census year, 2017?" }, expect: 200, as: "reviewer" });
    await step("updateComment", { ids: { claimId: byQuote.id, commentId: comment.id }, headers: { "if-match": `"${comment.version}"` }, body: { body: "Stale" }, expect: 409, as: "reviewer" });
    await step("listComments", { ids: { claimId: byQuote.id }, expect: 200, as: "viewer" });
    await step("deleteComment", { ids: { claimId: byQuote.id, commentId: comment.id }, headers: { "if-match": `"${Number(comment.version) + 1}"` }, expect: 204, as: "reviewer" });
    await step("deleteEvidence", { ids: { claimId: byQuote.id, evidenceId: existing.id }, expect: 204, as: "reviewer" });

    await step("recordVerdict", { ids: { claimId: byQuote.id }, body: { ratingId: w.ratings["Mostly true"], rationale: "The census agrees." }, expect: 201, as: "reviewer" });
    await step("recordVerdict", { ids: { claimId: byQuote.id }, body: { ratingId: w.ratings["False"], rationale: "The later count disagrees." }, expect: 201, as: "editor" });
    await step("listVerdicts", { ids: { claimId: byQuote.id }, expect: 200, as: "viewer" });
    await step("listDisagreements", { query: "?kind=reviewer-split", expect: 200, as: "viewer" });
    await step("listDisagreements", { query: "?kind=nonsense", expect: 422, as: "viewer" });

    await step("changeClaimStatus", { ids: { claimId: byQuote.id }, body: { status: "RESOLVED", version: patched.version + 5, finalRatingId: w.ratings["Mostly true"], resolutionNote: "Stale version." }, expect: 409, as: "editor" });
    const current = await step("getClaim", { ids: { claimId: byQuote.id }, expect: 200, as: "viewer" });
    const resolved = await step("changeClaimStatus", { ids: { claimId: byQuote.id }, body: { status: "RESOLVED", version: current.version, finalRatingId: w.ratings["Mostly true"], resolutionNote: "Census agrees." }, expect: 200, as: "editor" });
    await step("changeClaimStatus", { ids: { claimId: byQuote.id }, body: { status: "OPEN", version: resolved.version, reason: "New data." }, expect: 200, as: "editor" });
    const table = await step("listClaimTable", { query: `?article=${article.id}&sort=finalRating&dir=asc&limit=1`, expect: 200, as: "reviewer" });
    await step("listClaimTable", { query: `?article=${article.id}&sort=finalRating&dir=asc&limit=1&cursor=${String(table.next)}`, expect: 200, as: "reviewer" });
    await step("listClaimTable", { query: "?sort=nonsense", expect: 422, as: "viewer" });
    const rows = (await step("listClaimTable", { query: `?article=${article.id}`, expect: 200, as: "editor" })).items as unknown as { id: string; version: number }[];
    const chosen = rows.map(({ id, version }) => ({ id, version }));
    await step("bulkClaims", { body: { action: "assign", ids: chosen, reviewerIds: [w.users.REVIEWER.id] }, expect: 200, as: "editor" });
    await step("bulkClaims", { body: { action: "resolve", ids: chosen.map((c) => ({ ...c, version: c.version + 9 })), finalRatingId: w.ratings["Mixed"], resolutionNote: "Stale." }, expect: 409, as: "editor" });
    await step("bulkClaims", { body: { action: "assign", ids: chosen, reviewerIds: [w.users.REVIEWER.id] }, expect: 403, as: "reviewer" });

    await step("updateArticle", { ids: { articleId: article.id }, body: { version: 1, body: `Update. ${text}` }, expect: 200, as: "editor" });
    await step("deleteArticle", { ids: { articleId: article.id }, expect: 409, as: "editor" });
    await step("deleteArticle", { ids: { articleId: article.id }, query: "?force=true", expect: 403, as: "editor" });
    const deleted = await step("deleteArticle", { ids: { articleId: article.id }, query: "?force=true", expect: 200, as: "owner" });
    expect(deleted).toMatchObject({ deletedClaims: 2, deletedEvidence: 1 });
    await step("getArticle", { ids: { articleId: article.id }, expect: 404, as: "viewer" });
    await step("getClaim", { ids: { claimId: "00000000-0000-4000-8000-000000000000" }, expect: 404, as: "viewer" });
    const csv = await step("exportWorkspace", { query: "?format=csv&status=OPEN", expect: 200, as: "read-only" });
    expect(String(csv)).toContain(`"Claim URL","Article"`);
    expect(await step("exportWorkspace", { query: "?format=json", expect: 200, as: "owner" })).toMatchObject({ format: "claimbench-workspace" });
    await step("exportWorkspace", { query: "?format=json", expect: 403, as: "viewer" });
    await step("exportWorkspace", { query: "?format=docx", expect: 422, as: "viewer" });

    await step("getWorkspace", { expect: 401, as: "none" });
    await step("createSource", { body: { kind: "WEB_PAGE", title: "x", url: "https://example.org" }, expect: 403, as: "read-only" });
  });

  it("the scale, members, assignments, the queue, history, agreement, uploads and jobs", async () => {
    const scale = await step("getRatingScale", { expect: 200, as: "viewer" });
    const levels = scale.levels as unknown as { id: string; label: string }[];
    await step("listMembers", { expect: 200, as: "viewer" });
    await step("listMembers", { expect: 200, as: "owner" });
    const text = `About 12 million people lived under the group's rule. ${w.slug}-review`;
    const article = await step("createArticle", { body: { title: "Review contract", body: text }, expect: 201 });
    const claim = await step("createClaim", { body: { articleId: article.id, exact: "12 million people", statement: "12 million lived under IS" }, expect: 201, as: "reviewer" });
    await step("listAssignments", { ids: { claimId: claim.id }, expect: 200, as: "editor" });
    await step("assignReviewer", { ids: { claimId: claim.id }, body: { userId: w.users.REVIEWER.id }, expect: 200, as: "editor" });
    await step("assignReviewer", { ids: { claimId: claim.id }, body: { userId: "not-an-id" }, expect: 422, as: "editor" });
    await step("listMyQueue", { query: "?limit=1", expect: 200, as: "reviewer" });
    await step("recordVerdict", { ids: { claimId: claim.id }, body: { ratingId: levels[0]!.id, rationale: "Census." }, expect: 201, as: "reviewer" });
    await step("recordVerdict", { ids: { claimId: claim.id }, body: { ratingId: levels[2]!.id, rationale: "Mixed." }, expect: 201, as: "editor" });
    await step("getClaimHistory", { ids: { claimId: claim.id }, query: "?limit=2", expect: 200, as: "viewer" });
    await step("getClaimHistory", { ids: { claimId: "00000000-0000-4000-8000-000000000000" }, expect: 404, as: "viewer" });
    expect(await step("listImportedVerdicts", { ids: { claimId: claim.id }, expect: 200, as: "editor" })).toEqual({ items: [], hiddenCount: 0 });
    await step("listImportedVerdicts", { ids: { claimId: "00000000-0000-4000-8000-000000000000" }, expect: 404, as: "viewer" });
    await step("getAgreement", { expect: 200, as: "viewer" });
    await step("getAgreement", { query: `?article=${article.id}`, expect: 200, as: "viewer" });
    await step("unassignReviewer", { ids: { claimId: claim.id, userId: w.users.REVIEWER.id }, expect: 204, as: "editor" });
    await step("unassignReviewer", { ids: { claimId: claim.id, userId: w.users.REVIEWER.id }, expect: 404, as: "editor" });
    const resolved = await step("getClaim", { ids: { claimId: claim.id }, expect: 200, as: "viewer" });
    await step("changeClaimStatus", { ids: { claimId: claim.id }, body: { status: "RESOLVED", version: resolved.version, finalRatingId: levels[1]!.id, resolutionNote: "Close enough." }, expect: 200, as: "editor" });
    expect((await step("getClaim", { ids: { claimId: claim.id }, expect: 200, as: "viewer" })).finalRating).toMatchObject({ id: levels[1]!.id });

    const job = await step("importArticleFiles", { multipart: { files: [articleFile(), { name: "empty.txt", content: " " }], fields: { stripScripts: "on" } }, expect: 202, as: "editor" });
    await step("importArticleFiles", { body: { files: [] }, expect: 415, as: "editor" });
    await runJob(job.id);
    expect(await step("getJob", { ids: { jobId: job.id }, expect: 200, as: "editor" })).toMatchObject({ status: "SUCCEEDED", outcomes: [{ status: "imported" }, { status: "refused" }] });
    await step("getJob", { ids: { jobId: job.id }, expect: 404, as: "owner" });
    const file = await createTestJobFile({ workspaceId: w.id, userId: w.users.OWNER.id });
    await step("downloadJobFile", { ids: { jobId: file.id }, expect: 200, as: "owner" });
    await step("downloadJobFile", { ids: { jobId: job.id }, expect: 409, as: "editor" });
    // The events stream: its first bytes as a text/event-stream, and a Last-Event-ID that is no event id refused.
    expect(await step("streamEvents", { firstBytesOnly: true, expect: 200, as: "viewer" })).toMatch(/^retry: \d+\n/);
    await step("streamEvents", { headers: { "Last-Event-ID": "yesterday" }, expect: 422, as: "viewer" });
    await step("streamEvents", { query: "?lastEventId=-1", expect: 422, as: "viewer" });
    // Presence: a heartbeat that arrives, one that changes nothing, who is there, leaving, and bad input refused.
    expect(await step("heartbeatPresence", { body: { kind: "claim", id: claim.id, activity: "editing" }, expect: 200, as: "reviewer" })).toEqual({ changed: true });
    expect(await step("heartbeatPresence", { body: { kind: "claim", id: claim.id, activity: "editing" }, expect: 200, as: "reviewer" })).toEqual({ changed: false });
    expect(await step("listPresence", { query: `?kind=claim&id=${claim.id}`, expect: 200, as: "viewer" })).toMatchObject({ people: [{ userId: w.users.REVIEWER.id, activity: "editing" }] });
    await step("heartbeatPresence", { body: { kind: "page", id: claim.id, activity: "dozing" }, expect: 422, as: "reviewer" });
    await step("listPresence", { query: "?kind=claim", expect: 422, as: "viewer" });
    expect(await step("leavePresence", { body: { kind: "claim", id: claim.id }, expect: 200, as: "reviewer" })).toEqual({ changed: true });

    const pageUrl = await freshPageUrl();
    const imported = await step("importArticleUrl", { body: { url: pageUrl }, expect: 201, as: "editor" });
    expect(imported).toMatchObject({ url: pageUrl, importFormat: "html" });
    expect(await step("importArticleUrl", { body: { url: pageUrl }, expect: 409, as: "editor" })).toMatchObject({ error: { current: { id: imported.id } } });
    await step("importArticleUrl", { body: { url: `${new URL(pageUrl).origin}/missing` }, expect: 422, as: "editor" });
    await step("importArticleUrl", { body: { url: "file:///etc/passwd" }, expect: 422, as: "editor" });
    const urlJob = await step("importArticleUrls", { body: { urls: [await freshPageUrl(), pageUrl, "https://"] }, expect: 422, as: "editor" });
    expect(urlJob).toMatchObject({ error: { fields: { urls: [expect.stringContaining("address 3")] } } });
    const listJob = await step("importArticleUrls", { body: { urls: [await freshPageUrl(), pageUrl] }, expect: 202, as: "editor" });
    await runJob(listJob.id);
    expect(await step("getJob", { ids: { jobId: listJob.id }, expect: 200, as: "editor" })).toMatchObject({ kind: "url-import", status: "SUCCEEDED", outcomes: [{ status: "imported" }, { status: "duplicate", file: pageUrl }] });

    await step("importClaimReview", { multipart: { files: [{ name: "reviews.json", content: JSON.stringify(claimReviewDocument()) }] }, expect: 200, as: "reviewer" });
    await step("importClaimReview", { rawBody: JSON.stringify(claimReviewDocument()), headers: { "content-type": "application/ld+json" }, expect: 200, as: "reviewer" });
    await step("importClaimReview", { rawBody: "{}", headers: { "content-type": "application/json" }, expect: 422, as: "reviewer" });
    await step("importClaimReview", { rawBody: "<xml/>", headers: { "content-type": "text/xml" }, expect: 415, as: "reviewer" });
    const reviewUrl = await freshClaimReviewUrl();
    expect(await step("importClaimReviewUrl", { body: { url: reviewUrl }, expect: 200, as: "reviewer" })).toMatchObject({ file: reviewUrl, reviews: [{ status: "imported" }] });
    await step("importClaimReviewUrl", { body: { url: `${new URL(reviewUrl).origin}/missing` }, expect: 422, as: "reviewer" });
    await step("importClaimReviewUrl", { body: { url: "file:///etc/passwd" }, expect: 422, as: "reviewer" });
  });

  it("clipping a page: imported with the selection located, then a duplicate, an empty page and a reviewer refused", async () => {
    const page = clippedPage("Officials said 40 percent\n had left.");
    const clipped = await step("clipArticle", { body: page, expect: 201, as: "editor" });
    expect(clipped).toMatchObject({ url: page.url, importFormat: "html", passage: { exact: "Officials said 40 percent had left." } });
    const duplicate = await step("clipArticle", { body: page, expect: 409, as: "editor" });
    expect(duplicate.error).toMatchObject({ code: "CONFLICT", current: { id: clipped.id, passage: { exact: "Officials said 40 percent had left." } } });
    const empty = await step("clipArticle", { body: { ...clippedPage(), html: "<html><body><nav>Menu</nav></body></html>" }, expect: 422, as: "editor" });
    expect(empty.error).toMatchObject({ fields: { html: [expect.stringMatching(/^Not imported: /)] } });
    await step("clipArticle", { body: { ...clippedPage(), url: "javascript:alert(1)" }, expect: 422, as: "editor" });
    await step("clipArticle", { body: clippedPage(), expect: 403, as: "reviewer" });
    await step("getArticle", { ids: { articleId: clipped.id }, expect: 200, as: "viewer" });
  });

  it("invitations and members", async () => {
    const invited = await step("createInvitation", { body: { email: `new-${w.slug}@test.example.org`, role: "REVIEWER" }, expect: 201 });
    expect(invited.link).toMatch(/\/invite\/cbi_/);
    await step("createInvitation", { body: { email: "not-an-address", role: "REVIEWER" }, expect: 422 });
    await step("listInvitations", { expect: 200 });
    await step("revokeInvitation", { ids: { invitationId: invited.id }, expect: 200 });
    await step("revokeInvitation", { ids: { invitationId: "00000000-0000-4000-8000-000000000000" }, expect: 404 });
    const member = await addTestMember(w.id, "VIEWER", "Contract member");
    await step("createInvitation", { body: { email: member.email, role: "EDITOR" }, expect: 409 });
    const changed = await step("changeMemberRole", { ids: { userId: member.id }, body: { role: "REVIEWER", version: 1 }, expect: 200 });
    await step("changeMemberRole", { ids: { userId: member.id }, body: { role: "EDITOR", version: 1 }, expect: 409 });
    await step("changeMemberRole", { ids: { userId: member.id }, body: { role: "KING", version: changed.version }, expect: 422 });
    await step("changeMemberRole", { ids: { userId: w.users.OWNER.id }, body: { role: "EDITOR" }, expect: 409 });
    await step("removeMember", { ids: { userId: member.id }, expect: 200 });
    await step("removeMember", { ids: { userId: member.id }, expect: 404 });
    await step("leaveWorkspace", { expect: 409 });
    await step("leaveWorkspace", { as: "read-only", expect: 403 });
    const leaver = await createTestApiToken({ workspaceId: w.id, userId: (await addTestMember(w.id, "REVIEWER", "Contract leaver")).id });
    expect(await step("leaveWorkspace", { token: leaver, expect: 200 })).toMatchObject({ apiTokensRevoked: 1, workspace: { slug: w.slug } });
    await step("leaveWorkspace", { token: leaver, expect: 401 });
    await step("createWorkspace", { body: { name: "From a token" }, expect: 403 });
  });

  it("workspace settings: read, change some, refused on a stale version or bad input", async () => {
    const settings = await step("getWorkspaceSettings", { expect: 200 });
    await step("getWorkspaceSettings", { as: "editor", expect: 403 });
    const changed = await step("updateWorkspaceSettings", { body: { version: settings.version, sourceCheckHours: 24, organizationName: "The desk" }, expect: 200 });
    expect(changed).toMatchObject({ name: settings.name, blindReview: settings.blindReview, sourceCheckHours: 24, organizationName: "The desk", version: settings.version + 1 });
    const stale = await step("updateWorkspaceSettings", { body: { version: settings.version, name: "Late" }, expect: 409 });
    expect(stale.error).toMatchObject({ current: { name: settings.name, version: changed.version } });
    await step("updateWorkspaceSettings", { body: { version: changed.version, sourceCheckHours: 5 }, expect: 422 });
    await step("updateWorkspaceSettings", { body: { version: changed.version, colour: "red" }, expect: 422 });
    await step("updateWorkspaceSettings", { body: { version: changed.version }, expect: 422 });
    const off = await step("updateWorkspaceSettings", { body: { version: changed.version, sourceCheckHours: null }, expect: 200 });
    expect(off).toMatchObject({ sourceCheckHours: null, organizationName: "The desk" });
  });

  it("check for changes, the diff, apply and keep", async () => {
    const page = await importTestPage({ actorId: w.users.EDITOR.id, slug: w.slug });
    const ids = { articleId: page.articleId };
    await step("createClaim", { body: { articleId: page.articleId, exact: "14 million people", statement: "14 million lived under IS" }, expect: 201, as: "reviewer" });
    expect(await step("checkArticleSource", { ids, expect: 201, as: "editor" })).toMatchObject({ changed: false, diff: [] });
    await step("checkArticleSource", { ids, expect: 403, as: "reviewer" });

    page.site.set(page.path, { body: newsPage(page.tag, { paragraphs: 2 }) });
    const found = await step("checkArticleSource", { ids, expect: 201, as: "editor" });
    expect(found).toMatchObject({ changed: true, diff: expect.arrayContaining([{ op: "removed", text: expect.stringContaining("14 million") }]) });
    const listed = await step("listArticles", { query: "?sourceChanged=true", expect: 200, as: "viewer" });
    expect(listed.items.map((item) => item.id)).toEqual([page.articleId]);
    await step("listArticles", { query: "?sourceChanged=maybe", expect: 422, as: "viewer" });

    const capture = found.capture as unknown as { id: string };
    const version = found.articleVersion as number;
    await step("applyCapture", { ids: { ...ids, captureId: capture.id }, body: { version: version + 1 }, expect: 409, as: "editor" });
    await step("applyCapture", { ids: { ...ids, captureId: capture.id }, body: {}, expect: 422, as: "editor" });
    const applied = await step("applyCapture", { ids: { ...ids, captureId: capture.id }, body: { version }, expect: 200, as: "editor" });
    // Where the claim lands (a look-alike paragraph, or nowhere) is the re-anchoring's business, tested with it.
    expect(applied).toMatchObject({ version: version + 1, orphaned: expect.any(Array) });
    expect(Object.values(applied.anchors as unknown as Record<string, number>).reduce((sum, n) => sum + n, 0)).toBe(1);
    await step("applyCapture", { ids: { ...ids, captureId: "00000000-0000-4000-8000-000000000000" }, body: { version: version + 1 }, expect: 404, as: "editor" });
    expect(await step("dismissCapture", { ids: { ...ids, captureId: capture.id }, expect: 200, as: "editor" })).toMatchObject({ pendingChange: false });

    page.site.set(page.path, { status: 404, body: "Not found" });
    expect(await step("checkArticleSource", { ids, expect: 422, as: "editor" })).toMatchObject({ error: { fields: { url: [expect.stringMatching(/404/)] } } });
    const pasted = await step("createArticle", { body: { title: "Pasted", body: `Pasted text, not from the web. ${w.slug}-pasted` }, expect: 201 });
    await step("checkArticleSource", { ids: { articleId: pasted.id }, expect: 422, as: "editor" });
  });

  it("same-claim links, the group, a dismissed match, resolving as in, and the inconsistent ratings in the queue", async () => {
    const text = `About 12 million people lived under the group's rule, officials said. ${w.slug}-links`;
    const article = await step("createArticle", { body: { title: "Links contract", body: text }, expect: 201 });
    const mark = (exact: string, statement: string) => step("createClaim", { body: { articleId: article.id, exact, statement }, expect: 201, as: "reviewer" });
    const [a, b, c] = [await mark("12 million people", "12 million lived under IS"), await mark("officials said", "Officials counted 12 million"), await mark("the group's rule", "IS ruled 12 million")];
    expect(await step("linkClaim", { ids: { claimId: a.id }, body: { claimId: b.id }, expect: 201, as: "reviewer" })).toEqual({ claimId: a.id, otherId: b.id, groupSize: 2 });
    await step("linkClaim", { ids: { claimId: b.id }, body: { claimId: a.id }, expect: 409, as: "reviewer" });
    await step("linkClaim", { ids: { claimId: a.id }, body: { claimId: a.id }, expect: 422, as: "reviewer" });
    await step("linkClaim", { ids: { claimId: a.id }, body: {}, expect: 422, as: "reviewer" });
    await step("linkClaim", { ids: { claimId: a.id }, body: { claimId: c.id }, expect: 403, as: "viewer" });
    expect((await step("getClaimGroup", { ids: { claimId: b.id }, expect: 200, as: "viewer" })).items.map((item) => item.id)).toEqual([a.id]);
    expect(await step("dismissMatch", { ids: { claimId: a.id }, body: { claimId: c.id }, expect: 201, as: "reviewer" })).toEqual({ claimId: a.id, otherId: c.id });

    const resolved = await step("changeClaimStatus", { ids: { claimId: a.id }, body: { status: "RESOLVED", version: a.version, finalRatingId: w.ratings["True"], resolutionNote: "Census." }, expect: 200, as: "editor" });
    await step("resolveClaimAsIn", { ids: { claimId: b.id }, body: { asIn: c.id, version: b.version }, expect: 422, as: "editor" });
    const asIn = await step("resolveClaimAsIn", { ids: { claimId: b.id }, body: { asIn: a.id, version: b.version }, expect: 200, as: "editor" });
    expect(asIn).toMatchObject({ id: b.id, status: "RESOLVED" });
    await step("changeClaimStatus", { ids: { claimId: b.id }, body: { status: "OPEN", version: asIn.version, reason: "Look again." }, expect: 200, as: "editor" });
    await step("changeClaimStatus", { ids: { claimId: a.id }, body: { status: "OPEN", version: resolved.version, reason: "New data." }, expect: 200, as: "editor" });
    const refused = await step("resolveClaimAsIn", { ids: { claimId: b.id }, body: { asIn: a.id, version: asIn.version + 1 }, expect: 409, as: "editor" });
    expect(refused.error).toMatchObject({ current: { asIn: { id: a.id, status: "IN_REVIEW" } } });

    const [nowA, nowB] = [await step("getClaim", { ids: { claimId: a.id }, expect: 200, as: "viewer" }), await step("getClaim", { ids: { claimId: b.id }, expect: 200, as: "viewer" })];
    await step("changeClaimStatus", { ids: { claimId: a.id }, body: { status: "RESOLVED", version: nowA.version, finalRatingId: w.ratings["True"], resolutionNote: "Census." }, expect: 200, as: "editor" });
    await step("changeClaimStatus", { ids: { claimId: b.id }, body: { status: "RESOLVED", version: nowB.version, finalRatingId: w.ratings["False"], resolutionNote: "Later count." }, expect: 200, as: "editor" });
    const queue = await step("listDisagreements", { query: "?kind=inconsistent-ratings", expect: 200, as: "viewer" });
    expect(queue.items.filter((item) => [a.id, b.id].includes(String(item.id))).map((item) => item.kinds)).toEqual([["inconsistent-ratings"], ["inconsistent-ratings"]]);
    await step("unlinkClaim", { ids: { claimId: b.id, otherId: a.id }, expect: 204, as: "reviewer" });
    await step("unlinkClaim", { ids: { claimId: b.id, otherId: a.id }, expect: 404, as: "reviewer" });
    expect((await step("listDisagreements", { query: "?kind=inconsistent-ratings", expect: 200, as: "viewer" })).items.filter((item) => [a.id, b.id].includes(String(item.id)))).toEqual([]);
  });
  it("publishing: publish, read, republish, unpublish, and the refusals", async () => {
    const claim = await createResolvedTestClaim({ workspaceId: w.id, slug: w.slug, editor: w.users.EDITOR });
    await step("getClaimPublication", { ids: { claimId: claim.id }, expect: 404, as: "viewer" });
    const first = await step("publishClaim", { ids: { claimId: claim.id }, body: {}, expect: 201, as: "editor" });
    expect(first).toMatchObject({ republished: false, correction: null, url: expect.stringMatching(new RegExp(`/p/${w.slug}/${first.id}$`)) });
    await step("publishClaim", { ids: { claimId: claim.id }, body: { evidenceIds: ["00000000-0000-4000-8000-000000000000"] }, expect: 422, as: "editor" });
    await step("publishClaim", { ids: { claimId: claim.id }, body: { headline: "x".repeat(301) }, expect: 422, as: "editor" });
    const again = await step("publishClaim", { ids: { claimId: claim.id }, body: { headline: "Did IS rule 12 million people?" }, expect: 201, as: "owner" });
    expect(again).toMatchObject({ id: first.id, republished: true, correction: "Headline changed" });
    expect(await step("getClaimPublication", { ids: { claimId: claim.id }, expect: 200, as: "viewer" })).toMatchObject({ state: "published", underReview: false, corrections: [{ text: "Headline changed" }] });
    await step("unpublishClaim", { ids: { claimId: claim.id }, expect: 204, as: "editor" });
    await step("unpublishClaim", { ids: { claimId: claim.id }, expect: 404, as: "editor" });
    expect(await step("getClaimPublication", { ids: { claimId: claim.id }, expect: 200, as: "viewer" })).toMatchObject({ state: "unpublished" });
    const open = await step("createClaim", { body: { articleId: claim.articleId, exact: "Raqqa fell in October", statement: "Raqqa fell in October" }, expect: 201, as: "reviewer" });
    await step("publishClaim", { ids: { claimId: open.id }, body: {}, expect: 409, as: "editor" });

    // The publisher settings the public pages use: validated (https logo, an origin as the base), cleared with null.
    const settings = await step("getWorkspaceSettings", { expect: 200 });
    await step("updateWorkspaceSettings", { body: { version: settings.version, publisherLogoUrl: "http://example.org/logo.png" }, expect: 422 });
    await step("updateWorkspaceSettings", { body: { version: settings.version, publicBaseUrl: "https://checks.example.org/fact-checks" }, expect: 422 });
    const saved = await step("updateWorkspaceSettings", { body: { version: settings.version, publisherLogoUrl: "https://example.org/logo.png", publicBaseUrl: "https://checks.example.org/" }, expect: 200 });
    expect(saved).toMatchObject({ publisherLogoUrl: "https://example.org/logo.png", publicBaseUrl: "https://checks.example.org" });
    const republished = await step("publishClaim", { ids: { claimId: claim.id }, body: {}, expect: 201, as: "editor" });
    expect(republished.url).toBe(`https://checks.example.org/p/${w.slug}/${first.id}`);
    const cleared = await step("updateWorkspaceSettings", { body: { version: saved.version, publisherLogoUrl: null, publicBaseUrl: null }, expect: 200 });
    expect(cleared).toMatchObject({ publisherLogoUrl: null, publicBaseUrl: null });
  });

  it("notifications: the bell, marking read, and preferences", async () => {
    const text = `About 12 million people lived under the group's rule. ${w.slug}-bell`;
    const article = await step("createArticle", { body: { title: "Bell contract", body: text }, expect: 201 });
    const claim = await step("createClaim", { body: { articleId: article.id, exact: "12 million people", statement: "12 million lived under IS" }, expect: 201, as: "editor" });
    await step("assignReviewer", { ids: { claimId: claim.id }, body: { userId: w.users.REVIEWER.id }, expect: 200, as: "editor" });
    const bell = await step("listNotifications", { query: "?unread=true&limit=1", expect: 200, as: "reviewer" });
    const [line] = bell.notifications as { id: string; kind: string; text: string; claimId: string }[];
    expect(line).toMatchObject({ kind: "ASSIGNED", claimId: claim.id, text: expect.stringContaining("assigned you “12 million lived under IS”") });
    await step("listNotifications", { query: "?limit=0", expect: 422, as: "reviewer" });
    await step("listNotifications", { query: `?cursor=${claim.id}`, expect: 422, as: "reviewer" });
    // Someone else's notification is not found, and nothing is marked.
    await step("markNotificationsRead", { body: { ids: [line!.id] }, expect: 404, as: "viewer" });
    await step("markNotificationsRead", { body: {}, expect: 422, as: "reviewer" });
    const marked = await step("markNotificationsRead", { body: { ids: [line!.id] }, expect: 200, as: "reviewer" });
    expect(marked).toMatchObject({ marked: 1, unreadCount: (bell.unreadCount as number) - 1 });
    expect(await step("markNotificationsRead", { body: { all: true }, expect: 200, as: "reviewer" })).toMatchObject({ unreadCount: 0 });

    const session = (await ownerCredentials(w, "getNotificationPreferences")).headers;
    expect(await step("getNotificationPreferences", { as: "none", headers: session, expect: 200 })).toMatchObject({ mutedKinds: [], dailyDigest: false });
    const saved = await step("updateNotificationPreferences", { as: "none", headers: session, body: { mutedKinds: ["REPLIED", "REPLIED"], dailyDigest: false }, expect: 200 });
    expect(saved).toMatchObject({ mutedKinds: ["REPLIED"], dailyDigest: false });
    await step("updateNotificationPreferences", { as: "none", headers: session, body: { mutedKinds: ["SOMETIMES"], dailyDigest: false }, expect: 422 });
    if (!process.env.CLAIMBENCH_SMTP_URL) await step("updateNotificationPreferences", { as: "none", headers: session, body: { mutedKinds: [], dailyDigest: true }, expect: 422 });
    await step("getNotificationPreferences", { expect: 403 });
  });
});
