import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { canDeleteComment, canEditComment } from "@/lib/domain/permissions";
import { canSeeComment, resolveMentions } from "@/lib/domain/comments";
import type { CreateCommentInput, DeleteCommentInput, EditCommentInput } from "@/lib/schemas/comment";
import { recordAudit } from "@/lib/data/audit";
import { recordEvent } from "@/lib/data/events/events";
import { notifyOfComment } from "@/lib/data/notifications/notify";
import type { Actor, WorkspaceAccess } from "@/lib/data/scope";
import { updateAtVersion } from "@/lib/data/version-conflict";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";
import { commentReader, requireClaimIn, workspaceMembers } from "./comments";

// Writing in a claim's discussion: add (reviewers and above), edit (the author), delete (the author, or an
// owner moderating). Each write and its audit event share one transaction; the audit event carries the
// claim id, so the comment shows in the claim's history, and the author and parent, so that history can
// apply blind review (lib/domain/comments.ts redactCommentHistory).

const WORDS = { what: "this comment", then: "Reload the discussion to see their version; nothing of yours was saved." };

const commentSelect = { id: true, claimId: true, parentId: true, authorId: true, body: true, mentions: true, deletedAt: true, version: true } as const;

async function findComment(tx: Tx, access: WorkspaceAccess, commentId: string, claimId?: string) {
  const comment = await tx.comment.findFirst({ where: { id: commentId, workspaceId: access.workspace.id, ...(claimId ? { claimId } : {}) }, select: commentSelect });
  if (!comment) throw notFound("That comment");
  return comment;
}

/** Mentions resolved against the workspace's members now: a name of anyone else stays plain text. */
async function mentionsIn(tx: Tx, access: WorkspaceAccess, body: string): Promise<string[]> {
  return resolveMentions(body, await workspaceMembers(tx, access.workspace.id));
}

/** Adds a comment to a claim, or a reply to one of its top-level comments (one level of nesting). */
export async function addComment({ actor, slug, input }: { actor: Actor; slug: string; input: CreateCommentInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "comment" });
  return getDb().$transaction(async (tx) => {
    await requireClaimIn(tx, access, input.claimId);
    if (input.parentId) await requireReplyable(tx, access, actor, slug, input);
    const mentions = await mentionsIn(tx, access, input.body);
    const created = await tx.comment.create({
      data: { workspaceId: access.workspace.id, claimId: input.claimId, authorId: actor.id, parentId: input.parentId ?? null, body: input.body, mentions },
      select: { id: true, version: true, createdAt: true },
    });
    await recordAudit(tx, {
      workspaceId: access.workspace.id, actorId: actor.id, entityType: "comment", entityId: created.id, claimId: input.claimId, action: "create",
      after: { authorId: actor.id, parentId: input.parentId ?? null, body: input.body, mentions },
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "comment.added", claimId: input.claimId, entityId: created.id, actorId: actor.id });
    await notifyOfComment(tx, { workspaceId: access.workspace.id, claimId: input.claimId, commentId: created.id, parentId: input.parentId ?? null, authorId: actor.id, mentions });
    return { id: created.id, version: created.version, mentions };
  });
}

async function requireReplyable(tx: Tx, access: WorkspaceAccess, actor: Actor, slug: string, input: CreateCommentInput) {
  const parent = await tx.comment.findFirst({ where: { id: input.parentId!, claimId: input.claimId, workspaceId: access.workspace.id }, select: { parentId: true, authorId: true, deletedAt: true } });
  const authorRole = parent?.authorId ? (await tx.membership.findFirst({ where: { workspaceId: access.workspace.id, userId: parent.authorId }, select: { role: true } }))?.role ?? null : null;
  const reader = await commentReader({ actor, slug, claimId: input.claimId });
  // A comment blind review hides is "not found" to this reader, as it is in the thread.
  if (!parent || !reader || !canSeeComment(reader, { authorId: parent.authorId, authorRole })) {
    throw new AppError("VALIDATION", "The comment you are replying to is not in this claim's discussion. Reload the discussion and reply again.", { fieldErrors: { parentId: ["No such comment on this claim."] } });
  }
  if (parent.parentId !== null) {
    throw new AppError("VALIDATION", "Replies are one level deep: reply to the comment that starts the thread.", { fieldErrors: { parentId: ["Reply to the comment that starts the thread."] } });
  }
  if (parent.deletedAt) throw new AppError("CONFLICT", "That comment was deleted, so it cannot be replied to. Start a new comment instead.");
}

