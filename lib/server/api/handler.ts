import "server-only";
import type { z } from "zod";
import { getWorkspaceAccess, requireMembership } from "@/lib/data/workspaces/workspaces";
import type { Actor, WorkspaceAccess } from "@/lib/data/scope";
import { AppError, notFound } from "@/lib/errors";
import { idSchema, slugSchema } from "@/lib/schemas/common";
import { authenticate, type Principal } from "@/lib/server/api/auth";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "@/lib/server/api/body";
import { clientAddress } from "@/lib/server/http/client-address";
import { errorResponse } from "@/lib/server/http/error-response";
import { parseQuery, parseWith } from "@/lib/server/http/parse-input";
import { apiLimits, enforceRateLimits } from "@/lib/server/api/rate-limit";
import type { ApiRouteDef, Method, UploadDef } from "@/lib/server/api/routes";
import { limitHeavyRequest } from "@/lib/server/http/heavy-limits";
import { requireSameOrigin } from "@/lib/server/http/same-origin";
import { readUpload as readUploadForm, type Upload } from "@/lib/server/http/upload-request";

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ApiContext<R extends ApiRouteDef> {
  request: Request;
  principal: Principal;
  actor: Actor;
  slug: string;
  /** The caller's workspace and role (an `account` route has none: see the route's flag). */
  access: WorkspaceAccess;
  params: Record<ParamNames<R["path"]>, string>;
  query: Parsed<R["query"]>;
  body: Parsed<R["body"]>;
  /** The files and other parts of a multipart upload (routes with `upload`). */
  upload: R["upload"] extends UploadDef ? Upload<Parsed<R["upload"]["fields"]>> : undefined;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one way an /api/v1 route handler runs, in this order:
 *   authenticate (session cookie or bearer token; 401) → count against the rate limits (per caller
 *   and per address, in Postgres; 429 with Retry-After) → the workspace of the path must be one of
 *   the caller's, and the token's own (404 otherwise, whether or not it exists) → the route's
 *   minimum role (403) and no writes with a read-only token (403) → path params (404 when
 *   malformed), query and JSON body (413 over the size limit, 422 with `fields`) parsed with the
 *   route's zod schemas, or for an upload route its multipart form (lib/server/http/upload-request.ts; with the
 *   session cookie only from the app's own pages, lib/server/http/same-origin.ts) → the handler, which calls
 *   lib/data (which checks the role again).
 * Every failure becomes `{ error: { code, message, fields? } }` through the one classifier
 * (lib/server/http/error-response.ts); unknown errors are logged and answered with a generic 500. The app's
 * own route handlers run the same steps through routeHandler (lib/server/http/route-handler.ts).
 *
 * The handler's return value is sent as JSON with the route's status (204: no body). A handler may
 * instead return its own Response, which is passed through untouched: that is how a streaming
 * route (the export, app/api/v1/workspaces/[slug]/export/route.ts) uses this wrapper:
 *   export const GET = apiHandler(apiRoute("exportWorkspace"), async ({ request, actor, slug, query: { format, ...scope } }) =>
 *     attachmentResponse(await streamExport({ actor, slug, format, scope, baseUrl: requestBaseUrl(request) })));
 * with `raw: true`, `rawContent` (its media types, for the document) and no `response` schema on its
 * entry in lib/server/api/routes.ts. Errors thrown before
 * the stream starts still get the JSON error shape; once it has started, the stream must end itself.
 */
export function apiHandler<const R extends ApiRouteDef>(route: R, handler: (ctx: ApiContext<R>) => Promise<unknown>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const result = await handler(await resolveApiContext(route, request, await context.params));
      if (result instanceof Response) return result;
      if (route.status === 204) return new Response(null, { status: 204 });
      return Response.json(result, { status: route.status, headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      return errorResponse(error, `${route.method} /api/v1${route.path}`);
    }
  };
}

/**
 * apiHandler's steps before the handler (authentication, rate limits, workspace and role, params, query,
 * body), for a caller that answers outside Next's route handlers: the events stream's plain Node handler
 * (lib/server/live/node-events.ts). It throws what apiHandler would answer as an error.
 */
export async function resolveApiContext<const R extends ApiRouteDef>(route: R, request: Request, rawParams: Record<string, string | string[] | undefined>): Promise<ApiContext<R>> {
  const principal = await authenticateAndCount(request);
  const params = parseParams(route.path, rawParams);
  const slug = params.slug!;
  const access = route.account ? accountAccess(principal) : await workspaceAccess(principal, slug, route.role, `call ${route.method} /api/v1${route.path}`);
  if (route.method !== "GET" && principal.kind === "token" && principal.readOnly) {
    throw new AppError("FORBIDDEN", "This API token is read-only. Use a token without the read-only restriction to make changes.");
  }
  const query = route.query ? parseQuery(route.query, request) : undefined;
  const body = route.body ? parseWith(route.body, withPathIds(await readJsonBody(request, route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), route, params), "Some fields need attention.") : undefined;
  const upload = route.upload ? await readUpload(request, principal, route.upload) : undefined;
  // lib/data checks the role again for itself; it reads the access checked here, not the database.
  const actor: Actor = access ? { ...principal.actor, checked: access } : principal.actor;
  return { request, principal, actor, slug, access, params, query, body, upload } as ApiContext<R>;
}

async function workspaceAccess(principal: Principal, slug: string, role: ApiRouteDef["role"], attempt: string): Promise<WorkspaceAccess> {
  const found = await getWorkspaceAccess({ actor: principal.actor, slug });
  // A token belongs to one workspace: another one of its creator's is as unknown to it as any other.
  return requireMembership(principal.kind === "token" && principal.workspaceId !== found?.workspace.id ? null : found, role, attempt);
}

/** Routes about the account (creating a workspace): a session's, never a token's, which reaches one workspace only. */
function accountAccess(principal: Principal): null {
  if (principal.kind === "token") throw new AppError("FORBIDDEN", "An API token acts in its own workspace only. Sign in to the app to create a workspace.");
  return null;
}

/** Counts every request, signed in or not, so guessing tokens is throttled per address too. */
async function authenticateAndCount(request: Request): Promise<Principal> {
  let principal: Principal | null = null;
  let failure: unknown = null;
  try {
    principal = await authenticate(request);
  } catch (error) {
    failure = error;
  }
  await enforceRateLimits(apiLimits(principal, clientAddress(request.headers)));
  if (!principal) throw failure;
  return principal;
}

async function readUpload(request: Request, principal: Principal, upload: UploadDef): Promise<Upload> {
  // A multipart form is a body another site's page may send with the user's cookie (JSON is not): an
  // upload signed in by cookie must come from this app's pages, by the same rule as the UI's upload
  // routes. Browsers never send a bearer token by themselves, so token uploads need no such check.
  if (principal.kind === "session") requireSameOrigin(request, "A script should send an API token instead: Authorization: Bearer <token>.");
  await limitHeavyRequest(request, principal.actor.id);
  return readUploadForm(request, upload);
}

function parseParams(path: string, raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const value = raw[name!];
    const ok = (name === "slug" ? slugSchema : idSchema).safeParse(value);
    // A malformed id names no record: the same 404 as a record that does not exist.
    if (!ok.success) throw notFound(name === "slug" ? "That workspace" : "That record");
    params[name!] = ok.data;
  }
  return params;
}

function withPathIds(body: unknown, route: ApiRouteDef, params: Record<string, string>): unknown {
  if (!route.pathInBody?.length || typeof body !== "object" || body === null || Array.isArray(body)) return body;
  return { ...body, ...Object.fromEntries(route.pathInBody.map((name) => [name, params[name]])) };
}

/** For methods a path refuses on purpose (verdicts are append-only): 405 with Allow. */
export function refusedMethod(allowed: readonly Method[], reason: string) {
  return async (): Promise<Response> =>
    errorResponse(new AppError("METHOD_NOT_ALLOWED", reason), "a refused method", { Allow: allowed.join(", ") });
}
