import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

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
