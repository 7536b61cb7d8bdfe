// The app's own route handlers (outside /api/v1: the pages' uploads, downloads and job status) answer
// through routeHandler and the one classifier: the same failure gets the same status and the same
// `{ error: { code, message, fields? } }` as through the API, a unique violation included (409, where
// some of them answered 500 before). Each handler is called in-process with a real Request and a real
// session cookie, against the real database.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { POST as importWorkspaceRoute } from "@/app/api/workspaces/import/route";
import { POST as importArticlesRoute } from "@/app/(workbench)/w/[workspace]/articles/import/files/route";
import { GET as jobFileRoute } from "@/app/(workbench)/w/[workspace]/jobs/[jobId]/file/route";
import { GET as jobStatusRoute } from "@/app/(workbench)/w/[workspace]/jobs/[jobId]/route";
import { GET as reportsDownloadRoute } from "@/app/(workbench)/w/[workspace]/reports/download/route";
import { GET as agreementCsvRoute } from "@/app/(workbench)/w/[workspace]/review/agreement/csv/route";
import { POST as claimReviewRoute } from "@/app/(workbench)/w/[workspace]/sources/claimreview/file/route";
import { countWorkspaceRows, createTestJobFile, createTestWorkspace } from "@test-support/data";
import { withInsertsRefused } from "@test-support/faults";
import { streamWorkspaceJson } from "@/lib/workflows/export/workspace-dump";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import { stopJobQueue } from "@/lib/jobs/queue";
import { PEER_HEADER } from "./trusted-proxies";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Setup = Awaited<ReturnType<typeof createTestWorkspace>>;
type Role = keyof Setup["users"];

let w: Setup;
let slug: string;
beforeAll(async () => {
  w = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
  slug = w.workspace.slug;
});
afterAll(() => stopJobQueue());

/** A session cookie as next-auth signs it at sign-in (a new user's sessions are at version 0). */
const cookieOf = async (userId: string) => `next-auth.session-token=${await encode({ token: { sub: userId, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;

async function call(handler: Handler, { path, params = {}, as, form }: { path: string; params?: Record<string, string>; as?: Role; form?: FormData }) {
  const headers = new Headers({ [PEER_HEADER]: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  if (as) headers.set("cookie", await cookieOf(w.users[as].id));
  const request = new Request(`http://localhost${path}`, { method: form ? "POST" : "GET", headers, body: form });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: /json/.test(response.headers.get("content-type") ?? "") ? (JSON.parse(text) as unknown) : text };
}

const formOf = (field: string, name: string, content: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.append(field, new Blob([content]), name);
  return form;
};

/** While Postgres refuses matching rows with a unique violation, as when a concurrent request took the value first. */
const withUniqueViolation = <T>(table: string, when: string, run: () => Promise<T>) => withInsertsRefused(table, when, "unique_violation", run);

/** The one error shape and nothing beside it: what the API documents, and what the app's forms read. */
const oneShape = (code: string, message: unknown = expect.any(String)) => ({ error: expect.objectContaining({ code, message }) });
const expectOneShape = (body: unknown, code: string) => {
  expect(body).toEqual(oneShape(code));
  expect(Object.keys(body as object)).toEqual(["error"]);
};

/** The member's row of the heavy-request counter (lib/server/http/heavy-limits.ts), written by a raw upsert. */
const heavyKey = (role: Role) => `NEW.key = 'heavy:user:${w.users[role].id}'`;
const importPath = () => `/w/${slug}/articles/import/files`;

