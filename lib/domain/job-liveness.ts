// When a running job counts as lost. A worker writes the job's heartbeat on a timer while it runs; a
// sweep on every worker process fails RUNNING jobs whose heartbeat is older than the stale threshold.
// So a crashed worker's job is failed at most `staleMs + staleSweepMs` after its last heartbeat, and a
// live job is never failed as long as its heartbeats land (the threshold is several heartbeats long).

export interface JobLiveness {
  /** How often a running job writes its heartbeat. */
  heartbeatMs: number;
  /** A RUNNING job whose heartbeat is older than this lost its worker. */
  staleMs: number;
  /** How often each worker process looks for lost jobs. */
  staleSweepMs: number;
  /** How often a running job reads whether it was cancelled or taken from it. */
  cancelPollMs: number;
}

/** Defaults: a crashed worker's job is failed within 55 s of its last heartbeat (the aim is under a minute). */
export const DEFAULT_JOB_LIVENESS: JobLiveness = { heartbeatMs: 10_000, staleMs: 40_000, staleSweepMs: 15_000, cancelPollMs: 2_000 };

/** A live job may miss this many heartbeats (a slow database, a busy machine) before it is failed. */
const MISSABLE_HEARTBEATS = 3;

type Env = Readonly<Record<string, string | undefined>>;

const SETTINGS = [
  ["heartbeatMs", "CLAIMBENCH_JOB_HEARTBEAT_SECONDS", 1000],
  ["staleMs", "CLAIMBENCH_JOB_STALE_SECONDS", 1000],
  ["staleSweepMs", "CLAIMBENCH_JOB_STALE_SWEEP_SECONDS", 1000],
  ["cancelPollMs", "CLAIMBENCH_JOB_CANCEL_POLL_MS", 1],
] as const satisfies readonly (readonly [keyof JobLiveness, string, number])[];

/**
 * The settings from the environment (seconds, fractions allowed, except the poll in ms), defaults for
 * those unset. Throws with the variable's name when one is not a positive number, or when the stale
 * threshold is too short for live jobs to keep up with it.
 */
export function readJobLiveness(env: Env): JobLiveness {
  const liveness = { ...DEFAULT_JOB_LIVENESS };
  for (const [key, name, unitMs] of SETTINGS) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}".`);
    liveness[key] = value * unitMs;
  }
  if (liveness.staleMs < MISSABLE_HEARTBEATS * liveness.heartbeatMs) {
    throw new Error(
      `CLAIMBENCH_JOB_STALE_SECONDS (${liveness.staleMs / 1000}) must be at least ${MISSABLE_HEARTBEATS} heartbeats ` +
        `(CLAIMBENCH_JOB_HEARTBEAT_SECONDS is ${liveness.heartbeatMs / 1000}), or live jobs would be failed as lost.`,
    );
  }
  return liveness;
}

/** The longest a crashed worker's job stays RUNNING after its last heartbeat. */
export const longestLostJobMs = (liveness: JobLiveness) => liveness.staleMs + liveness.staleSweepMs;
