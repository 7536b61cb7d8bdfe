import "server-only";
import { getRequestSessionUser } from "@/lib/auth/session";
import { checkApiToken } from "@/lib/data/workspaces/api-tokens";
import { looksLikeApiToken } from "@/lib/domain/api-token";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/data/scope";

/** Who is calling: a user, through their session or one of their tokens (bound to one workspace). */
export type Principal =
  | { kind: "session"; actor: Actor }
  | { kind: "token"; actor: Actor; tokenId: string; workspaceId: string; readOnly: boolean };

const unauthenticated = (message: string) => new AppError("UNAUTHENTICATED", message);

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/**
 * A bearer token when the request has an Authorization header (it is then the only credential
 * looked at), otherwise the next-auth session cookie. Unknown, revoked and expired tokens are all
 * 401, with a message saying which of the last two, since the caller holds the token anyway.
 */
export async function authenticate(request: Request): Promise<Principal> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated("Send the token as: Authorization: Bearer <token>.");
    const token = match[1]!;
    if (!looksLikeApiToken(token)) throw unauthenticated("That API token is not valid. Create one in the workspace settings.");
    const check = await checkApiToken(token);
    if (!check.ok) {
      const why = { unknown: "is not valid", revoked: "has been revoked", expired: "has expired" }[check.reason];
      throw unauthenticated(`That API token ${why}. Create a new one in the workspace settings.`);
    }
    return { kind: "token", actor: { id: check.userId }, tokenId: check.tokenId, workspaceId: check.workspaceId, readOnly: check.readOnly };
  }
  // Without a session cookie there is nothing to look up. An ended session (signed out) is null.
  if (SESSION_COOKIE.test(request.headers.get("cookie") ?? "")) {
    const user = await getRequestSessionUser(request);
    if (user) return { kind: "session", actor: { id: user.id } };
  }
  throw unauthenticated("Sign in, or send a personal API token as: Authorization: Bearer <token>.");
}
