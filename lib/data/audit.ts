import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { memberOf, type Actor } from "./scope";
import { redactHistoryForBlindReview } from "@/lib/domain/blind-history";
import { getVerdictVisibility } from "./verdicts/verdict-visibility";
import { forgetDeletedComments, redactCommentHistory } from "@/lib/domain/comments";
import type { Role } from "@/lib/domain/roles";

export interface AuditInput {
  workspaceId: string;
  actorId: string | null;
  entityType: "workspace" | "membership" | "invitation" | "article" | "claim" | "source" | "evidence" | "verdict" | "comment" | "rating-scale" | "api-token";
  entityId: string;
  /** The claim the change concerns, for the claim's timeline. */
  claimId?: string | null;
  action: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/** Called inside the transaction of the change it records, so neither exists without the other. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      entityType: input.entityType,
      entityId: input.entityId,
      claimId: input.claimId ?? null,
      action: input.action,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}

/**
 * A claim's timeline, oldest first: changes to it and to its evidence, verdicts and assignments.
 * Under blind review, a reviewer who has not rated yet gets other reviewers' verdict events and the
 * reopenings they caused without rating, rationale, reason or reviewer (lib/domain/blind-history.ts).
 */
export async function listClaimHistory({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const [events, visibility] = await Promise.all([
    getDb().auditEvent.findMany({
      where: { claimId, ...memberOf(actor, slug) },
      // Ids (uuid v7) order the events of one transaction, which share a timestamp.
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true, entityType: true, entityId: true, action: true, before: true, after: true, createdAt: true, actorId: true, actor: { select: { name: true } },
        // An imported event happened elsewhere: the import says where it came from, importedActor who did it there.
        importedActor: true, import: { select: { fileName: true, createdAt: true, importedBy: { select: { name: true } } } },
      },
    }),
    getVerdictVisibility({ actor, slug, claimId }),
  ]);
  const seesOthers = visibility?.seesOthers ?? false;
  const redacted = redactHistoryForBlindReview(events, { viewerId: actor.id, seesOthers });
  // Comments by reviewers are hidden like their verdicts (lib/domain/comments.ts); authors' roles decide.
  const roles = seesOthers || !visibility ? new Map<string, Role>() : new Map((await getDb().membership.findMany({ where: { workspaceId: visibility.workspaceId }, select: { userId: true, role: true } })).map((m) => [m.userId, m.role as Role]));
  return redactCommentHistory(forgetDeletedComments(redacted), { id: actor.id, seesOthers }, (userId) => roles.get(userId) ?? null);
}
