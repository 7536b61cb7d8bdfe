import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { describeNotification, type NotificationKind } from "@/lib/domain/notifications";
import type { MarkNotificationsReadInput, NotificationList, NotificationListQuery } from "@/lib/schemas/notifications";
import type { Actor } from "@/lib/data/scope";
import { othersVerdictsVisibleSql, type BlindScope } from "@/lib/data/verdicts/verdict-visibility";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

// Reading one's bell and marking it read. Only one's own notifications, in the workspace reached, and of
// those only what blind review lets the recipient see now (a concealed one: once they may see others'
// judgements of its claim; see notify.ts). Mark-all leaves the hidden ones unread, so they still show later.

type NotificationView = NotificationList["notifications"][number];

interface Row {
  id: string;
  kind: NotificationKind;
  claimId: string | null;
  commentId: string | null;
  actorId: string | null;
  actorName: string | null;
  statement: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** The recipient's notifications in the workspace that they may see now, as a condition on notifications `n`. */
export function visibleNotificationsSql(scope: BlindScope & { workspaceId: string }): Prisma.Sql {
  return Prisma.sql`n."recipientId" = ${scope.actorId}::uuid and n."workspaceId" = ${scope.workspaceId}::uuid
    and (not n.concealed or n."claimId" is null or ${othersVerdictsVisibleSql(scope, Prisma.sql`n."claimId"`)})`;
}

export function toNotificationView(row: Row, slug: string): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    text: describeNotification({ kind: row.kind, actorName: row.actorId ? row.actorName : null, claimStatement: row.statement }),
    claimId: row.claimId,
    commentId: row.commentId,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    href: row.claimId ? `/w/${slug}/claims/${row.claimId}${row.commentId ? `#comment-${row.commentId}` : ""}` : `/w/${slug}`,
  };
}

/** The rows matching `where` (over notifications `n`), newest first. */
export async function readNotificationRows(where: Prisma.Sql, limit: number): Promise<Row[]> {
  return getDb().$queryRaw<Row[]>`
    select n.id::text, n.kind::text as kind, n."claimId"::text, n."commentId"::text, n."actorId"::text, u.name as "actorName",
      c.statement, n."createdAt", n."readAt"
    from notifications n left join users u on u.id = n."actorId" left join claims c on c.id = n."claimId"
    where ${where} order by n."createdAt" desc, n.id desc limit ${limit}`;
}

async function scopeOf(actor: Actor, slug: string) {
  const access = await requireWorkspaceRole({ actor, slug, action: "read" });
  return { access, scope: { actorId: actor.id, role: access.role, blindReview: access.workspace.blindReview, workspaceId: access.workspace.id } };
}

async function countUnreadIn(scope: BlindScope & { workspaceId: string }): Promise<number> {
  const [row] = await getDb().$queryRaw<{ count: number }[]>`select count(*)::int as count from notifications n where ${visibleNotificationsSql(scope)} and n."readAt" is null`;
  return row?.count ?? 0;
}

/** The caller's unread count in the workspace: the bell's badge. */
export async function countUnreadNotifications({ actor, slug }: { actor: Actor; slug: string }): Promise<number> {
  return countUnreadIn((await scopeOf(actor, slug)).scope);
}

/** The caller's notifications in the workspace, newest first, a page at a time. */
export async function listNotifications({ actor, slug, query }: { actor: Actor; slug: string; query: NotificationListQuery }): Promise<NotificationList> {
  const { access, scope } = await scopeOf(actor, slug);
  let where = visibleNotificationsSql(scope);
  if (query.unread) where = Prisma.sql`${where} and n."readAt" is null`;
  if (query.cursor) {
    const from = await getDb().notification.findFirst({ where: { id: query.cursor, recipientId: actor.id, workspaceId: scope.workspaceId }, select: { createdAt: true } });
    if (!from) throw new AppError("VALIDATION", "That cursor is not one of your notifications here: start again without it.", { fieldErrors: { cursor: ["Use the nextCursor of the previous page."] } });
    where = Prisma.sql`${where} and (n."createdAt", n.id) < (${from.createdAt}, ${query.cursor}::uuid)`;
  }
  const rows = await readNotificationRows(where, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    notifications: page.map((row) => toNotificationView(row, access.workspace.slug)),
    unreadCount: await countUnreadIn(scope),
    nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}

/**
 * Marks the named notifications read, or all the caller may see. Naming one that is not the caller's (or
 * not here, or hidden by blind review) refuses the whole request: nothing is marked.
 */
export async function markNotificationsRead({ actor, slug, input }: { actor: Actor; slug: string; input: MarkNotificationsReadInput }): Promise<{ marked: number; unreadCount: number }> {
  const { scope } = await scopeOf(actor, slug);
  const visible = visibleNotificationsSql(scope);
  const marked = await getDb().$transaction(async (tx) => {
    if ("all" in input) return tx.$executeRaw`update notifications n set "readAt" = now() where ${visible} and n."readAt" is null`;
    const ids = [...new Set(input.ids)];
    const idList = Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
    const [found] = await tx.$queryRaw<{ count: number }[]>`select count(*)::int as count from notifications n where ${visible} and n.id in (${idList})`;
    if ((found?.count ?? 0) !== ids.length) {
      throw new AppError("NOT_FOUND", "Some of these notifications are not yours in this workspace, or do not exist: nothing was marked. Reload the list and try again.");
    }
    return tx.$executeRaw`update notifications n set "readAt" = now() where ${visible} and n.id in (${idList}) and n."readAt" is null`;
  });
  return { marked, unreadCount: await countUnreadIn(scope) };
}
