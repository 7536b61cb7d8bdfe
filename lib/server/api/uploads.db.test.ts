import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countWorkspaceRows, createTestJobFile } from "@test-support/data";
import { stopJobQueue } from "@/lib/jobs/queue";
import { runJob } from "@/lib/jobs/runner";
import { articleFile, claimReviewDocument, createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { claimReviewFixture } from "@test-support/claimreview-fixtures";
import { callApi } from "@test-support/call-api";

// Uploads over the API: the page's limits and roles, a job answered at once and followed by id, and
// the job's outcomes for its starter only.

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});
afterAll(() => stopJobQueue());

const LIMITS = ["CLAIMBENCH_MAX_UPLOAD_BYTES", "CLAIMBENCH_MAX_BULK_UPLOAD_BYTES"] as const;
const saved = Object.fromEntries(LIMITS.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of LIMITS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const importFiles = (files: { name: string; content: string }[], token = w.tokens.editor) =>
  callApi({ method: "POST", url: `/workspaces/${w.slug}/articles/import`, token, multipart: { files } });
const jobOf = (id: string, token = w.tokens.editor) => callApi({ method: "GET", url: `/workspaces/${w.slug}/jobs/${id}`, token });

describe("article file imports", () => {
  it("answers 202 with the queued job; once run, the job lists each file's outcome to its starter only", async () => {
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "2048";
    const good = articleFile();
    const started = await importFiles([good, { ...good, name: "again.txt" }, { name: "huge.txt", content: "x".repeat(3000) }, { name: "notes.pdf", content: "%PDF-1.4" }]);
    expect(started).toMatchObject({ status: 202, body: { kind: "article-import", status: "QUEUED", total: 4, progress: 0, outcomes: [] } });
    const id = (started.body as { id: string }).id;

    await runJob(id);
    const done = await jobOf(id);
    expect(done.body).toMatchObject({ status: "SUCCEEDED", progress: 4, total: 4, file: null });
    const outcomes = (done.body as { outcomes: { file: string; status: string; reason?: string }[] }).outcomes;
    expect(outcomes.map((outcome) => [outcome.file, outcome.status])).toEqual([[good.name, "imported"], ["again.txt", "duplicate"], ["huge.txt", "refused"], ["notes.pdf", "refused"]]);
    expect(outcomes[2]!.reason).toContain("over the upload limit of 2 KB per file");

    // Another member, even an owner, does not see it (as in the app).
    expect((await jobOf(id, w.tokens.owner)).status).toBe(404);
    expect((await jobOf(id, w.tokens.viewer)).status).toBe(404);
  });

  it("refuses an upload over the limit of one upload, and one with too many parts or none, writing nothing", async () => {
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "1024";
    process.env.CLAIMBENCH_MAX_BULK_UPLOAD_BYTES = "4096";
    const before = await countWorkspaceRows(w.id);
    const tooLarge = await importFiles([{ name: "a.txt", content: "x".repeat(40_000) }, { name: "b.txt", content: "y".repeat(40_000) }]);
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("CLAIMBENCH_MAX_BULK_UPLOAD_BYTES") } } });
    const none = await callApi({ method: "POST", url: `/workspaces/${w.slug}/articles/import`, token: w.tokens.editor, multipart: { files: [], fields: { stripScripts: "on" } } });
    expect(none).toMatchObject({ status: 422, body: { error: { fields: { files: ["Choose at least one file to upload."] } } } });
    const asJson = await callApi({ method: "POST", url: `/workspaces/${w.slug}/articles/import`, token: w.tokens.editor, body: { files: [] } });
    expect(asJson).toMatchObject({ status: 415, body: { error: { message: expect.stringContaining("multipart/form-data") } } });
    const nul = await importFiles([{ name: "bad\u0000name.txt", content: "Some text" }]);
    expect(nul).toMatchObject({ status: 422, body: { error: { fields: { files: [expect.stringContaining("NUL")] } } } });
    expect((await importFiles([articleFile()], w.tokens.reviewer)).status).toBe(403);
    expect(await countWorkspaceRows(w.id)).toEqual(before);
  });
});

