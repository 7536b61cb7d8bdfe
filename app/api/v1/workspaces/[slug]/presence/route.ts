import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { heartbeatPresence, listPresence } from "@/lib/data/presence/presence";

export const GET = apiHandler(apiRoute("listPresence"), ({ actor, slug, query }) => listPresence({ actor, slug, page: query }));

export const POST = apiHandler(apiRoute("heartbeatPresence"), ({ actor, slug, body }) => heartbeatPresence({ actor, slug, input: body }));
