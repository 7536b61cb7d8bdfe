import type { ApiRouteDef, Method } from "./route-def";
import { workspaceRoutes } from "./routes/workspace-routes";
import { articleRoutes } from "./routes/article-routes";
import { claimRoutes } from "./routes/claim-routes";
import { reviewRoutes } from "./routes/review-routes";
import { publishingRoutes } from "./routes/publishing-routes";

// The route list of /api/v1: one entry per path and method, with its minimum role and schemas.
// Route handlers take their entry (this list), the OpenAPI document is generated from it
// (lib/server/api/openapi.ts), and tests check that the route files under app/api/v1 and this list agree
// and run the authorisation matrix over it. A new endpoint starts with an entry in its area's list.
// The entries live by area under ./routes/; their shape is ./route-def.ts.

export type { ApiRouteDef, Method, UploadDef } from "./route-def";

const routes = [...workspaceRoutes, ...articleRoutes, ...claimRoutes, ...reviewRoutes, ...publishingRoutes] as const satisfies readonly ApiRouteDef[];

export type RouteId = (typeof routes)[number]["id"];
export const API_ROUTES: readonly ApiRouteDef[] = routes;

/** Methods a path refuses on purpose with 405 (verdicts are append-only). */
export const REFUSED_METHODS: readonly { path: string; methods: readonly Method[]; reason: string }[] = [
  { path: "/workspaces/{slug}/claims/{claimId}/verdicts", methods: ["PUT", "PATCH", "DELETE"], reason: "Verdicts are append-only: record a new verdict to change your rating." },
];

export function apiRoute<const I extends RouteId>(id: I): Extract<(typeof routes)[number], { id: I }> {
  const found = routes.find((route) => route.id === id);
  if (!found) throw new Error(`No API route ${id}`);
  return found as Extract<(typeof routes)[number], { id: I }>;
}
