// Starts the background-job worker (scripts/jobs-worker.ts) as a child process beside the web server, for
// scripts/start.ts and scripts/test.ts, and stops it with them. A worker that dies after running a while
// (say, out of memory on a huge import) is started again, so one bad job does not end background work;
// one that dies during start-up stops everything, since it would only die again. Call it after the web
// server's clean-up is registered, so that the worker is stopped first (clean-ups run newest first).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { DbSetupError } from "../lib/db/errors";
import { isShuttingDown, onShutdown, shutdown, stopChild } from "./run";

const root = path.resolve(import.meta.dirname, "..");
const START_UP_MS = 30_000;

/** Whether this instance runs job workers at all (CLAIMBENCH_JOB_WORKERS=0: it only enqueues). */
export const jobWorkersEnabled = (env: NodeJS.ProcessEnv) => env.CLAIMBENCH_JOB_WORKERS !== "0";

export function startJobWorkerProcess(env: NodeJS.ProcessEnv): void {
  let child: ChildProcess | null = null;
  let stopping = false;
  const start = () => {
    const startedAt = Date.now();
    // No react-server condition here (see jobs-worker.ts), whatever the parent was started with.
    const nodeOptions = (env.NODE_OPTIONS ?? "").split(/\s+/).filter((option) => option && !option.startsWith("--conditions")).join(" ");
    child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.ts", "scripts/jobs-worker.ts"], {
      cwd: root,
      env: { ...env, NODE_OPTIONS: nodeOptions },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", (code, signal) => {
      if (stopping || isShuttingDown()) return;
      const how = signal ? `was killed (${signal})` : `stopped (exit code ${code})`;
      // Ctrl-C reaches the worker too, and it may stop before this script hears the signal itself.
      const askedToStop = ["SIGINT", "SIGTERM", "SIGHUP"].includes(signal ?? "") || code === 130 || code === 143;
      if (!askedToStop && Date.now() - startedAt < START_UP_MS) {
        console.error(new DbSetupError(`The background-job worker ${how} while starting. See its output above.`).message);
        void shutdown(1);
        return;
      }
      console.error(`The background-job worker ${how}; starting it again. Jobs it was running are failed within a minute.`);
      setTimeout(() => !stopping && !isShuttingDown() && start(), 1000);
    });
  };
  onShutdown(async () => {
    stopping = true;
    if (child) await stopChild(child);
  });
  start();
}
