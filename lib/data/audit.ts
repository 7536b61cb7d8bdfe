import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db/client";
import { memberOf, type Actor } from "./scope";

export interface AuditInput {
  workspaceId: string;
  actorId: string | null;
  entityType: "workspace" | "membership" | "article" | "claim" | "source" | "evidence" | "verdict" | "rating-scale";
  entityId: string;
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
      action: input.action,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}

/** The history of one record, oldest first, for members of its workspace. */
export async function listHistory({ actor, slug, entityId }: { actor: Actor; slug: string; entityId: string }) {
  return getDb().auditEvent.findMany({
    where: { entityId, ...memberOf(actor, slug) },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
}
