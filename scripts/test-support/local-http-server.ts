// Local web servers for the fetcher's tests (lib/net): each listens on 127.0.0.1 on a port of
// its own (port 0), records what reached it, and is closed, open connections and all, by the test.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { decodeBytes } from "@/lib/formats/import/web-page-text";
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from "node:net";

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** The local address the connection arrived on: where the client really connected. */
  localAddress: string;
}

export interface LocalServer {
  origin: string;
  port: number;
  /** host:port, as CLAIMBENCH_FETCH_ALLOW names it. */
  hostPort: string;
  received: Received[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function closer(server: Server, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

/** An HTTP server answering every request with `handle`. */
export async function startLocalServer(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<LocalServer> {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    received.push({ path: request.url ?? "", headers: request.headers, localAddress: request.socket.localAddress ?? "" });
    handle(request, response);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, hostPort: `127.0.0.1:${port}`, received, close: closer(server, sockets) };
}

/** A TCP server that accepts connections and never says a word (no HTTP answer, no TLS handshake). */
export async function startSilentServer(): Promise<Omit<LocalServer, "received">> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, port, hostPort: `127.0.0.1:${port}`, close: closer(server, sockets) };
}

/**
 * Text in a single-byte charset (windows-1256, iso-8859-6, windows-1252): TextEncoder only writes UTF-8.
 * The table comes from the fetcher's own decoder, so a round trip tests it only together with the
 * independent checks in web-page-text.test.ts (known bytes of each charset).
 */
export function encodeSingleByte(text: string, charset: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decodeBytes(Uint8Array.of(byte), charset), byte);
  return Uint8Array.from([...text].map((char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${char} has no byte in ${charset}`);
    return byte;
  }));
}
