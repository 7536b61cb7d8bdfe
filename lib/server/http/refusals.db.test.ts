// A refusal says what the person tried and which role it needs, in the one `{ error: { code, message } }`
// shape, whichever door it came through (the API, the reports page's download, a server action's data call).
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as reportsDownloadRoute } from "@/app/(workbench)/w/[workspace]/reports/download/route";
import { createJob } from "@/lib/data/jobs/jobs";
import { callApi } from "@test-support/call-api";
import { createTestApiToken, createTestWorkspace } from "@test-support/data";
import { PEER_HEADER } from "@/lib/server/http/trusted-proxies";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";

let w: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  w = await createTestWorkspace(["OWNER", "VIEWER"]);
});

const JSON_EXPORT_REFUSAL = "You cannot export the whole workspace as JSON: that needs the editor role or above, and your role in this workspace is viewer.";

function expectOnlyError(body: unknown, message: string | RegExp) {
  expect(Object.keys(body as object)).toEqual(["error"]);
  expect(body).toEqual({ error: { code: "FORBIDDEN", message: typeof message === "string" ? message : expect.stringMatching(message) } });
}

describe("a viewer's JSON export is refused with what they tried and the role it needs", () => {
  it("through the API", async () => {
    const token = await createTestApiToken({ workspaceId: w.workspace.id, userId: w.users.VIEWER.id });
    const answer = await callApi({ method: "GET", url: `/workspaces/${w.workspace.slug}/export?format=json`, token });
    expect(answer.status).toBe(403);
    expectOnlyError(answer.body, JSON_EXPORT_REFUSAL);
  });

  it("through the reports page's download", async () => {
    const cookie = `next-auth.session-token=${await encode({ token: { sub: w.users.VIEWER.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;
    const request = new Request(`http://localhost/w/${w.workspace.slug}/reports/download?format=json`, { headers: { cookie, [PEER_HEADER]: "10.1.1.1" } });
    const response = await reportsDownloadRoute(request, { params: Promise.resolve({ workspace: w.workspace.slug }) });
    expect(response.status).toBe(403);
    expectOnlyError(await response.json(), JSON_EXPORT_REFUSAL);
  });

  it("as a background job (the reports page's large exports)", async () => {
    await expect(createJob({ actor: w.users.VIEWER, slug: w.workspace.slug, kind: "export", payload: { format: "json" }, action: "export:json" }))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: JSON_EXPORT_REFUSAL });
  });
});

describe("a route's own role check names the route and the role", () => {
  it("a viewer marking a claim through the API", async () => {
    const token = await createTestApiToken({ workspaceId: w.workspace.id, userId: w.users.VIEWER.id });
    const answer = await callApi({ method: "POST", url: `/workspaces/${w.workspace.slug}/claims`, token, body: { articleId: "00000000-0000-4000-8000-000000000000", start: 0, end: 3, statement: "x" } });
    expect(answer.status).toBe(403);
    expectOnlyError(answer.body, "You cannot call POST /api/v1/workspaces/{slug}/claims: that needs the reviewer role or above, and your role in this workspace is viewer.");
  });
});
