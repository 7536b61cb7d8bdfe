import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/domain/roles";
import { COMMENT_DELETED_TEXT, visibleThread, type CommentReader } from "@/lib/domain/comments";
import type { Actor, WorkspaceAccess } from "@/lib/data/scope";
import { getVerdictVisibility } from "@/lib/data/verdicts/verdict-visibility";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Reading a claim's discussion. Blind review applies as it does to verdicts (lib/domain/comments.ts
// canSeeComment): the thread leaves out what the reader may not see and says how many comments that is.

export interface CommentView {
  id: string;
  parentId: string | null;
  author: { id: string; name: string } | null;
  /** Who wrote it, for a comment that came in a workspace import (author is then null). */
  importedAuthor: string | null;
  /** Empty for a deleted comment (a tombstone): `deleted` is then true and `deletedText` says so. */
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deleted: boolean;
  version: number;
}

export interface ClaimThread {
  comments: CommentView[];
  /** Comments blind review hides from this reader (shown as a count, never their content). */
  hiddenCount: number;
  deletedText: string;
}

/** Each member's role in the workspace, with name: authors' roles decide blind review, names show mentions. */
export async function workspaceMembers(tx: Tx | ReturnType<typeof getDb>, workspaceId: string) {
  const rows = await tx.membership.findMany({ where: { workspaceId }, select: { role: true, user: { select: { id: true, name: true, email: true } } } });
  return rows.map((row) => ({ id: row.user.id, name: row.user.name, email: row.user.email, role: row.role as Role }));
}

/** The reader of a claim's thread, for blind review; null when they are not a member. */
export async function commentReader({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }): Promise<CommentReader | null> {
  const visibility = await getVerdictVisibility({ actor, slug, claimId });
  return visibility ? { id: actor.id, seesOthers: visibility.seesOthers } : null;
}

/** The claim, in the workspace the actor reached: another workspace's (or none) is "not found". */
export async function requireClaimIn(tx: Tx | ReturnType<typeof getDb>, access: WorkspaceAccess, claimId: string): Promise<void> {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id }, select: { id: true } });
  if (!claim) throw notFound("That claim");
}

/** A claim's discussion, oldest first (replies follow their comment in the UI), for any member. */
export async function listClaimComments({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }): Promise<ClaimThread> {
  const access = await requireWorkspaceRole({ actor, slug, action: "read" });
  const db = getDb();
  await requireClaimIn(db, access, claimId);
  const [rows, members, reader] = await Promise.all([
    db.comment.findMany({
      where: { claimId, workspaceId: access.workspace.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, parentId: true, authorId: true, author: { select: { name: true } }, importedAuthor: true, body: true, mentions: true, createdAt: true, editedAt: true, deletedAt: true, version: true },
    }),
    workspaceMembers(db, access.workspace.id),
    commentReader({ actor, slug, claimId }),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const thread = rows.map((row) => ({ ...row, authorRole: row.authorId ? (byId.get(row.authorId)?.role ?? null) : null }));
  const { visible, hiddenCount } = visibleThread(thread, reader ?? { id: actor.id, seesOthers: false });
  return {
    hiddenCount,
    deletedText: COMMENT_DELETED_TEXT,
    comments: visible.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      author: row.authorId && row.author ? { id: row.authorId, name: row.author.name } : null,
      importedAuthor: row.importedAuthor,
      body: row.deletedAt ? "" : row.body,
      // A mention of someone who has since left keeps no name: the text still holds what was typed.
      mentions: row.deletedAt ? [] : row.mentions.flatMap((id) => (byId.has(id) ? [{ id, name: byId.get(id)!.name }] : [])),
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      deletedAt: row.deletedAt,
      deleted: row.deletedAt !== null,
      version: row.version,
    })),
  };
}
