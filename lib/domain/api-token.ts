import { createHash, randomBytes } from "node:crypto";

// A personal API token: "cbt_" and 43 url-safe characters (32 random bytes). Only its sha256 is
// stored; the first characters are kept apart so a user can tell tokens apart in settings.
export const TOKEN_PREFIX = "cbt_";
const SHOWN_LENGTH = 12;

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, SHOWN_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before touching the database: anything else cannot be one of our tokens. */
export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(TOKEN_PREFIX.length));
}