describe("ClaimReview uploads", () => {
  const url = () => `/workspaces/${w.slug}/sources/claimreview`;

  it("adds each fact-check as a source, from a form or from the JSON-LD document as the body, and reports duplicates", async () => {
    const document = claimReviewDocument();
    const asForm = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, multipart: { files: [{ name: "reviews.json", content: JSON.stringify(document) }] } });
    expect(asForm).toMatchObject({ status: 200, body: { file: "reviews.json", status: "imported", imported: [{ id: expect.any(String), title: expect.any(String) }], duplicates: [] } });
    const asBody = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, rawBody: JSON.stringify([document, claimReviewDocument("Another claim")]), headers: { "content-type": "application/ld+json" } });
    expect(asBody).toMatchObject({ status: 200, body: { status: "imported", imported: [expect.any(Object)], duplicates: [{ url: document.url, reason: expect.stringContaining("already holds it") }] } });
    const source = (asForm.body as { imported: { id: string }[] }).imported[0]!.id;
    expect((await callApi({ method: "GET", url: `/workspaces/${w.slug}/sources/${source}`, token: w.tokens.viewer })).body).toMatchObject({ kind: "FACT_CHECK", url: document.url });
  });

  it("reads a fact-checker's HTML page, answering for each review what became of it", async () => {
    const page = claimReviewFixture("hi-article-page.html");
    const answer = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, multipart: { files: [{ name: page.name, content: new TextDecoder().decode(await page.read()) }] } });
    expect(answer).toMatchObject({
      status: 200,
      body: {
        shape: "an HTML page with 1 JSON-LD block (ClaimReview JSON-LD)",
        reviews: [{
          status: "imported", url: "https://satyajanch.example/fact-check/isis-fighters-2017", publisher: "सत्य जांच", publisherSite: "satyajanch.example",
          publishedAt: "2017-08-04", language: "hi", rating: { label: "भ्रामक", value: 2, best: 5, worst: 1 }, ratingLevel: "Mostly false", sourceId: expect.any(String), reason: null,
        }],
        notes: [],
      },
    });
  });

  it("refuses a bad file whole with its reason, a second file, and a body over the limit of one file", async () => {
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "1024";
    const before = await countWorkspaceRows(w.id);
    const broken = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, multipart: { files: [{ name: "reviews.json", content: JSON.stringify([{ ...claimReviewDocument(), claimReviewed: "" }]) }] } });
    expect(broken).toMatchObject({ status: 422, body: { error: { fields: { files: [expect.stringContaining("claimReviewed is empty")] } } } });
    const otherTypes = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, multipart: { files: [{ name: "page.html", content: '<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head></html>' }] } });
    expect(otherTypes).toMatchObject({ status: 422, body: { error: { message: expect.stringContaining("page.html was not imported: no ClaimReview found in this page: it holds NewsArticle.") } } });
    const two = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, multipart: { files: [{ name: "a.json", content: "{}" }, { name: "b.json", content: "{}" }] } });
    expect(two).toMatchObject({ status: 422, body: { error: { message: "Upload one file at a time." } } });
    const huge = await callApi({ method: "POST", url: url(), token: w.tokens.reviewer, rawBody: JSON.stringify({ pad: "x".repeat(2000) }), headers: { "content-type": "application/json" } });
    expect(huge).toMatchObject({ status: 413, body: { error: { message: expect.stringContaining("CLAIMBENCH_MAX_UPLOAD_BYTES") } } });
    expect((await callApi({ method: "POST", url: url(), token: w.tokens.viewer, rawBody: "{}", headers: { "content-type": "application/json" } })).status).toBe(403);
    expect(await countWorkspaceRows(w.id)).toEqual(before);
  });
});

describe("job files", () => {
  it("serves a finished job's file under the API to its starter, and 404 to anyone else", async () => {
    const job = await createTestJobFile({ workspaceId: w.id, userId: w.users.VIEWER.id, content: "claim,rating\n1,True\n" });
    const status = await jobOf(job.id, w.tokens.viewer);
    expect(status.body).toMatchObject({ status: "SUCCEEDED", file: { filename: "claims.csv", url: `/api/v1/workspaces/${w.slug}/jobs/${job.id}/file` } });
    const file = await callApi({ method: "GET", url: `/workspaces/${w.slug}/jobs/${job.id}/file`, token: w.tokens.viewer });
    expect(file.status).toBe(200);
    expect(file.body).toBe("claim,rating\n1,True\n");
    expect(file.headers.get("content-disposition")).toContain("claims.csv");
    expect((await callApi({ method: "GET", url: `/workspaces/${w.slug}/jobs/${job.id}/file`, token: w.tokens.owner })).status).toBe(404);
  });
});
