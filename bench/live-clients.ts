// Events clients for bench/live-events.ts: many SSE streams over node:http (one keep-alive agent with no
// socket limit), each parsed by hand (the stream only has `id:`, `event:`, `data:` and comment lines).
import http from "node:http";
import { performance } from "node:perf_hooks";

export interface Receipt {
  event: string;
  /** The `data:` line as sent; parsed only by a handler that needs it (parsing costs the shared CPU too). */
  data: string;
  /** performance.now() in this process when the event's block was parsed. */
  at: number;
}

export interface EventsClientPool {
  readonly size: number;
  /** Streams the server ended (a drop, a resync) since they opened. */
  readonly ended: number;
  /** Events received by name, all clients together. */
  readonly counts: Map<string, number>;
  close(): Promise<void>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/**
 * Opens `tokens.length` streams, `parallel` at a time, and resolves once every one has sent its first
 * bytes (the server's `: connected` comment). `onEvent` is called for each event of each client.
 */
export async function openEventsClients({ origin, slug, tokens, parallel = 25, onEvent }: {
  origin: string;
  slug: string;
  tokens: readonly string[];
  parallel?: number;
  onEvent: (receipt: Receipt) => void;
}): Promise<EventsClientPool> {
  const requests: http.ClientRequest[] = [];
  const counts = new Map<string, number>();
  let ended = 0;
  let closing = false;
  const url = new URL(`/api/v1/workspaces/${slug}/events`, origin);

  const openOne = (token: string) => new Promise<void>((resolve, reject) => {
    const request = http.get(url, { agent, headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(new Error(`The events stream answered ${response.statusCode} for one client.`));
      }
      response.setEncoding("utf8");
      let buffer = "";
      let opened = false;
      response.on("data", (chunk: string) => {
        if (!opened) {
          opened = true;
          resolve();
        }
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          parseBlock(block);
        }
      });
      response.on("end", () => void (closing || (ended += 1)));
    });
    request.on("error", (error) => (closing ? undefined : reject(error)));
    requests.push(request);
  });

  const parseBlock = (block: string) => {
    let event = "message";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data = line.slice(6);
    }
    if (!data) return; // a comment (heartbeat) or the retry line
    const at = performance.now();
    counts.set(event, (counts.get(event) ?? 0) + 1);
    onEvent({ event, data, at });
  };

  for (let from = 0; from < tokens.length; from += parallel) {
    await Promise.all(tokens.slice(from, from + parallel).map(openOne));
  }
  return {
    size: tokens.length,
    get ended() {
      return ended;
    },
    counts,
    close: async () => {
      closing = true;
      for (const request of requests) request.destroy();
      // Let the server see the sockets close before anything is measured again.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    },
  };
}
