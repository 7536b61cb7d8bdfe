// The anonymous public routes (/p/..., issue 19) for the authorisation matrix: each route called in every
// publication state, with each kind of caller's credentials (which the public routes ignore: they have no
// session and answer everyone alike). Only published content is ever answered 200; a withdrawn one 410;
// anything else (never published, another workspace's, a malformed id, a workspace that never published)
// 404. Integration tests only.
import { GET as indexRoute } from "@/app/p/[workspace]/route";
import { GET as pageRoute } from "@/app/p/[workspace]/[id]/route";
import { GET as embedRoute } from "@/app/p/[workspace]/[id]/embed/route";
import { GET as cardRoute } from "@/app/p/[workspace]/[id]/card.png/route";
import { GET as feedRoute } from "@/app/p/[workspace]/feed.xml/route";
import { GET as dataFeedRoute } from "@/app/p/[workspace]/claimreview.json/route";
import { createTestClaim, createTestWorkspace } from "./data";
import { publishResolvedTestClaim, withdrawTestPublication } from "./public-fixtures";

export const PUBLICATION_STATES = ["published", "unpublished", "never-published", "other-workspace", "malformed-id"] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
type FactCheckParams = { workspace: string; id: string };

export const PUBLIC_FACT_CHECK_ROUTES: { path: string; handler: Handler<FactCheckParams> }[] = [
  { path: "/p/{workspace}/{id}", handler: pageRoute },
  { path: "/p/{workspace}/{id}/embed", handler: embedRoute },
  { path: "/p/{workspace}/{id}/card.png", handler: cardRoute },
];
export const PUBLIC_WORKSPACE_ROUTES: { path: string; handler: Handler<{ workspace: string }> }[] = [
  { path: "/p/{workspace}", handler: indexRoute },
  { path: "/p/{workspace}/feed.xml", handler: feedRoute },
  { path: "/p/{workspace}/claimreview.json", handler: dataFeedRoute },
];

export interface PublicFixture {
  slug: string;
  /** A workspace with nothing published: its index and feeds answer 404. */
  silentSlug: string;
  ids: Record<PublicationState, string>;
}

/** One workspace with a published, an unpublished and a never-published claim, and another workspace's publication. */
export async function createPublicFixture(): Promise<PublicFixture> {
  const { workspace } = await createTestWorkspace(["OWNER"]);
  const published = await publishResolvedTestClaim(workspace.id);
  const unpublished = await publishResolvedTestClaim(workspace.id);
  await withdrawTestPublication(workspace.id, unpublished.claimId);
  const never = await createTestClaim(workspace.id);
  const other = await createTestWorkspace(["OWNER"]);
  const theirs = await publishResolvedTestClaim(other.workspace.id);
  const silent = await createTestWorkspace(["OWNER"]);
  return {
    slug: workspace.slug,
    silentSlug: silent.workspace.slug,
    // A claim's own id was never a publication's id: it stands for "never published".
    ids: { published: published.id, unpublished: unpublished.id, "never-published": never.id, "other-workspace": theirs.id, "malformed-id": "not-a-uuid" },
  };
}

export const expectedPublicStatus = (state: PublicationState) => (state === "published" ? 200 : state === "unpublished" ? 410 : 404);

export function callPublicRoute<P extends Record<string, string>>(handler: Handler<P>, path: string, params: P, headers: Record<string, string> = {}): Promise<Response> {
  const url = Object.entries(params).reduce((out, [key, value]) => out.replace(`{${key}}`, encodeURIComponent(value)), path);
  return handler(new Request(`http://localhost:3000${url}`, { headers: { host: "localhost:3000", ...headers } }), { params: Promise.resolve(params) });
}
