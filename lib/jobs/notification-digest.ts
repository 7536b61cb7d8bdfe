import "server-only";
import type PgBoss from "pg-boss";
import { configuredPublicUrl } from "@/lib/server/http/public-url";
import { sendDailyDigests } from "@/lib/workflows/notifications/digest";
import { ensureQueue } from "./source-checks";

// The daily notification digest, once a day (CLAIMBENCH_DIGEST_CRON, "0 7 * * *": 07:00 UTC). pg-boss
// schedules are cluster-safe, so with several workers it still runs once. Links in the mail need the app's
// address, which no request gives here: CLAIMBENCH_PUBLIC_URL (or NEXTAUTH_URL), else this server's port.

export const DIGEST_QUEUE = "claimbench-notification-digest";
const DIGEST_CRON = process.env.CLAIMBENCH_DIGEST_CRON ?? "0 7 * * *";

function digestBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return configuredPublicUrl(env) ?? `http://localhost:${env.PORT ?? "3000"}`;
}

/** The digest's queue, worker and schedule, on a worker process (lib/jobs/queue.ts startJobWorkers). */
export async function startDigestWorkers(boss: PgBoss): Promise<void> {
  await ensureQueue(boss, { name: DIGEST_QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: 3600 });
  await boss.work(DIGEST_QUEUE, async () => {
    const run = await sendDailyDigests({ baseUrl: digestBaseUrl() });
    if (run.sent + run.failed > 0) console.log(`Notification digest: ${run.sent} sent, ${run.failed} failed.`);
  });
  await boss.schedule(DIGEST_QUEUE, DIGEST_CRON);
}