describe("a unique violation through each of the app's route handlers is a 409 in the one error shape, and nothing is written", () => {
  it("workspace import (a slug taken meanwhile): 409 with the slug's field error", async () => {
    const chunks: string[] = [];
    for await (const chunk of await streamWorkspaceJson({ actor: w.users.OWNER, slug })) chunks.push(chunk);
    const newSlug = `copy-${randomBytes(4).toString("hex")}`;
    const answer = await withUniqueViolation("workspaces", `NEW.slug = '${newSlug}'`, () =>
      call(importWorkspaceRoute, { path: "/api/workspaces/import", as: "OWNER", form: formOf("file", "desk.json", chunks.join(""), { slug: newSlug }) }));
    expect(answer.status).toBe(409);
    expectOneShape(answer.body, "CONFLICT");
    expect(answer.body).toMatchObject({ error: { fields: { slug: ["This slug is taken."] } } });
    expect(await getWorkspaceAccess({ actor: w.users.OWNER, slug: newSlug })).toBeNull();
  });

  it("article files import (its job row)", async () => {
    const before = await countWorkspaceRows(w.workspace.id);
    const answer = await withUniqueViolation("jobs", `NEW."workspaceId" = '${w.workspace.id}'`, () =>
      call(importArticlesRoute, { path: importPath(), params: { workspace: slug }, as: "EDITOR", form: formOf("files", "a.txt", "Some article text.") }));
    expect(answer.status).toBe(409);
    expectOneShape(answer.body, "CONFLICT");
    expect(await countWorkspaceRows(w.workspace.id)).toEqual(before);
  });

  it("ClaimReview file (its source rows), where it was a 500", async () => {
    const before = await countWorkspaceRows(w.workspace.id);
    const doc = {
      "@context": "https://schema.org", "@type": "ClaimReview", url: `https://factcheck.example/${randomBytes(4).toString("hex")}`, claimReviewed: "IS ruled 12 million people",
      author: { "@type": "Organization", name: "Fact Desk" }, datePublished: "2017-08-03", reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
    };
    const answer = await withUniqueViolation("sources", `NEW."workspaceId" = '${w.workspace.id}'`, () =>
      call(claimReviewRoute, { path: `/w/${slug}/sources/claimreview/file`, params: { workspace: slug }, as: "REVIEWER", form: formOf("files", "reviews.json", JSON.stringify(doc)) }));
    expect(answer.status).toBe(409);
    expectOneShape(answer.body, "CONFLICT");
    expect(await countWorkspaceRows(w.workspace.id)).toEqual(before);
  });

  it("agreement CSV and report download (their request counter, a raw query), where they were 500s", async () => {
    const downloads = [[agreementCsvRoute, `/w/${slug}/review/agreement/csv`, "VIEWER"], [reportsDownloadRoute, `/w/${slug}/reports/download?format=csv`, "REVIEWER"]] as const;
    for (const [handler, path, role] of downloads) {
      const answer = await withUniqueViolation("rate_limits", heavyKey(role), () => call(handler, { path, params: { workspace: slug }, as: role }));
      expect(answer.status, path).toBe(409);
      expectOneShape(answer.body, "CONFLICT");
    }
  });

  it("the job routes write nothing, so meet no unique violation; their refusals come in the one shape too (a file not ready is a 409)", async () => {
    // A job just started by the import page, not run yet.
    const started = await call(importArticlesRoute, { path: importPath(), params: { workspace: slug }, as: "EDITOR", form: formOf("files", "b.txt", "Another article's text.") });
    expect(started).toMatchObject({ status: 202, body: { status: "QUEUED" } });
    const { id } = started.body as { id: string };
    const params = { workspace: slug, jobId: id };
    const notReady = await call(jobFileRoute, { path: `/w/${slug}/jobs/${id}/file`, params, as: "EDITOR" });
    expect(notReady.status).toBe(409);
    expectOneShape(notReady.body, "CONFLICT");
    const othersJob = await call(jobStatusRoute, { path: `/w/${slug}/jobs/${id}`, params, as: "OWNER" });
    expect(othersJob.status).toBe(404);
    expectOneShape(othersJob.body, "NOT_FOUND");
  });
});

describe("routeHandler", () => {
  it("answers what the page needs when all is well", async () => {
    const job = await createTestJobFile({ workspaceId: w.workspace.id, userId: w.users.VIEWER.id });
    const file = await call(jobFileRoute, { path: `/w/${slug}/jobs/${job.id}/file`, params: { workspace: slug, jobId: job.id }, as: "VIEWER" });
    expect(file).toMatchObject({ status: 200, body: "a,b\n1,2\n" });
    const csv = await call(agreementCsvRoute, { path: `/w/${slug}/review/agreement/csv`, params: { workspace: slug }, as: "VIEWER" });
    expect(csv.status).toBe(200);
    expect(csv.body).toMatch(/^scope,statistic,reviewers,value,n,interpretation/);
  });

  it("refuses in the one shape: signed out 401, a role too small 403, a non-member 404 (as a workspace that does not exist), a bad query 422", async () => {
    const upload = () => formOf("files", "a.txt", "Text.");
    const signedOut = await call(importArticlesRoute, { path: importPath(), params: { workspace: slug }, form: upload() });
    expect(signedOut.status).toBe(401);
    expectOneShape(signedOut.body, "UNAUTHENTICATED");
    const viewer = await call(importArticlesRoute, { path: importPath(), params: { workspace: slug }, as: "VIEWER", form: upload() });
    expect(viewer.status).toBe(403);
    expectOneShape(viewer.body, "FORBIDDEN");
    const elsewhere = `nobody-${randomBytes(4).toString("hex")}`;
    const stranger = await call(importArticlesRoute, { path: `/w/${elsewhere}/articles/import/files`, params: { workspace: elsewhere }, as: "EDITOR", form: upload() });
    expect(stranger).toMatchObject({ status: 404, body: oneShape("NOT_FOUND", "That workspace was not found.") });
    const badQuery = await call(reportsDownloadRoute, { path: `/w/${slug}/reports/download?format=docx`, params: { workspace: slug }, as: "VIEWER" });
    expect(badQuery).toMatchObject({ status: 422, body: { error: { code: "VALIDATION", fields: { format: [expect.any(String)] } } } });
  });

  it("answers an unexpected database error with a generic 500 that tells nothing of it, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const answer = await withInsertsRefused("rate_limits", heavyKey("OWNER"), "other", () =>
        call(agreementCsvRoute, { path: `/w/${slug}/review/agreement/csv`, params: { workspace: slug }, as: "OWNER" }));
      expect(answer.status).toBe(500);
      expectOneShape(answer.body, "INTERNAL");
      expect(JSON.stringify(answer.body)).not.toContain("internals");
      expect(log).toHaveBeenCalledWith(`Unexpected error in GET /w/${slug}/review/agreement/csv:`, expect.anything());
    } finally {
      log.mockRestore();
    }
  });
});
