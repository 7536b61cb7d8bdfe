// The clip window's import route (app/(workbench)/w/[workspace]/articles/clip): called in-process
// with a real Request, a real session cookie and the headers a browser sends, against the database.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { POST as clipRoute } from "@/app/(workbench)/w/[workspace]/articles/clip/route";
import { listArticleCaptures } from "@/lib/data/articles/captures";
import { countWorkspaceRows, createTestWorkspace } from "@test-support/data";
import { clippedPage } from "@test-support/api-scenarios";
import { LAST_CLIP_WORKSPACE_COOKIE } from "./clip-workspace";
import { PEER_HEADER } from "./trusted-proxies";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";

type Setup = Awaited<ReturnType<typeof createTestWorkspace>>;
let w: Setup;
beforeAll(async () => {
  w = await createTestWorkspace(["OWNER", "EDITOR", "VIEWER"]);
});

const APP = "http://localhost:3000";
const cookieOf = async (userId: string) => `next-auth.session-token=${await encode({ token: { sub: userId, sv: 0 }, secret: process.env.NEXTAUTH_SECRET! })}`;

/** A POST as the clip window's fetch sends it: JSON, from the app's own origin, unless told otherwise. */
async function clip(body: unknown, { as = "EDITOR", origin = APP, site = "same-origin", slug = w.workspace.slug }: { as?: keyof Setup["users"] | null; origin?: string; site?: string; slug?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", host: "localhost:3000", origin, "sec-fetch-site": site, [PEER_HEADER]: `10.7.${randomBytes(1)[0]}.${randomBytes(1)[0]}` });
  if (as) headers.set("cookie", await cookieOf(w.users[as].id));
  const request = new Request(`${APP}/w/${slug}/articles/clip`, { method: "POST", headers, body: JSON.stringify(body) });
  const response = await clipRoute(request, { params: Promise.resolve({ workspace: slug }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> & { error?: Record<string, unknown> } };
}

const articleCount = async () => (await countWorkspaceRows(w.workspace.id)).articles;

describe("the clip window's import route", () => {
  it("imports the page, answers its id and the located passage, and remembers the workspace for the clip window only", async () => {
    const page = clippedPage("Officials said 40 percent had left.");
    const answer = await clip(page);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ articleId: expect.any(String), title: page.title, passage: { exact: "Officials said 40 percent had left." } });
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${LAST_CLIP_WORKSPACE_COOKIE}=${w.workspace.slug}`);
    expect(cookie).toMatch(/Path=\/clip;.*HttpOnly/);
    const captures = await listArticleCaptures({ actor: w.users.EDITOR, slug: w.workspace.slug, articleId: String(answer.body.articleId) });
    expect(captures).toEqual([expect.objectContaining({ method: "CLIP", finalUrl: page.url, httpStatus: null })]);

    const again = await clip(page);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", current: { id: answer.body.articleId } });
  });

  it("refuses a request sent from another site with the reader's cookie, before anything is read or written", async () => {
    const before = await articleCount();
    const forged = await clip(clippedPage(), { origin: "https://news.example", site: "cross-site" });
    expect(forged.status).toBe(403);
    expect(forged.body.error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("from the window it opens") });
    expect(await articleCount()).toBe(before);
  });

  it("asks a signed-out person to sign in, refuses a viewer, and says what is wrong with a bad page", async () => {
    const before = await articleCount();
    expect((await clip(clippedPage(), { as: null })).body.error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringContaining("Sign in again to clip pages") });
    expect((await clip(clippedPage(), { as: "VIEWER" })).status).toBe(403);
    const bad = await clip({ ...clippedPage(), url: "file:///etc/passwd" });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ fields: { url: ["Only web addresses starting with http:// or https:// are accepted."] } });
    expect(await articleCount()).toBe(before);
  });
});
