import "server-only";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import { readNotificationRows, toNotificationView, visibleNotificationsSql } from "./notifications";

// What the daily digest holds (lib/workflows/notifications/digest.ts mails it): for each person who chose
// it, their unread notifications of the last day, newer than their last digest, in each workspace they are
// a member of now, as blind review lets them see them now (the same condition as the bell).

const DAY_MS = 24 * 60 * 60 * 1000;
/** Lines per workspace in one mail: a digest, not an archive; the bell has the rest. */
const PER_WORKSPACE = 50;

export interface DigestRecipient {
  userId: string;
  name: string;
  email: string;
  since: Date;
}

/** Everyone with the digest on, each with the moment their digest starts from. */
export async function listDigestRecipients(now = new Date()): Promise<DigestRecipient[]> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const rows = await getDb().notificationPreference.findMany({
    where: { dailyDigest: true },
    select: { userId: true, digestSentAt: true, user: { select: { name: true, email: true } } },
    orderBy: { userId: "asc" },
  });
  return rows.map((row) => ({
    userId: row.userId, name: row.user.name, email: row.user.email,
    since: row.digestSentAt && row.digestSentAt > dayAgo ? row.digestSentAt : dayAgo,
  }));
}

/** The recipient's unread notifications since `since`, per workspace (only workspaces with some). */
export async function collectDigest({ userId, since }: { userId: string; since: Date }) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true, blindReview: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  const found = [];
  for (const { role, workspace } of memberships) {
    const scope = { actorId: userId, role: role as Role, blindReview: workspace.blindReview, workspaceId: workspace.id };
    const rows = await readNotificationRows(Prisma.sql`${visibleNotificationsSql(scope)} and n."readAt" is null and n."createdAt" > ${since}`, PER_WORKSPACE);
    if (rows.length > 0) found.push({ workspace: { slug: workspace.slug, name: workspace.name }, notifications: rows.map((row) => toNotificationView(row, workspace.slug)) });
  }
  return found;
}

/** The digest went out: the next one starts here. */
export async function markDigestSent({ userId, at }: { userId: string; at: Date }): Promise<void> {
  await getDb().notificationPreference.update({ where: { userId }, data: { digestSentAt: at } });
}
