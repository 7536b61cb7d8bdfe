import "server-only";
import type PgBoss from "pg-boss";
import { checkClaimMatches, listClaimsToCheckForMatches } from "@/lib/data/claim-matches/claim-matches";
import { ensureQueue } from "./source-checks";

// Triage's "not checked before" needs to know whether a claim has a match, and running the matcher for every
// row of a list is too costly, so each claim carries hasMatch, kept here. A claim is to be checked while its
// matchCheckedAt is null: new claims (however made: marked, API, workspace import, seeds), claims whose
// statement, claimant, date or figure changed, pairs unlinked or dismissed as "Not the same", and, after the
// migration that added the flag, every existing claim (the backfill). That state is written in the same
// transaction as the change, so no change is lost between a commit and an enqueue; the work is a pg-boss job.
// The queue's "stately" policy holds at most one waiting and one running check-run in the whole cluster,
// however many workers: each run drains what is to be checked, then sends the next run a few seconds later
// (CLAIMBENCH_MATCH_CHECK_SECONDS, 5; 0: off), and a once-a-minute pg-boss schedule restarts the chain should
// a run ever be lost with its worker. Two runs never overlap, so no claim is checked twice at once.

export const MATCH_CHECK_QUEUE = "claimbench-match-checks";
const SAFETY_CRON = "* * * * *";
const BATCH = 50;
/** Claims one run checks at most, so that a backfill of a large workspace goes on in slices. */
const PER_RUN = 1000;

/** One run: batches until nothing is left to check or the run's share is done. */
export async function drainMatchChecks(): Promise<number> {
  let total = 0;
  while (total < PER_RUN) {
    const claims = await listClaimsToCheckForMatches(BATCH);
    if (claims.length === 0) break;
    for (const claimId of claims) await checkClaimMatches(claimId);
    total += claims.length;
  }
  return total;
}

/** 0 turns the checks off: the integration tests do (workers started by one test file would check every file's claims). */
export function matchCheckSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CLAIMBENCH_MATCH_CHECK_SECONDS ?? "5";
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`CLAIMBENCH_MATCH_CHECK_SECONDS must be a number of seconds (0: off), not "${raw}".`);
  return seconds;
}

/** Sends the next run unless one is waiting already (the queue's policy drops the send then). */
const sendRun = (boss: PgBoss, startAfter: number) => boss.send(MATCH_CHECK_QUEUE, {}, { startAfter, retryLimit: 0, expireInSeconds: 900 });

/** The queue's worker, the chain's first run and the safety schedule, on a worker process (lib/jobs/queue.ts). */
export async function startMatchCheckWorkers(boss: PgBoss, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const seconds = matchCheckSeconds(env);
  if (seconds === 0) return;
  await ensureQueue(boss, { name: MATCH_CHECK_QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: 900 });
  await boss.work(MATCH_CHECK_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, Math.min(2, seconds)) }, async () => {
    try {
      await drainMatchChecks();
    } finally {
      await sendRun(boss, seconds);
    }
  });
  await boss.schedule(MATCH_CHECK_QUEUE, SAFETY_CRON);
  await sendRun(boss, 0);
}
