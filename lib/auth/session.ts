import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/data/scope";
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

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards (pages of a workspace: lib/server/http/page.ts). */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For server actions (route handlers read the session from their request: lib/server/http/route-handler.ts). */
export async function requireActor(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return user;
}
