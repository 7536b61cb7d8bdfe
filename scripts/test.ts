// npm test — every check, against a fresh test database (never the user's data):
//   type check, lint and import rules → migrations applied, schema.prisma checked against them → Vitest (unit and
//   integration on real Postgres) → production build → Playwright in Chromium against that build.
// Flags: --no-e2e skips the browser tests; --e2e-only runs just them (after the database steps).
//   Other arguments narrow the run: vitest filters (lib/server/api) and Playwright specs (e2e/reports.spec.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../lib/db/server";
import { buildIsCurrent, recordBuild } from "./build-state";
import { checkArgs as importRuleArgs } from "./import-graph";
import { startJobWorkerProcess } from "./job-worker-process";
import { assertPortFree, waitForHttp } from "./net";
import { onShutdown, runScript } from "./run";

const root = path.resolve(import.meta.dirname, "..");
// Separate results (and, with CLAIMBENCH_DIST_DIR, builds) let two runs share a checkout.
const resultsDir = path.join(root, process.env.CLAIMBENCH_RESULTS_DIR || "test-results");
const bin = (file: string) => path.join(root, "node_modules", file);
const args = new Set(process.argv.slice(2));
const withUnit = !args.has("--e2e-only");
const withE2e = !args.has("--no-e2e");
/** Arguments that are not flags narrow the run: vitest file filters, Playwright spec files (e2e/reports.spec.ts). */
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}
const tallies: Tally[] = [];

runScript(async () => {
  await rm(resultsDir, { recursive: true, force: true });
  await mkdir(resultsDir, { recursive: true });

  if (withUnit) {
    await step("Type check", () => run(process.execPath, [bin("typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"]));
    await step("Lint", () => run(process.execPath, [bin("eslint/bin/eslint.js"), ".", "--max-warnings=0"]));
    // Which layer may import which (.dependency-cruiser.cjs); a broken rule prints `rule: from → to` and why.
    await step("Import rules (dependency-cruiser)", () => run(process.execPath, importRuleArgs()));
  }

  const db = await openDatabase({ test: true });
  onShutdown(db.close);
  const env = { ...process.env, DATABASE_URL: db.databaseUrl, CLAIMBENCH_TEST_DATABASE_READY: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const { applyPendingMigrations, diffSchemaAgainstMigrations } = await import("../lib/db/migrations");
  await applyPendingMigrations({ databaseUrl: db.databaseUrl });

  if (withUnit) {
    await step("schema.prisma agrees with prisma/migrations", async () => {
      const drift = await diffSchemaAgainstMigrations({ databaseUrl: db.databaseUrl });
      if (drift.trim()) {
        console.error(`schema.prisma and the migrations disagree. Create a migration with \`npm run db:migrate -- <name>\`. The missing SQL:\n${drift}`);
        return false;
      }
      return true;
    });
    const vitestJson = path.join(resultsDir, "vitest-results.json");
    await run(process.execPath, [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`, ...filters.filter((filter) => !filter.startsWith("e2e/"))], env);
    tallies.push(await readVitest(vitestJson));
  }

  if (withE2e) await runE2e(env);

  const total = tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log("\nSummary");
  for (const t of tallies) console.log(`  ${t.name.padEnd(46)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  return total.failed > 0 || total.passed === 0 ? 1 : 0;
});

async function runE2e(baseEnv: NodeJS.ProcessEnv) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`Chromium was not found at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    tallies.push({ name: "Playwright (Chromium)", passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const port = Number(process.env.E2E_PORT ?? 3100);
  await assertPortFree(port, "127.0.0.1", "E2E_PORT");
  // Specs serve "news pages" from these ports (e2e/fixtures/page-server.ts): the app may fetch from
  // them, and from no other loopback address.
  const pagePortBase = port + 10;
  const env = {
    ...baseEnv,
    E2E_PAGE_PORT_BASE: String(pagePortBase),
    CLAIMBENCH_FETCH_ALLOW: [0, 1, 2, 3].map((offset) => `127.0.0.1:${pagePortBase + offset}`).join(","),
    // No NEXTAUTH_URL or CLAIMBENCH_PUBLIC_URL: links and redirects follow the address each spec opened
    // (e2e/reports.spec.ts opens the app by another host name too).
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // Low enough that e2e/reports.spec.ts can see an export run as a background job with 40 claims.
    CLAIMBENCH_EXPORT_JOB_THRESHOLD: process.env.CLAIMBENCH_EXPORT_JOB_THRESHOLD ?? "25",
    // Every spec's browser comes from 127.0.0.1: the per-address budget for heavy work would be
    // shared by all of them. The per-user one stays as shipped (e2e/rate-limits.spec.ts meets it).
    CLAIMBENCH_HEAVY_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "100000",
  };
  if (!(await buildIsCurrent())) {
    const built = await run(process.execPath, [bin("next/dist/bin/next"), "build"], env);
    if (!built) {
      tallies.push({ name: "Production build", passed: 0, failed: 1, skipped: 0 });
      return;
    }
    await recordBuild();
  }
  // The app's own server (scripts/serve.mjs, as npm start runs it), so e2e tests what users run.
  const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), CLAIMBENCH_HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  onShutdown(async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  });
  // The web server only enqueues; exports and imports that the specs wait for run in this worker.
  startJobWorkerProcess(env);
  await waitForHttp(`http://127.0.0.1:${port}/login`, 60_000);
  // Fixtures seed their own workspaces through lib/data, whose modules are marked server-only.
  await run(process.execPath, [bin("@playwright/test/cli.js"), "test", ...filters.filter((filter) => filter.startsWith("e2e/"))], {
    ...env,
    E2E_BASE_URL: `http://localhost:${port}`,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--conditions=react-server"].filter(Boolean).join(" "),
  });
  tallies.push(await readPlaywright(path.join(resultsDir, "e2e-results.json")));
}

async function step(name: string, fn: () => Promise<boolean>) {
  console.log(`\n▶ ${name}`);
  const ok = await fn();
  tallies.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    onShutdown(async () => void child.kill("SIGTERM"));
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function readVitest(file: string): Promise<Tally> {
  const name = "Vitest (unit and integration)";
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(await readFile(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
  // A suite that fails to load has no failed test but is not a success either.
  const failed = report.numFailedTests || (report.success ? 0 : 1);
  return { name, passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

async function readPlaywright(file: string): Promise<Tally> {
  const name = "Playwright (Chromium)";
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(await readFile(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const failed = report.stats.unexpected + (report.errors?.length ? 1 : 0);
  return { name, passed: report.stats.expected + report.stats.flaky, failed, skipped: report.stats.skipped };
}
