import { createHash, randomBytes } from "node:crypto";
import type { InvitationState } from "./vocabulary";

// Invitations and password-reset links: a secret in a link, of which only the sha256 is stored (as
// for API tokens), used once, until it expires. The states are worked out here from the row's
// dates, so the page, the API and the accepting code all say the same thing about a link.

/** How long an invitation works, by default. */
export const INVITATION_TTL_DAYS = 7;
/** How long a password-reset link works: a day is enough to pass it on, short enough to go stale. */
export const PASSWORD_RESET_TTL_HOURS = 24;

const INVITATION_PREFIX = "cbi_";
const RESET_PREFIX = "cbr_";

export type LinkKind = "invitation" | "reset";

/** A new link secret and its hash (the only thing stored). 32 random bytes, url-safe. */
export function newLinkToken(kind: LinkKind): { token: string; hash: string } {
  const token = `${kind === "invitation" ? INVITATION_PREFIX : RESET_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before touching the database. */
export function looksLikeLinkToken(kind: LinkKind, value: string): boolean {
  const prefix = kind === "invitation" ? INVITATION_PREFIX : RESET_PREFIX;
  return value.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(prefix.length));
}

/** Accepted and revoked are for good; a pending one expires by the clock. */
export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "PENDING";
}

/** Why a link can no longer be used, in the words of the person who opened it. */
export const UNUSABLE_INVITATION: Record<Exclude<InvitationState, "PENDING">, string> = {
  ACCEPTED: "This invitation has already been used. Sign in with the account that accepted it, or ask the workspace owner for a new invitation.",
  REVOKED: "This invitation was withdrawn by the workspace owner. Ask them for a new one if you should still join.",
  EXPIRED: "This invitation has expired. Ask the workspace owner for a new one.",
};

export const UNUSABLE_RESET = "This password link has expired or has already been used. Ask a workspace owner for a new one.";

/**
 * A workspace's address from its name: lower case, accents dropped, anything else a hyphen
 * ("Élections 2027 – desk" → "elections-2027-desk"). A name with no Latin letters or digits (an
 * Arabic one) gives "workspace"; the caller makes it unique.
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : "workspace";
}
