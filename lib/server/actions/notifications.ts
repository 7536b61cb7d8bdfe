"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { notificationPreferencesFormSchema } from "@/lib/schemas/notifications";
import { updateNotificationPreferences } from "@/lib/workflows/notifications/notification-preferences";

/** The account page's notification settings: every kind's checkbox and the digest's, saved together. */
export async function saveNotificationPreferencesAction(input: unknown): Promise<ActionResult<{ mutedKinds: string[]; dailyDigest: boolean }>> {
  return runAction(notificationPreferencesFormSchema, input, async ({ actor, input }) => {
    const saved = await updateNotificationPreferences({ actor, input });
    revalidatePath("/account");
    return { mutedKinds: saved.mutedKinds, dailyDigest: saved.dailyDigest };
  });
}
