// Two "app servers" in one test process, for the live events (issue 18): each has its own LiveHub (its own
// listening connection) and its own HTTP server serving the events route over that hub, so nothing that
// carries events is shared between them, as between two `next start` processes on one database.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { LiveHub } from "@/lib/server/live/live-hub";
import { eventsRouteHandler } from "@/lib/server/live/events-route";
import { nodeEventsHandler } from "@/lib/server/live/node-events";
import { stampPeerAddress } from "@/scripts/peer-address.mjs";

export interface EventsServer {
  hub: LiveHub;
  origin: string;
  close(): Promise<void>;
}

/**
 * `entry`: how the server serves the stream, as scripts/serve.mjs does: "node", the plain Node handler
 * registered beside Next (lib/server/live/node-events.ts); "route", the App Router route's handler, piped
 * as Next pipes it (what `next dev` serves).
 */
export async function startEventsServer(databaseUrl: string, { entry = "route" }: { entry?: "route" | "node" } = {}): Promise<EventsServer> {
  const hub = new LiveHub(databaseUrl);
  await hub.start();
  const handler = eventsRouteHandler(() => hub);
  const plain = nodeEventsHandler(() => hub);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    stampPeerAddress(req);
    if (entry === "node" && plain.matches(req)) void plain.handle(req, res);
    else void serve(handler, req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hub,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      await hub.stop();
    },
  };
}

type Handler = ReturnType<typeof eventsRouteHandler>;

/** As Next.js serves a route handler: a Request in, the Response's stream piped out, cancelled when the client goes. */
async function serve(handler: Handler, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const slug = /^\/api\/v1\/workspaces\/([^/]+)\/events$/.exec(url.pathname)?.[1];
  if (!slug) return void res.writeHead(404).end();
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const response = await handler(new Request(url, { method: req.method, headers }), { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  res.on("close", () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done) return void res.end();
    res.write(value);
  }
}

export interface ReceivedEvent {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

export interface EventsClient {
  status: number;
  events: ReceivedEvent[];
  /** True once the server ended the stream. */
  ended: () => boolean;
  waitFor(predicate: (events: ReceivedEvent[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** An EventSource-like client: reads the stream and parses its events as they come. */
export async function openEvents(server: EventsServer, slug: string, { token, headers = {}, query = "" }: { token?: string; headers?: Record<string, string>; query?: string }): Promise<EventsClient> {
  const abort = new AbortController();
  const response = await fetch(`${server.origin}/api/v1/workspaces/${slug}/events${query}`, {
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    signal: abort.signal,
  });
  const events: ReceivedEvent[] = [];
  let ended = false;
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let text = "";
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          text += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = text.indexOf("\n\n")) >= 0) {
            const block = text.slice(0, end);
            text = text.slice(end + 2);
            const fields = Object.fromEntries(block.split("\n").filter((line) => !line.startsWith(":") && line.includes(": ")).map((line) => [line.slice(0, line.indexOf(": ")), line.slice(line.indexOf(": ") + 2)]));
            if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? "null") as Record<string, unknown> });
          }
        }
      } catch {
        // aborted by close()
      }
      ended = true;
    })();
  } else ended = true;
  return {
    status: response.status,
    events,
    ended: () => ended,
    async waitFor(predicate, what, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (Date.now() > until) throw new Error(`Waited ${timeoutMs} ms for ${what}; received ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => abort.abort(),
  };
}
