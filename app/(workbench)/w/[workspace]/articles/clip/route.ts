import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { clipPageSchema } from "@/lib/schemas/clip";
import { workspaceParamsSchema } from "@/lib/schemas/common";
import { readJsonBody } from "@/lib/server/api/body";
import { parseWith } from "@/lib/server/http/parse-input";
import { routeHandler } from "@/lib/server/http/route-handler";
import { lastClipWorkspaceCookie } from "@/lib/server/http/clip-workspace";
import { maxUploadBytes } from "@/lib/uploads";
import { clipWebPage } from "@/lib/workflows/web-import/clip-page";

/**
 * The clip window's import (editors and above): the page the bookmarklet handed over, as JSON, with
 * the session cookie. Like the uploads, only from the app's own pages: the clip window is one, and a
 * form on another site could otherwise send the reader's cookie with a page of its choosing. Counted
 * as heavy. Answers 201 with the article's id and the passage located; refusals in the one error shape
 * (409 with the article a duplicate is of). The workspace is remembered for the window's next clip.
 */
export const POST = routeHandler(
  { params: workspaceParamsSchema, role: MINIMUM_ROLE.editArticles, heavy: true, signInTo: "clip pages into Claimbench",
    sameOrigin: "Clip pages with the Clip to Claimbench bookmarklet, from the window it opens." },
  async ({ request, user, params: { workspace: slug } }) => {
    // As for the API (lib/server/api/routes.ts): room for the HTML escaped as a JSON string.
    const body = parseWith(clipPageSchema, await readJsonBody(request, 2 * maxUploadBytes() + 64 * 1024), "The clipped page could not be read.");
    const { article, passage } = await clipWebPage({ actor: user, slug, input: body });
    return Response.json(
      { articleId: article.id, title: article.title, passage },
      { status: 201, headers: { "Cache-Control": "no-store", "Set-Cookie": lastClipWorkspaceCookie(slug, request) } },
    );
  },
);
