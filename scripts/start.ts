// npm start  — the workbench in production mode on http://localhost:3000 (PORT to change).
// npm run dev — the same with hot reload.
// Steps: database (embedded unless DATABASE_URL is set) → migrations → demo seed on first run →
// build when missing or stale → serve (scripts/serve.mjs), with the background-job worker in a process
// of its own beside the web server (unless CLAIMBENCH_JOB_WORKERS=0). Ctrl-C stops the worker and the
// server, then Postgres.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DbSetupError } from "../lib/db/errors";
import { openDatabase } from "../lib/db/server";
import { checkStartUpSettings } from "../lib/server/start-up-checks";
import { buildIsCurrent, recordBuild } from "./build-state";
import { jobWorkersEnabled, startJobWorkerProcess } from "./job-worker-process";
import { assertPortFree, waitForHttp } from "./net";
import { onShutdown, runScript, shutdown, stopChild } from "./run";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const serveScript = path.join(root, "scripts/serve.mjs");
const isDev = process.argv.includes("--dev");

runScript(async () => {
  checkStartUpSettings(process.env);
  const port = readAppPort();
  const host = process.env.CLAIMBENCH_HOST ?? "127.0.0.1";
  await assertPortFree(port, host, "PORT");

  const db = await openDatabase();
  onShutdown(db.close);
  console.log(db.embedded ? "✔ Embedded Postgres is running." : "✔ Connected to the database at DATABASE_URL.");
  process.env.DATABASE_URL = db.databaseUrl;

  const { applyPendingMigrations } = await import("../lib/db/migrations");
  const { applied } = await applyPendingMigrations({ databaseUrl: db.databaseUrl });
  console.log(applied.length ? `✔ Applied ${applied.length} migration(s): ${applied.join(", ")}` : "✔ Database schema is up to date.");
  await upgradeStoredData();

  const seeded = await seedOnFirstRun();

  const env = {
    ...process.env,
    DATABASE_URL: db.databaseUrl,
    // NEXTAUTH_URL is passed on only when set: a default here would send every link and redirect to
    // localhost, whatever address people opened the app at (lib/http/public-url.ts).
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || (await readOrCreateSecret()),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!isDev && !(await buildIsCurrent())) {
    console.log("… Building the app (first start, or the code changed since the last build). This takes a minute or two.");
    await runToEnd(spawn(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" }), "next build");
    await recordBuild();
  }

  const server = spawn(process.execPath, [serveScript, ...(isDev ? ["--dev"] : [])], {
    cwd: root,
    env: { ...env, PORT: String(port), CLAIMBENCH_HOST: host },
    stdio: "inherit",
  });
  onShutdown(() => stopChild(server));
  server.on("exit", (code) => void shutdown(code ?? 1));
  if (jobWorkersEnabled(env)) startJobWorkerProcess(env);

  await waitForHttp(`http://${host}:${port}/login`, 120_000);
  printBanner(port, seeded);
  return new Promise<never>(() => {});
});

/**
 * What migrations cannot do in SQL: stored figure keys made with an older vocabulary are recomputed, and articles
 * stored before per-language search get their language identified.
 */
async function upgradeStoredData() {
  const { upgradeFigureKeys } = await import("../lib/workflows/upgrades/figure-key-upgrade");
  const upgrade = await upgradeFigureKeys();
  if (upgrade.claims > 0) console.log(`✔ Recomputed the quantity keys of ${upgrade.claims} figure claim(s) in ${upgrade.workspaces} workspace(s).`);
  const { describeLanguageUpgrade, upgradeArticleLanguages } = await import("../lib/workflows/upgrades/article-language-upgrade");
  const languages = await upgradeArticleLanguages();
  if (languages.identified + languages.unidentified > 0) console.log(`✔ ${describeLanguageUpgrade(languages)}`);
}

async function seedOnFirstRun(): Promise<boolean> {
  if (process.env.CLAIMBENCH_SEED_DEMO === "0") return false;
  const { seedDemoOnFirstRun } = await import("../seeds/first-run");
  const { DEMO_WORKSPACE } = await import("../seeds/demo");
  const outcome = await seedDemoOnFirstRun();
  if (!outcome.seeded) return false;
  const { report, resumed } = outcome;
  console.log(
    `✔ Seeded the demo workspace "${DEMO_WORKSPACE.name}" with ${report.articlesCreated} articles and ${report.activity.claims} checked claims` +
      `${resumed ? " (the first start was interrupted while seeding; the demo was seeded again)" : ""}.`,
  );
  return true;
}

function printBanner(port: number, seeded: boolean) {
  const lines = [
    "",
    `  Claimbench is running at http://localhost:${port}${isDev ? " (development mode)" : ""}`,
    "",
    "  Demo logins (password for all: demo-password):",
    "    owner@example.org      owner",
    "    editor@example.org     editor",
    "    reviewer1@example.org  reviewer",
    "    reviewer2@example.org  reviewer",
    "    viewer@example.org     viewer",
    seeded ? "" : "  (The demo workspace was seeded on an earlier run; your data is kept.)",
    "  Press Ctrl-C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}

function readAppPort(): number {
  const raw = process.env.PORT ?? "3000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DbSetupError(`PORT must be a port number, not "${raw}".`);
  return port;
}

/**
 * A stable secret for signing sessions, so that sign-ins survive a restart. Only for the embedded
 * database: with DATABASE_URL, checkStartUpSettings has required NEXTAUTH_SECRET already.
 */
async function readOrCreateSecret(): Promise<string> {
  const file = path.join(process.env.CLAIMBENCH_DATA_DIR ?? path.join(root, ".data"), "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

function runToEnd(child: ChildProcess, what: string): Promise<void> {
  onShutdown(() => stopChild(child));
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new DbSetupError(`${what} failed (exit code ${code}). See its output above.`))));
  });
}

