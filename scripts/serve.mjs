// Serves the app: what `next start` (or `next dev` with --dev) does, through Next's documented
// custom-server API, plus one thing Next cannot do: each request carries the socket's address
// (scripts/peer-address.mjs), so per-address limits cannot be dodged with a forged X-Forwarded-For.
// Plain JavaScript, so that the server process loads no TypeScript loader beside Next.
// Started by scripts/start.ts (npm start, npm run dev, Docker) and scripts/test.ts (e2e).
import { createServer } from "node:http";
import path from "node:path";
import { stampPeerAddress } from "./peer-address.mjs";

const dev = process.argv.includes("--dev");
// Before Next (and React) are loaded: they pick their builds from it.
process.env.NODE_ENV = dev ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.CLAIMBENCH_HOST ?? "127.0.0.1";
const dir = path.resolve(import.meta.dirname, "..");

const { default: next } = await import("next");
// The events streams (GET /api/v1/workspaces/{slug}/events) are served beside Next by a plain Node handler,
// which instrumentation.ts registers here at start-up (lib/server/live/node-events.ts): an open stream then
// holds no per-request state of Next's. Until it is registered, or if it never is, Next serves its route.
const LIVE_EVENTS_HANDLER = Symbol.for("claimbench.liveEvents");
const server = createServer((request, response) => {
  stampPeerAddress(request);
  const events = globalThis[LIVE_EVENTS_HANDLER];
  if (events?.matches(request)) void events.handle(request, response);
  else void handle(request, response);
});
const app = next({ dev, dir, hostname, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
server.listen(port, hostname, () => console.log(`▲ Serving on http://${hostname}:${port}${dev ? " (development)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), 5_000).unref();
    server.close(() => process.exit(0)).closeAllConnections();
  });
}
