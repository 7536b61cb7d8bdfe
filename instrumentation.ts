// Runs once when a Next.js server process starts (npm start, npm run dev, the e2e server): checks the
// settings the server reads per request, so a malformed one stops it at once rather than at the first
// sign-in; and registers the events stream's Node handler (lib/server/live/node-events.ts). Background
// jobs run in their own process (scripts/jobs-worker.ts), not here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // next build serves nothing
  const { exitOnMalformedTrustedProxies } = await import("./lib/server/http/check-trusted-proxies");
  exitOnMalformedTrustedProxies();
  // The events streams are served beside Next, by a plain Node handler (scripts/serve.mjs looks for it).
  const [{ registerNodeEventsHandler }, { getServerLiveHub }] = await Promise.all([import("./lib/server/live/node-events"), import("./lib/server/live/server-hub")]);
  registerNodeEventsHandler(getServerLiveHub);
}
