// Runs once when a Next.js server process starts (next start, next dev, the e2e server). Starts this
// instance's background-job workers; every instance runs them, and pg-boss hands each job to one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CLAIMBENCH_JOB_WORKERS === "0") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // next build runs no jobs
  const { startJobWorkers } = await import("./lib/jobs/queue");
  try {
    await startJobWorkers();
  } catch (error) {
    // The app still serves pages and small exports; large exports wait in the queue until a worker runs.
    console.error("Background-job workers did not start", error);
  }
}
