import "server-only";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";

// What the events streams of one app server ask of the database about their recipients, in one statement
// for all of them (issue 18, "Speed and scale"): each stream used to check its own membership and
// credentials every few seconds (two or three statements each) and whether its reviewer had rated a
// claim on every verdict event (one statement each), so 500 streams made hundreds of queries a second.

export interface StreamCredential {
  userId: string;
  workspaceId: string;
  /** The API token the stream was opened with; null for a signed-in session. */
  tokenId: string | null;
}

export interface StreamAccessNow {
  /** The member's role now; null when they are no longer a member (or the user is gone). */
  role: Role | null;
  blindReview: boolean;
  /** The user's session version now (a raise ends every session of theirs); null when the user is gone. */
  sessionVersion: number | null;
  /** For a token: not revoked, not expired, still there, still the user's for this workspace. True for a session. */
  tokenValid: boolean;
}

export const credentialKey = (c: StreamCredential) => `${c.userId}|${c.workspaceId}|${c.tokenId ?? ""}`;

/** Each distinct credential's access now, by credentialKey; one statement whatever the count. */
export async function checkStreamAccess(credentials: readonly StreamCredential[]): Promise<Map<string, StreamAccessNow>> {
  const distinct = [...new Map(credentials.map((c) => [credentialKey(c), c])).values()];
  const result = new Map<string, StreamAccessNow>();
  if (distinct.length === 0) return result;
  const rows = await getDb().$queryRaw<{ key: string; role: Role | null; blindReview: boolean | null; sessionVersion: number | null; tokenValid: boolean }[]>`
    select k.key, m.role::text as role, w."blindReview", u."sessionVersion",
      (k."tokenId" is null or exists (
        select 1 from api_tokens t
        where t.id = k."tokenId" and t."userId" = k."userId" and t."workspaceId" = k."workspaceId"
          and t."revokedAt" is null and (t."expiresAt" is null or t."expiresAt" > now()))) as "tokenValid"
    from unnest(${distinct.map(credentialKey)}::text[], ${distinct.map((c) => c.userId)}::uuid[],
      ${distinct.map((c) => c.workspaceId)}::uuid[], ${distinct.map((c) => c.tokenId)}::uuid[]) as k(key, "userId", "workspaceId", "tokenId")
    left join users u on u.id = k."userId"
    left join memberships m on m."userId" = k."userId" and m."workspaceId" = k."workspaceId" and u.id is not null
    left join workspaces w on w.id = k."workspaceId"`;
  for (const row of rows) {
    result.set(row.key, { role: row.role, blindReview: row.blindReview ?? true, sessionVersion: row.sessionVersion, tokenValid: row.tokenValid });
  }
  return result;
}

/** Which of these (user, claim) pairs have a verdict, as `${userId}|${claimId}`; one statement for them all. */
export async function listOwnVerdicts(pairs: readonly { userId: string; claimId: string }[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await getDb().$queryRaw<{ key: string }[]>`
    select distinct v."reviewerId"::text || '|' || v."claimId"::text as key
    from unnest(${pairs.map((p) => p.userId)}::uuid[], ${pairs.map((p) => p.claimId)}::uuid[]) as p("userId", "claimId")
    join verdicts v on v."claimId" = p."claimId" and v."reviewerId" = p."userId"`;
  return new Set(rows.map((row) => row.key));
}
