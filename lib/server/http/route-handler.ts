import "server-only";
import type { z } from "zod";
import { getRequestSessionUser, type SessionUser } from "@/lib/auth/session";
import type { WorkspaceAccess } from "@/lib/data/scope";
import { getWorkspaceAccess, requireMembership } from "@/lib/data/workspaces/workspaces";
import type { Role } from "@/lib/domain/roles";
import { AppError, notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/server/http/error-response";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { parseQuery } from "@/lib/server/http/parse-input";
import { requireSameOrigin } from "@/lib/server/http/same-origin";
import { readUpload, type Upload, type UploadSpec } from "@/lib/server/http/upload-request";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What one of the app's own route handlers takes, as the API route list (lib/server/api/routes.ts) says it for the API's. */
export interface RouteDef {
  /** What a signed-out caller must sign in to do: "download exports" ("… Sign in again to download exports."). */
  signInTo: string;
  /** The path's segments. A malformed one names no record: 404, as one that does not exist. */
  params?: z.ZodType;
  /** What a malformed path is said not to find: "That job" (by default "That workspace"). */
  missing?: string;
  /** The query string (422 with `fields`). */
  query?: z.ZodType;
  /** The smallest role in the path's workspace (`params.workspace`): 404 for non-members, 403 below it. */
  role?: Role;
  /** Counted against the per-user and per-address budget of heavy requests (lib/server/http/heavy-limits.ts; 429). */
  heavy?: boolean;
  /** A multipart upload: only from the app's own pages, counted as heavy, read under the upload limits. */
  upload?: UploadSpec;
  /** Only from the app's own pages, like an upload (a JSON body sent with the cookie): what to do instead when refused. */
  sameOrigin?: string;
}

export interface RouteContext<D extends RouteDef> {
  request: Request;
  /** The signed-in user; with `role`, carrying the access checked here, so lib/data does not read it again. */
  user: SessionUser;
  params: Parsed<D["params"]>;
  query: Parsed<D["query"]>;
  access: D["role"] extends Role ? WorkspaceAccess : undefined;
  upload: D["upload"] extends UploadSpec ? Upload<Parsed<D["upload"]["fields"]>> : undefined;
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one way the app's own route handlers (downloads, uploads, job status: the ones its pages call,
 * outside /api/v1) run, in the order the API's wrapper (lib/server/api/handler.ts) uses:
 *   an upload only from the app's own pages (lib/server/http/same-origin.ts: Next checks the origin of
 *   server actions, not of route handlers; 403) → path params (404) → query (422) → the session
 *   (401) → membership and role in the path's workspace (404/403) → the heavy-request budget (429)
 *   → the upload (413/415/422) → the handler, which calls lib/data (which checks the role again).
 * Every failure, thrown here or by the handler, is answered through the one classifier in the one
 * error shape (lib/server/http/error-response.ts), so the same failure has the same status as through the
 * API or a server action. The handler answers its own Response: a file, a stream, a status.
 */
export function routeHandler<const D extends RouteDef>(def: D, handler: (ctx: RouteContext<D>) => Promise<Response>) {
  return async (request: Request, context?: NextContext): Promise<Response> => {
    try {
      if (def.upload || def.sameOrigin) requireSameOrigin(request, def.sameOrigin);
      const params = def.params ? parsePath(def.params, (await context?.params) ?? {}, def.missing) : undefined;
      const query = def.query ? parseQuery(def.query, request) : undefined;
      const signedIn = await getRequestSessionUser(request);
      if (!signedIn) throw new AppError("UNAUTHENTICATED", `Your session has ended. Sign in again to ${def.signInTo}.`);
      const access = def.role ? requireMembership(await getWorkspaceAccess({ actor: signedIn, slug: workspaceOf(params) }), def.role, def.signInTo) : undefined;
      const user: SessionUser = access ? { ...signedIn, checked: access } : signedIn;
      if (def.heavy || def.upload) await limitHeavyRequest(request, user.id);
      const upload = def.upload ? await readUpload(request, def.upload) : undefined;
      return await handler({ request, user, params, query, access, upload } as RouteContext<D>);
    } catch (error) {
      return errorResponse(error, `${request.method} ${new URL(request.url).pathname}`);
    }
  };
}

function parsePath(schema: z.ZodType, raw: Record<string, unknown>, missing = "That workspace"): unknown {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw notFound(missing);
  return parsed.data;
}

function workspaceOf(params: unknown): string {
  const slug = (params as { workspace?: unknown } | undefined)?.workspace;
  // A definition error, not a request's: a role needs the workspace it is held in.
  if (typeof slug !== "string") throw new Error("routeHandler: a route with a role needs a `workspace` path param.");
  return slug;
}
