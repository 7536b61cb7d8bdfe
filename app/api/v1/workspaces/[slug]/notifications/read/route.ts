import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { markNotificationsRead } from "@/lib/data/notifications/notifications";

export const POST = apiHandler(apiRoute("markNotificationsRead"), ({ actor, slug, body }) => markNotificationsRead({ actor, slug, input: body }));
