import "server-only";
import { checkClaimMatches, listClaimsToCheckForMatches } from "@/lib/data/claim-matches/claim-matches";

// Triage's "not checked before" needs to know whether a claim has a match, and running the matcher for every
// row of a list is too costly, so each claim carries hasMatch, kept here. A claim is to be checked while its
// matchCheckedAt is null: new claims (however made: marked, API, workspace import, seeds), claims whose
// statement, claimant, date or figure changed, pairs unlinked or dismissed as "Not the same", and, after the
// migration that added the flag, every existing claim (the backfill). The column is the queue, written in the
// same transaction as the change, so no change can be lost between a commit and an enqueue. Each worker
// process polls it every CLAIMBENCH_MATCH_CHECK_SECONDS (5): a pg-boss schedule fires at most once a minute.
// Two workers may check one claim at once; the write is conditional (lib/data/claim-matches), so that is harmless.

const BATCH = 50;

/** Checks up to `limit` claims still to be checked, oldest first; answers how many were checked. */
export async function runMatchChecks(limit = BATCH): Promise<number> {
  let checked = 0;
  for (const claimId of await listClaimsToCheckForMatches(limit)) {
    if (await checkClaimMatches(claimId)) checked += 1;
  }
  return checked;
}

/** 0 turns polling off: the integration tests do (workers started by one test file would check every file's claims). */
function readIntervalMs(env: NodeJS.ProcessEnv): number {
  const raw = env.CLAIMBENCH_MATCH_CHECK_SECONDS ?? "5";
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`CLAIMBENCH_MATCH_CHECK_SECONDS must be a number of seconds (0: off), not "${raw}".`);
  return seconds * 1000;
}

/** Polls for claims to check until the answered function is called; one batch at a time, never overlapping. */
export function watchForMatchChecks(env: NodeJS.ProcessEnv = process.env): () => void {
  const intervalMs = readIntervalMs(env);
  if (intervalMs === 0) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runMatchChecks()
      .catch((error: unknown) => console.error("Checking claims for matches failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  return () => clearInterval(timer);
}
