// How every entry point in scripts/ runs: set-up problems the user can fix (DbSetupError) are
// printed as one clear message without a stack trace, and Ctrl-C runs the script's clean-up (stop
// the app, then Postgres) before exiting, instead of leaving a server behind.
import type { ChildProcess } from "node:child_process";
import { DbSetupError } from "../lib/db/errors";

type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];
let shuttingDown = false;

export function onShutdown(cleanup: Cleanup): void {
  cleanups.unshift(cleanup);
}

/** Whether the script is stopping (Ctrl-C, or a child it needs ended): children that exit now were stopped. */
export const isShuttingDown = () => shuttingDown;

export async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) => console.error("Clean-up failed:", error));
    }
  }
  process.exit(code);
}

export function runScript(main: () => Promise<number | void>): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (shuttingDown) return;
      console.log(`\nReceived ${signal}, shutting down…`);
      void shutdown(signal === "SIGINT" ? 130 : 143);
    });
  }
  main()
    .then((code) => shutdown(code ?? 0))
    .catch((error: unknown) => {
      if (error instanceof DbSetupError) console.error(`\n✖ ${error.message}\n`);
      else console.error(error);
      return shutdown(1);
    });
}

/** Stops a child process: SIGTERM, then SIGKILL if it is still there after 10 seconds. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
