import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { readNotificationPreferences, updateNotificationPreferences } from "@/lib/workflows/notifications/notification-preferences";

// About the caller's account, not a workspace: a session's only (lib/server/api/handler.ts accountAccess).
export const GET = apiHandler(apiRoute("getNotificationPreferences"), ({ actor }) => readNotificationPreferences({ actor }));

export const PUT = apiHandler(apiRoute("updateNotificationPreferences"), ({ actor, body }) => updateNotificationPreferences({ actor, input: body }));
