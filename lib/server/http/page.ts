import "server-only";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import type { z } from "zod";
import { requirePageUser, type SessionUser } from "@/lib/auth/session";
import type { WorkspaceAccess } from "@/lib/data/scope";
import { getWorkspaceAccess, requireMembership } from "@/lib/data/workspaces/workspaces";
import type { Role } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { workspaceParamsSchema } from "@/lib/schemas/common";

// How a page of a workspace opens: its path parsed, the session (or a redirect to sign-in that comes
// back here), membership and role by the one rule (lib/data/workspaces/workspaces.ts requireMembership), and
// the data it reads, each failure turned into the page Next shows for it: 404, 403 or sign-in.

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface WorkspacePage<P> {
  params: P;
  slug: string;
  /** The workspace's address, /w/<slug>: links start here. */
  base: string;
  user: SessionUser;
  role: Role;
  workspace: WorkspaceAccess["workspace"];
  /** The query string, the first value of each name (what a form with method="get" sends). */
  search: Record<string, string | undefined>;
}

// cache(): a layout, its page and their sections all ask, within one request; the answer is read once.
const getAccess = cache((userId: string, slug: string) => getWorkspaceAccess({ actor: { id: userId }, slug }));

/**
 * For a page of a workspace and the layout and sections around it: non-members get the same 404 as
 * for a workspace that does not exist, so nothing reveals that it does; members whose role is too
 * small get a 403. `returnTo` is where sign-in comes back to.
 */
export async function requirePageWorkspace(slug: string, returnTo: string, role: Role = "VIEWER"): Promise<WorkspaceAccess & { user: SessionUser }> {
  const user = await requirePageUser(returnTo);
  const access = await pageData(async () => requireMembership(await getAccess(user.id, slug), role, "open this page"));
  return { ...access, user };
}

/**
 * Opens a page of a workspace: parses its path with `params` (the workspace alone by default; a
 * malformed one is a 404), then requirePageWorkspace with the page's own address (`path`, under
 * /w/<slug>) to come back to after signing in.
 *   const { user, slug, params: { articleId } } = await openWorkspacePage(props, {
 *     params: articleParamsSchema, path: ({ articleId }) => `articles/${articleId}`, role: MINIMUM_ROLE.editArticles });
 */
export async function openWorkspacePage<S extends z.ZodType<{ workspace: string }> = typeof workspaceParamsSchema>(
  props: { params: Promise<unknown>; searchParams?: SearchParams },
  { params: schema, path = "", role = "VIEWER" }: { params?: S; path?: string | ((params: z.output<S>) => string); role?: Role } = {},
): Promise<WorkspacePage<z.output<S>>> {
  const parsed = (schema ?? workspaceParamsSchema).safeParse(await props.params);
  if (!parsed.success) notFound();
  const params = parsed.data as z.output<S>;
  const slug = params.workspace;
  const base = `/w/${slug}`;
  const rest = typeof path === "function" ? path(params) : path;
  const { user, role: held, workspace } = await requirePageWorkspace(slug, rest ? `${base}/${rest}` : base, role);
  const search = Object.fromEntries(Object.entries((await props.searchParams) ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return { params, slug, base, user, role: held, workspace, search };
}

/**
 * What a page reads, with lib/data's refusals turned into the page Next shows: nothing found (null,
 * or NOT_FOUND) is the 404 page, FORBIDDEN the 403 page. Anything
 * else is thrown on, to the error page (and a database away to the 503 page, proxy.ts).
 */
export async function pageData<T>(read: () => Promise<T | null | undefined>): Promise<T> {
  let value: T | null | undefined;
  try {
    value = await read();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "FORBIDDEN") forbidden();
    throw error;
  }
  if (value === null || value === undefined) notFound();
  return value;
}
