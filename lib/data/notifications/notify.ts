import "server-only";
import type { Tx } from "@/lib/db/client";
import { blindReviewMayHide, canSeeOthersVerdicts } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import {
  claimPeople, commentConcealedFrom, commentRecipients, notificationsToWrite, type NotificationKind, type PlannedNotification,
} from "@/lib/domain/notifications";
import { recordEvent } from "@/lib/data/events/events";

// Writing notifications, always inside the transaction of the change that causes them (called next to
// that change's recordEvent), so a notification exists exactly when its cause committed.
//
// Blind review: a notification whose cause a reviewer may not see yet (a reviewer's comment, a reply in a
// hidden thread, a split) is still written, marked `concealed`, and the bell lists it only once the
// recipient may see others' judgements of the claim (lib/data/notifications/notifications.ts), with their
// role and verdicts at that moment. Its live event is recorded only when the recipient may see it at once;
// one that becomes visible later (the reviewer rates) gets its event then (revealConcealedNotifications, in
// the verdict's transaction), so the bell shows it live at that moment, never before.

export interface NotifyInput {
  workspaceId: string;
  claimId: string;
  commentId?: string | null;
  /** Who acted: never notified of their own change. */
  actorId: string | null;
  /** Who the line names; null when blind review keeps it from the recipient. Defaults to actorId. */
  shownActorId?: string | null;
  planned: readonly PlannedNotification[];
}

/** Writes the planned notifications that apply (lib/domain/notifications.ts notificationsToWrite); returns how many. */
export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const ids = [...new Set(input.planned.map((n) => n.recipientId))];
  if (ids.length === 0) return 0;
  const members = await tx.membership.findMany({ where: { workspaceId: input.workspaceId, userId: { in: ids } }, select: { userId: true, role: true } });
  const prefs = await tx.notificationPreference.findMany({ where: { userId: { in: ids } }, select: { userId: true, mutedKinds: true } });
  const toWrite = notificationsToWrite(input.planned, {
    actorId: input.actorId,
    members: new Set(members.map((m) => m.userId)),
    mutedKinds: new Map(prefs.map((p) => [p.userId, new Set<string>(p.mutedKinds)])),
  });
  if (toWrite.length === 0) return 0;
  const roleOf = new Map(members.map((m) => [m.userId, m.role as Role]));
  const { blindReview } = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { blindReview: true } });
  const actorId = input.shownActorId === undefined ? input.actorId : input.shownActorId;
  for (const planned of toWrite) {
    const created = await tx.notification.create({
      data: { workspaceId: input.workspaceId, recipientId: planned.recipientId, kind: planned.kind, claimId: input.claimId, commentId: input.commentId ?? null, actorId, concealed: planned.concealed },
      select: { id: true },
    });
    const role = roleOf.get(planned.recipientId)!;
    if (planned.concealed && !(await seesOthersNow(tx, { role, blindReview, userId: planned.recipientId, claimId: input.claimId }))) continue;
    await recordEvent(tx, { workspaceId: input.workspaceId, name: "notification", claimId: input.claimId, entityId: created.id, actorId, recipientId: planned.recipientId });
  }
  return toWrite.length;
}

async function seesOthersNow(tx: Tx, { role, blindReview, userId, claimId }: { role: Role; blindReview: boolean; userId: string; claimId: string }): Promise<boolean> {
  const mustCheck = blindReviewMayHide({ role, blindReview });
  const hasOwnVerdict = mustCheck && (await tx.verdict.count({ where: { claimId, reviewerId: userId }, take: 1 })) > 0;
  return canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict });
}

/**
 * The reviewer just recorded a verdict on the claim, so blind review no longer hides others' judgements of it
 * from them: their unread notifications about it that were concealed get the live event they did not get
 * when written. Called in the verdict's transaction; returns how many.
 */
export async function revealConcealedNotifications(tx: Tx, { workspaceId, claimId, userId }: { workspaceId: string; claimId: string; userId: string }): Promise<number> {
  // Only at their first verdict: a later one changes nothing about what they may see.
  if ((await tx.verdict.count({ where: { claimId, reviewerId: userId } })) !== 1) return 0;
  const hidden = await tx.notification.findMany({ where: { workspaceId, claimId, recipientId: userId, concealed: true, readAt: null }, select: { id: true, actorId: true } });
  for (const n of hidden) await recordEvent(tx, { workspaceId, name: "notification", claimId, entityId: n.id, actorId: n.actorId, recipientId: userId });
  return hidden.length;
}

/** The claim's people (who marked it, who is assigned): "a claim of theirs". */
export async function claimPeopleOf(tx: Tx, claimId: string): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { createdById: true, assignments: { select: { reviewerId: true } } } });
  return claimPeople({ createdById: claim.createdById, assigneeIds: claim.assignments.map((a) => a.reviewerId) });
}

/** Tells a claim's people of a change to it (reopened, disputed). */
export async function notifyClaimPeople(tx: Tx, input: Omit<NotifyInput, "planned"> & { kind: NotificationKind; concealed: boolean }): Promise<number> {
  const people = await claimPeopleOf(tx, input.claimId);
  return notify(tx, { ...input, planned: people.map((recipientId) => ({ recipientId, kind: input.kind, concealed: input.concealed })) });
}

/** Whether the claim's disagreement row shows a reviewer split now (read before and after a verdict's refresh). */
export async function hasReviewerSplit(tx: Tx, claimId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ split: boolean }[]>`select "reviewerSplit" is not null as split from claim_disagreements where "claimId" = ${claimId}::uuid`;
  return rows[0]?.split ?? false;
}

/**
 * Tells the people a new comment concerns: those it mentions, and for a reply the others who wrote in its
 * thread. `mentions` are the mentions to tell of: all of a new comment's, only the added ones of an edit
 * (which tells no thread: nothing was replied).
 */
export async function notifyOfComment(tx: Tx, input: {
  workspaceId: string;
  claimId: string;
  commentId: string;
  parentId: string | null;
  authorId: string;
  mentions: readonly string[];
  isEdit?: boolean;
}): Promise<number> {
  const members = await tx.membership.findMany({ where: { workspaceId: input.workspaceId }, select: { userId: true, role: true } });
  const roleOf = (id: string | null) => (id ? ((members.find((m) => m.userId === id)?.role as Role | undefined) ?? null) : null);
  let threadStart: { authorId: string | null } | null = null;
  let threadAuthors: (string | null)[] | null = null;
  if (input.parentId) {
    threadStart = await tx.comment.findUniqueOrThrow({ where: { id: input.parentId }, select: { authorId: true } });
    if (!input.isEdit) {
      const replies = await tx.comment.findMany({ where: { parentId: input.parentId, id: { not: input.commentId } }, select: { authorId: true } });
      threadAuthors = [threadStart.authorId, ...replies.map((r) => r.authorId)];
    }
  }
  const start = threadStart ? { authorId: threadStart.authorId, authorRole: roleOf(threadStart.authorId) } : null;
  const comment = { authorId: input.authorId, authorRole: roleOf(input.authorId) };
  const planned = commentRecipients({ authorId: input.authorId, mentions: input.mentions, threadAuthors })
    .map((n) => ({ ...n, concealed: commentConcealedFrom(n.recipientId, comment, start) }));
  return notify(tx, { workspaceId: input.workspaceId, claimId: input.claimId, commentId: input.commentId, actorId: input.authorId, planned });
}