/** The author changes their comment's text; the version they read must still be current. Shown as edited. */
export async function editComment({ actor, slug, claimId, input }: { actor: Actor; slug: string; claimId?: string; input: EditCommentInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "comment" });
  return getDb().$transaction(async (tx) => {
    const comment = await findComment(tx, access, input.commentId, claimId);
    if (!canEditComment({ id: actor.id, role: access.role }, comment)) throw new AppError("FORBIDDEN", "Only the author of a comment can edit it.");
    if (comment.deletedAt) throw new AppError("CONFLICT", "That comment was deleted, so it can no longer be edited.");
    const mentions = await mentionsIn(tx, access, input.body);
    const editedAt = new Date();
    await updateAtVersion(WORDS, input.version,
      () => tx.comment.updateMany({ where: { id: comment.id, version: input.version }, data: { body: input.body, mentions, editedAt, version: { increment: 1 } } }),
      async () => ({ version: (await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { version: true } })).version }));
    await recordAudit(tx, {
      workspaceId: access.workspace.id, actorId: actor.id, entityType: "comment", entityId: comment.id, claimId: comment.claimId, action: "edit",
      before: { authorId: comment.authorId, parentId: comment.parentId, body: comment.body, mentions: comment.mentions },
      after: { authorId: comment.authorId, parentId: comment.parentId, body: input.body, mentions },
    });
    // Someone mentioned by the edit is told as if by a new comment; those mentioned before were told then.
    const added = mentions.filter((id) => !comment.mentions.includes(id));
    if (added.length > 0) {
      await notifyOfComment(tx, { workspaceId: access.workspace.id, claimId: comment.claimId, commentId: comment.id, parentId: comment.parentId, authorId: actor.id, mentions: added, isEdit: true });
    }
    return { id: comment.id, version: input.version + 1, editedAt, mentions };
  });
}

/**
 * Deletes a comment, leaving a tombstone: its text and mentions are cleared and "comment deleted" shows in
 * their place, so replies keep their thread. The history records that it was deleted, not the text (the
 * history is read by every member; a deleted comment's words should not live on there).
 */
export async function deleteComment({ actor, slug, claimId, input }: { actor: Actor; slug: string; claimId?: string; input: DeleteCommentInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "comment" });
  return getDb().$transaction(async (tx) => {
    const comment = await findComment(tx, access, input.commentId, claimId);
    if (!canDeleteComment({ id: actor.id, role: access.role }, comment)) throw new AppError("FORBIDDEN", "Only the author of a comment, or an owner of the workspace, can delete it.");
    if (comment.deletedAt) throw new AppError("CONFLICT", "That comment was already deleted.");
    await updateAtVersion(WORDS, input.version,
      () => tx.comment.updateMany({ where: { id: comment.id, version: input.version, deletedAt: null }, data: { body: "", mentions: [], deletedAt: new Date(), version: { increment: 1 } } }),
      async () => ({ version: (await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { version: true } })).version }));
    await recordAudit(tx, {
      workspaceId: access.workspace.id, actorId: actor.id, entityType: "comment", entityId: comment.id, claimId: comment.claimId, action: "delete",
      before: { authorId: comment.authorId, parentId: comment.parentId },
      after: { authorId: comment.authorId, parentId: comment.parentId, deleted: true, ...(comment.authorId === actor.id ? {} : { moderated: true }) },
    });
  });
}
