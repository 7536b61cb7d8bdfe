import "server-only";
import { z } from "zod";
import { readLiveEventSettings } from "@/lib/domain/live-events";
import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { parseWith } from "@/lib/server/http/parse-input";
import { lastEventIdSchema } from "@/lib/schemas/live-events";
import { openEventStream } from "./event-stream";
import type { LiveHub } from "./live-hub";

const headerSchema = z.object({ "Last-Event-ID": lastEventIdSchema.optional() });

/**
 * The events route's handler over a hub: the app's route file passes this server's hub; the two-server
 * test passes each "server" its own. Authentication, membership and the minimum role are apiHandler's.
 */
export function eventsRouteHandler(hubOf: () => LiveHub) {
  return apiHandler(apiRoute("streamEvents"), async ({ request, principal, access, query }) => {
    const header = request.headers.get("last-event-id");
    const fromHeader = parseWith(headerSchema, { "Last-Event-ID": header || undefined }, "The Last-Event-ID header needs attention.")["Last-Event-ID"];
    return openEventStream({ hub: hubOf(), request, principal, access, lastEventId: fromHeader ?? query.lastEventId ?? null, settings: readLiveEventSettings(process.env) });
  });
}
