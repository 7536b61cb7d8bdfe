// Runs once when a Next.js server process starts (npm start, npm run dev, the e2e server). Checks
// the settings the server reads per request, then starts this instance's background-job workers;
// every instance runs them, and pg-boss hands each job to one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // next build serves nothing
  const { parseTrustedProxies, TrustedProxiesError } = await import("./lib/http/trusted-proxies");
  try {
    parseTrustedProxies(process.env.CLAIMBENCH_TRUSTED_PROXIES);
  } catch (error) {
    // Also checked by scripts/start.ts; this catches a server started another way. Serving with a
    // setting we cannot read would mean guessing which addresses to believe: stop instead.
    if (!(error instanceof TrustedProxiesError)) throw error;
    console.error(`\n✖ ${error.message}\n`);
    process.exit(1);
  }
  if (process.env.CLAIMBENCH_JOB_WORKERS === "0") return;
  const { startJobWorkers } = await import("./lib/jobs/queue");
  try {
    await startJobWorkers();
  } catch (error) {
    // The app still serves pages and small exports; large exports wait in the queue until a worker runs.
    console.error("Background-job workers did not start", error);
  }
}
