// Runs once when a Next.js server process starts (npm start, npm run dev, the e2e server). Checks
// the settings the server reads per request, then starts this instance's background-job workers;
// every instance runs them, and pg-boss hands each job to one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // next build serves nothing
  const { exitOnMalformedTrustedProxies } = await import("./lib/http/check-trusted-proxies");
  exitOnMalformedTrustedProxies();
  if (process.env.CLAIMBENCH_JOB_WORKERS === "0") return;
  const { startJobWorkers } = await import("./lib/jobs/queue");
  try {
    await startJobWorkers();
  } catch (error) {
    // The app still serves pages and small exports; large exports wait in the queue until a worker runs.
    console.error("Background-job workers did not start", error);
  }
}
