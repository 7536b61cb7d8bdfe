import "server-only";
import { failLostJobs } from "@/lib/data/jobs/job-runs";
import type { JobLiveness } from "@/lib/domain/job-liveness";

/**
 * Looks for lost jobs (RUNNING, heartbeat older than the stale threshold: their worker crashed) every
 * `staleSweepMs`, on every worker process, so that such a job is failed within `staleMs + staleSweepMs`
 * of its last heartbeat. A pg-boss schedule could not do this: it fires at most once a minute. The
 * query is one index scan (jobs by status and heartbeat). Answers a function that stops it.
 */
export function watchForLostJobs(liveness: JobLiveness): () => void {
  const timer = setInterval(() => {
    failLostJobs(liveness.staleMs).catch((error: unknown) => console.error("Looking for lost jobs failed", error));
  }, liveness.staleSweepMs);
  return () => clearInterval(timer);
}
