import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getWorkspaceAccess } from "@/lib/data/workspaces";
import { hasRole, type Role } from "@/lib/domain/roles";
import type { Actor, WorkspaceAccess } from "@/lib/data/scope";
import { authOptions } from "./options";

export interface SessionUser extends Actor {
  email: string;
  name: string;
}

// cache(): a layout and its page both ask, within one request; the answers are computed once.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "" };
});

/**
 * The signed-in user of a route handler's request, read from its own cookie header (no request
 * scope needed), through next-auth and the same jwt callback as pages: an ended session is null.
 */
export async function getRequestSessionUser(request: Request): Promise<SessionUser | null> {
  const cookies = Object.fromEntries(
    (request.headers.get("cookie") ?? "").split(";").flatMap((part) => {
      const at = part.indexOf("=");
      if (at < 1) return [];
      const value = part.slice(at + 1).trim();
      try {
        return [[part.slice(0, at).trim(), decodeURIComponent(value)]];
      } catch {
        return [[part.slice(0, at).trim(), value]];
      }
    }),
  );
  const headers = Object.fromEntries(request.headers);
  // next-auth may refresh the cookie; a route handler's own answer is not where that happens.
  const response = { getHeader: () => undefined, setHeader: () => undefined, setCookie: () => undefined };
  const session = await getServerSession({ headers, cookies } as never, response as never, authOptions);
  const user = session?.user;
  if (!user?.id) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "" };
}

const getAccess = cache((userId: string, slug: string) => getWorkspaceAccess({ actor: { id: userId }, slug }));

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For pages of a workspace: non-members get the same 404 as for a workspace that does not exist,
 * so nothing reveals that it does; members whose role is too small get a 403.
 */
export async function requirePageWorkspace(slug: string, returnTo: string, role: Role = "VIEWER"): Promise<WorkspaceAccess & { user: SessionUser }> {
  const user = await requirePageUser(returnTo);
  const access = await getAccess(user.id, slug);
  if (!access) notFound();
  if (!hasRole(access.role, role)) forbidden();
  return { ...access, user };
}

/** For server actions and route handlers. */
export async function requireActor(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return user;
}
