// npm run jobs:worker — the background-job worker: runs exports and article imports (lib/jobs) in a
// process of its own, so that no job holds up the web server's event loop. `npm start`, `npm run dev`
// and `npm test` start one beside the web server (scripts/job-worker-process.ts); run more, on any
// machine, against the same DATABASE_URL to add capacity (pg-boss gives each job to one of them).
//
// Runs as plain Node with tsx, not with the react-server condition that the other scripts use: the PDF
// export's renderer needs React's ordinary build. allow-server-only.ts lets it import lib/data.
import { DbSetupError } from "../lib/db/errors";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  if (!process.env.DATABASE_URL) {
    throw new DbSetupError("DATABASE_URL is not set. The job worker needs the app's database: `npm start` sets it, or set it yourself.");
  }
  const { startJobWorkers, stopJobQueue } = await import("../lib/jobs/queue");
  // Ends this process's running jobs as FAILED ("the server was stopped") before the queue closes.
  onShutdown(stopJobQueue);
  try {
    await startJobWorkers();
  } catch (error) {
    throw new DbSetupError(`The job worker did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`✔ Background-job worker is running (process ${process.pid}).`);
  return new Promise<never>(() => {});
});
