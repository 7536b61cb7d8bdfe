import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { leavePresence } from "@/lib/data/presence/presence";

// A POST rather than a DELETE: navigator.sendBeacon, which still runs while a page is closed, only POSTs.
export const POST = apiHandler(apiRoute("leavePresence"), ({ actor, slug, body }) => leavePresence({ actor, slug, input: body }));
