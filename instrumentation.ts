// Runs once when a Next.js server process starts (npm start, npm run dev, the e2e server): checks the
// settings the server reads per request, so a malformed one stops it at once rather than at the first
// sign-in. Background jobs run in their own process (scripts/jobs-worker.ts), not here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // next build serves nothing
  const { exitOnMalformedTrustedProxies } = await import("./lib/server/http/check-trusted-proxies");
  exitOnMalformedTrustedProxies();
}
