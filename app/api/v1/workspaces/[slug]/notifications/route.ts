import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listNotifications } from "@/lib/data/notifications/notifications";

export const GET = apiHandler(apiRoute("listNotifications"), ({ actor, slug, query }) => listNotifications({ actor, slug, query }));
