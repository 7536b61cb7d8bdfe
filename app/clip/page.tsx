import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requirePageUser } from "@/lib/auth/session";
import { listMyWorkspaces } from "@/lib/data/workspaces/workspaces";
import { CLIP_PATH } from "@/lib/domain/bookmarklet";
import { canEditArticles } from "@/lib/domain/permissions";
import { LAST_CLIP_WORKSPACE_COOKIE } from "@/lib/server/http/clip-workspace";
import { ClipWindow } from "./clip-window";

export const metadata: Metadata = { title: "Clip to Claimbench" };

/**
 * The window the "Clip to Claimbench" bookmarklet opens (lib/domain/bookmarklet.ts). Like every page it
 * may not be framed (frame-ancestors 'none' and X-Frame-Options: DENY, proxy.ts and next.config.js),
 * so no site can lay it under its own page and have the reader click Import unseen.
 *
 * Signed out, it sends the reader to sign in and back here, in this same window: a window keeps its
 * opener across navigations, so the page that opened it still hears "ready" and hands itself over.
 */
export default async function ClipPage() {
  const user = await requirePageUser(CLIP_PATH);
  const workspaces = (await listMyWorkspaces({ actor: user })).filter((workspace) => canEditArticles(workspace.role)).map(({ slug, name }) => ({ slug, name }));
  const last = (await cookies()).get(LAST_CLIP_WORKSPACE_COOKIE)?.value;
  const chosen = workspaces.find((workspace) => workspace.slug === last)?.slug ?? workspaces[0]?.slug ?? null;
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-5">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-3">
        <h1 className="text-lg font-semibold"><span className="text-blue-800">Claimbench</span> · Clip this page</h1>
        <p className="text-xs text-slate-600">Signed in as <bdi>{user.name}</bdi></p>
      </header>
      <ClipWindow workspaces={workspaces} chosen={chosen} />
    </main>
  );
}
