import "server-only";
import { getDb } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/domain/notifications";
import type { NotificationPreferencesInput } from "@/lib/schemas/notifications";
import type { Actor } from "@/lib/data/scope";

// A person's notification choices, the same in all their workspaces (like their name): the kinds switched
// off, and the daily digest. No row means the defaults: every kind on, no digest.

export interface NotificationPreferences {
  mutedKinds: NotificationKind[];
  dailyDigest: boolean;
}

export async function getNotificationPreferences({ actor }: { actor: Actor }): Promise<NotificationPreferences> {
  const row = await getDb().notificationPreference.findUnique({ where: { userId: actor.id }, select: { mutedKinds: true, dailyDigest: true } });
  return { mutedKinds: row?.mutedKinds ?? [], dailyDigest: row?.dailyDigest ?? false };
}

/** Saves the whole set (the settings form and the API's PUT send every field). */
export async function saveNotificationPreferences({ actor, input }: { actor: Actor; input: NotificationPreferencesInput }): Promise<NotificationPreferences> {
  const data = { mutedKinds: input.mutedKinds, dailyDigest: input.dailyDigest };
  const row = await getDb().notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data, select: { mutedKinds: true, dailyDigest: true } });
  return { mutedKinds: row.mutedKinds, dailyDigest: row.dailyDigest };
}
