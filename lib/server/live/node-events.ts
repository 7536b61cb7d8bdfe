import "server-only";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { readLiveEventSettings } from "@/lib/domain/live-events";
import { resolveApiContext } from "@/lib/server/api/handler";
import { errorResponse } from "@/lib/server/http/error-response";
import { apiAnswerHeaders, isHttpsRequest } from "@/lib/server/http/security-headers";
import { EVENT_STREAM_HEADERS, type EventSink, type OpenedEventStream } from "./event-stream";
import { eventsRoute, openEventsFor } from "./events-route";
import type { LiveHub } from "./live-hub";

// The events stream served by a plain Node (req, res) handler beside Next (issue 18, "Speed and scale"). As
// an App Router route, every open stream kept Next's per-request state alive (its async context, request
// chain, WHATWG stream piping: about 80 KB a stream) and paid for it on every event. scripts/serve.mjs
// hands GET /api/v1/workspaces/{slug}/events here when instrumentation.ts has registered this handler; else
// Next serves the route (events-route.ts). Both run apiHandler's steps and the same stream
// (event-stream.ts); this one also sets the headers proxy.ts and next.config.js give an /api answer.

/** Where instrumentation.ts leaves the handler for scripts/serve.mjs (one process, two module graphs). */
export const LIVE_EVENTS_HANDLER = Symbol.for("claimbench.liveEvents");

export interface NodeEventsHandler {
  /** Whether the request is one this handler serves: GET of a workspace's events path. */
  matches(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const EVENTS_PATH = /^\/api\/v1\/workspaces\/([^/?#]+)\/events$/;

export function nodeEventsHandler(hubOf: () => LiveHub): NodeEventsHandler {
  return {
    matches: (req) => req.method === "GET" && EVENTS_PATH.test(pathOf(req.url)),
    handle: (req, res) => serveEvents(hubOf, req, res),
  };
}

/** Called by instrumentation.ts's register() (Node runtime): from then on serve.mjs hands the streams here. */
export function registerNodeEventsHandler(hubOf: () => LiveHub): void {
  (globalThis as Record<symbol, unknown>)[LIVE_EVENTS_HANDLER] = nodeEventsHandler(hubOf);
}

async function serveEvents(hubOf: () => LiveHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The request line's path and query (matches() saw it start with /api/); the host is not the client's to choose here.
  const url = new URL(req.url ?? "/", "http://localhost");
  const forwardedProto = req.headers["x-forwarded-proto"];
  const isHttps = isHttpsRequest({ protocol: (req.socket as TLSSocket).encrypted ? "https:" : "http:", forwardedProto: typeof forwardedProto === "string" ? forwardedProto : null, publicUrl: process.env.CLAIMBENCH_PUBLIC_URL || process.env.NEXTAUTH_URL });
  const security = apiAnswerHeaders(url.pathname, isHttps);
  let stream: OpenedEventStream | null = null;
  // The client may leave while the stream is being opened: it is then closed as soon as it exists.
  let gone = false;
  res.once("close", () => {
    gone = true;
    stream?.close();
  });
  try {
    const slug = decodeSlug(EVENTS_PATH.exec(url.pathname)?.[1] ?? "");
    const context = await resolveApiContext(eventsRoute, new Request(url, { headers: requestHeaders(req.headers) }), { slug });
    stream = await openEventsFor(hubOf(), context);
    if (gone) return stream.close();
    res.writeHead(200, { ...security, ...EVENT_STREAM_HEADERS });
    stream.attach(nodeSink(res, readLiveEventSettings(process.env).bufferSize));
  } catch (error) {
    if (res.headersSent) return void res.end();
    const answer = errorResponse(error, `${eventsRoute.method} /api/v1${eventsRoute.path}`);
    res.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...security });
    res.end(await answer.text());
  }
}

/**
 * The stream's text straight to the socket. Unread events are those written since the response last had
 * nothing waiting (everything handed to the kernel): past `bufferSize` of them the client is too slow.
 */
export function nodeSink(res: { readonly writableLength: number; write(text: string): boolean; end(): unknown }, bufferSize: number): EventSink {
  let unflushed = 0;
  return {
    write(text, events) {
      if (res.writableLength === 0) unflushed = 0;
      unflushed += events;
      res.write(text);
    },
    full: () => res.writableLength > 0 && unflushed >= bufferSize,
    end: () => void res.end(),
  };
}

function pathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  return end < 0 ? raw : raw.slice(0, end);
}

function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed: the slug's schema refuses it (404), as Next's route would
  }
}

/** The Node request's headers as a Fetch Headers (repeated ones joined, as Node does for most). */
function requestHeaders(source: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}
