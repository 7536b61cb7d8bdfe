import "server-only";
import { z } from "zod";
import { readLiveEventSettings } from "@/lib/domain/live-events";
import { apiHandler, type ApiContext } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { parseWith } from "@/lib/server/http/parse-input";
import { lastEventIdSchema } from "@/lib/schemas/live-events";
import { EVENT_STREAM_HEADERS, openEventStream, type OpenedEventStream } from "./event-stream";
import type { LiveHub } from "./live-hub";

const headerSchema = z.object({ "Last-Event-ID": lastEventIdSchema.optional() });
export const eventsRoute = apiRoute("streamEvents");

/**
 * What both ways of serving the stream do once apiHandler's steps (authentication, rate limits, membership,
 * the minimum role, the query) have passed: read Last-Event-ID and open the stream on this server's hub.
 */
export async function openEventsFor(hub: LiveHub, { request, principal, access, query }: ApiContext<typeof eventsRoute>): Promise<OpenedEventStream> {
  const header = request.headers.get("last-event-id");
  const fromHeader = parseWith(headerSchema, { "Last-Event-ID": header || undefined }, "The Last-Event-ID header needs attention.")["Last-Event-ID"];
  return openEventStream({ hub, request, principal, access, lastEventId: fromHeader ?? query.lastEventId ?? null, settings: readLiveEventSettings(process.env) });
}

/**
 * The events route's handler over a hub: the app's route file passes this server's hub; the tests pass each
 * "server" its own. Next serves it when the plain Node handler (node-events.ts) is not registered (`next dev`).
 */
export function eventsRouteHandler(hubOf: () => LiveHub) {
  return apiHandler(eventsRoute, async (context) => eventStreamResponse(await openEventsFor(hubOf(), context), readLiveEventSettings(process.env).bufferSize));
}

const encoder = new TextEncoder();
/** How many events a chunk carries (when not one): the buffer's limit counts events waiting, not chunks. */
const eventsInChunk = new WeakMap<Uint8Array, number>();

/** The stream as a route handler's Response: a ReadableStream whose queue holds at most `bufferSize` events. */
function eventStreamResponse(stream: OpenedEventStream, bufferSize: number): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      stream.attach({
        write(text, events) {
          const chunk = encoder.encode(text);
          if (events !== 1) eventsInChunk.set(chunk, events);
          controller.enqueue(chunk);
        },
        full: () => (controller.desiredSize ?? 0) <= 0,
        end() {
          try {
            controller.close();
          } catch {
            // already cancelled by the client
          }
        },
      });
    },
    cancel() {
      stream.close();
    },
  }, { highWaterMark: bufferSize, size: (chunk) => eventsInChunk.get(chunk) ?? 1 });
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
