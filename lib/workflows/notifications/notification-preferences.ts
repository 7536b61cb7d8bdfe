import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/data/scope";
import type { NotificationPreferencesInput } from "@/lib/schemas/notifications";
import { getNotificationPreferences, saveNotificationPreferences } from "@/lib/data/notifications/notification-preferences";
import { mailConfigured } from "@/lib/workflows/invitations/invitation-mail";

// A person's notification choices with what this server can do: the daily digest is a mail, so it is
// offered (and can be switched on) only where SMTP is configured.

export async function readNotificationPreferences({ actor }: { actor: Actor }) {
  return { ...(await getNotificationPreferences({ actor })), digestAvailable: mailConfigured() };
}

export async function updateNotificationPreferences({ actor, input }: { actor: Actor; input: NotificationPreferencesInput }) {
  const digestAvailable = mailConfigured();
  if (input.dailyDigest && !digestAvailable) {
    const message = "This server sends no mail (CLAIMBENCH_SMTP_URL is not set), so the daily digest cannot be switched on.";
    throw new AppError("VALIDATION", message, { fieldErrors: { dailyDigest: [message] } });
  }
  return { ...(await saveNotificationPreferences({ actor, input })), digestAvailable };
}
