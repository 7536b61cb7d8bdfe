// What the benchmarks share: their own database and build folder, building the app when stale,
// and running `next start` until the script ends.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, readFile, readlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { DbSetupError } from "../lib/db/errors";
import { openDatabase } from "../lib/db/server";
import { waitForHttp } from "../scripts/net";
import { onShutdown, stopChild } from "../scripts/run";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

/** Call first, before anything opens a database. */
export function prepareBenchEnvironment({ name = "bench", port = "54349" }: { name?: string; port?: string } = {}): void {
  // The bench's own build folder (next.config.js and scripts/build-state.ts read CLAIMBENCH_DIST_DIR), so
  // that building never replaces the .next that a running `npm start` or `npm test` serves.
  process.env.CLAIMBENCH_DIST_DIR ||= ".next-bench";
  // Its own database, chosen before anything opens one. openDatabase({ test: true }) recreates it empty
  // on every run; TEST_DATABASE_URL is pointed at the bench database so that `npm test`'s is never the
  // one dropped.
  process.env.CLAIMBENCH_DATA_DIR = process.env.CLAIMBENCH_BENCH_DATA_DIR ?? path.join(root, ".data", name);
  process.env.CLAIMBENCH_TEST_DB_PORT = process.env.CLAIMBENCH_BENCH_DB_PORT ?? port;
  const benchUrl = process.env.BENCH_DATABASE_URL ?? benchDatabaseOf(process.env.DATABASE_URL);
  if (benchUrl) process.env.TEST_DATABASE_URL = benchUrl;
  else delete process.env.TEST_DATABASE_URL;
}

function benchDatabaseOf(databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl) return undefined;
  const url = new URL(databaseUrl);
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || "claimbench"}_bench`;
  return url.toString();
}

/**
 * The bench database, recreated empty (unless `keep`: then the one left by the last run) and migrated;
 * DATABASE_URL points at it from here on.
 */
export async function openBenchDatabase({ keep = false }: { keep?: boolean } = {}) {
  const db = await openDatabase({ test: !keep });
  onShutdown(db.close);
  process.env.DATABASE_URL = db.databaseUrl;
  const { applyPendingMigrations } = await import("../lib/db/migrations");
  await applyPendingMigrations({ databaseUrl: db.databaseUrl });
  console.log(`✔ Bench database ready (${db.embedded ? `embedded, ${process.env.CLAIMBENCH_DATA_DIR}` : redact(db.databaseUrl)}).`);
  return db;
}

/**
 * Builds the app when stale and serves it with `next start` on the port, against the database.
 * `serverEnv`: for the server only, not the build (e.g. NODE_OPTIONS with --inspect).
 */
export async function serveApp(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}, serverEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extraEnv,
  };
  await ensureBuilt(env);
  const server = startServer(port, { ...env, ...serverEnv });
  await waitForHttp(`http://127.0.0.1:${port}/login`, 60_000);
  console.log(`✔ next start is serving on port ${port}.`);
  return server;
}

/** Builds the app into CLAIMBENCH_DIST_DIR when it is missing or stale. */
async function ensureBuilt(env: NodeJS.ProcessEnv): Promise<void> {
  const { buildIsCurrent, recordBuild } = await import("../scripts/build-state");
  const distDir = process.env.CLAIMBENCH_DIST_DIR!;
  if (!(await buildIsCurrent())) {
    // Rebuilding a .next under a running `next start` breaks that server; only a shared folder can be in use.
    const busy = path.resolve(root, distDir) === path.join(root, ".next") ? await otherNextServers() : [];
    if (busy.length) {
      throw new DbSetupError(
        `The build is stale, but another Next.js process of this project is using .next (pid ${busy.join(", ")}), ` +
          "for example `npm test` or `npm start`. Rebuilding now would break it: wait until it ends, or leave CLAIMBENCH_DIST_DIR unset.",
      );
    }
    console.log(`… Building the app into ${distDir}/ (missing or stale). This takes a minute or two.`);
    // next build points next-env.d.ts at its own folder's route types, and adds that folder to tsconfig.json's
    // include (reformatting the file); the type check of `npm test` reads both, so they are put back as they were.
    const touched = ["next-env.d.ts", "tsconfig.json"].map((name) => path.join(root, name));
    const before = await Promise.all(touched.map((file) => readFile(file, "utf8").catch(() => null)));
    try {
      await runToEnd(spawn(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] }), "next build");
    } finally {
      await Promise.all(touched.map((file, i) => (before[i] === null ? undefined : writeFile(file, before[i]!))));
    }
    await recordBuild();
  }
}

let stopping = false;

/** The app's server on the port, stopped when the script ends. */
function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // The app's own server (scripts/serve.mjs: `next start` plus each connection's address), as npm start runs it.
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), CLAIMBENCH_HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const log: string[] = [];
  server.stdout!.on("data", (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  });
  server.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ next start exited early (${signal ?? `exit code ${code}`}). Its output:\n${log.join("")}`);
  });
  onShutdown(async () => {
    stopping = true;
    await stopChild(server);
  });
  return server;
}

/**
 * Other `next start`/`next build` processes of this project folder, which a rebuild of .next would break.
 * Dev servers are left out: they use .next/dev, which `next build` keeps. Linux only (/proc); elsewhere none.
 */
async function otherNextServers(): Promise<number[]> {
  const entries = await readdir("/proc").catch(() => [] as string[]);
  const cmdline = (pid: number | string) => readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  const isDev = (cmd: string) => /\0dev(?:\0|$)/.test(cmd) || cmd.includes("\0--dev");
  const found: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const [cwd, cmd, stat] = await Promise.all([readlink(`/proc/${pid}/cwd`), cmdline(pid), readFile(`/proc/${pid}/stat`, "utf8")]);
      if (cwd !== root || !/next-server|next\/dist\/bin\/next\0(?:start|build)/.test(cmd) || isDev(cmd)) continue;
      const parent = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "";
      if (!isDev(await cmdline(parent))) found.push(pid);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

export function runToEnd(child: ChildProcess, what: string): Promise<void> {
  onShutdown(async () => {
    stopping = true;
    await stopChild(child);
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code === 0) resolve();
      // Stopped by Ctrl-C: the shutdown in progress says so already.
      else if (!stopping) reject(new DbSetupError(`${what} failed (exit code ${code}). See its output above.`));
    });
  });
}

export function redact(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.toString();
}
