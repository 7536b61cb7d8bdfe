// npm run bench:api — the HTTP API under load, on a workspace of 100,000 claims. Prints figures,
// never asserts timings (not part of `npm test`). See bench/README.md.
//
// A fresh bench database and a production build (`next start`), as bench/reader.ts does. For each
// case autocannon runs 32 connections for BENCH_SECONDS (10) against the server with a personal
// API token: a trivial authenticated route (the floor), creating claims, listing claims with a
// filter, recording verdicts (20,000 open claims × 40 reviewers, so no two requests collide), and
// the disagreement queue. Then the same database work as bare SQL through pg, 32 at a time: the
// reads are the very statements lib/data sends (captured from one in-process call), the writes
// the minimal statements of one claim or one verdict with its audit event.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { assertPortFree } from "../scripts/net";
import { runScript } from "../scripts/run";
import { seedApiFixture, SLUG, CLAIMS, type ApiFixture } from "./api-fixtures";
import { openBenchDatabase, prepareBenchEnvironment, serveApp } from "./app-server";

prepareBenchEnvironment();
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(", ");

interface Figures { label: string; rps: number; p50: number; p99: number; errors: number }

runScript(async () => {
  console.log(`API benchmark on ${os.cpus().length} cores, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s per case`);
  console.log(`Load average before: ${loadAverage()} (other work on the machine slows every figure below)\n`);
  const port = Number(process.env.BENCH_PORT ?? 3201);
  await assertPortFree(port, "127.0.0.1", "BENCH_PORT");
  const db = await openBenchDatabase();
  const started = performance.now();
  const fixture = await seedApiFixture(db.databaseUrl);
  console.log(`✔ Seeded "${SLUG}": ${CLAIMS.toLocaleString("en")} claims on ${fixture.articles.length} articles, ${fixture.reviewerTokens.length} reviewers (${((performance.now() - started) / 1000).toFixed(0)} s).`);

  // The limits would stop a benchmark by design; they are still counted on every request.
  await serveApp(port, db.databaseUrl, { API_RATE_LIMIT_PER_MINUTE: "1000000000", API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "1000000000" });
  console.log("");
  const base = `http://127.0.0.1:${port}/api/v1/workspaces/${SLUG}`;
  const http: Figures[] = [];
  for (const [label, requests] of httpCases(fixture)) {
    http.push(await load(label, base, fixture, requests));
    console.log(row(http.at(-1)!));
  }
  console.log("");
  const sql = await bareSql(db.databaseUrl, fixture);
  print("HTTP API (autocannon)", http);
  print("Bare SQL through pg (the same database work)", sql);
  console.log(`Load average after: ${loadAverage()}`);
  return 0;
});


type Shape = () => { method: "GET" | "POST"; path: string; body?: string; token?: string };

function httpCases(f: ApiFixture): [string, Shape][] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
  let verdictN = 0;
  return [
    ["trivial authenticated route (floor)", () => ({ method: "GET", path: "" })],
    ["create claim", () => {
      const article = pick(f.articles);
      const start = Math.floor(Math.random() * (article.length - 60));
      return { method: "POST", path: "/claims", body: JSON.stringify({ articleId: article.id, start, end: start + 40, statement: "Bench claim from the API" }) };
    }],
    ["list claims, filtered (status, figure, tag)", () => ({ method: "GET", path: "/claims?status=IN_REVIEW&figure=yes&tag=population&limit=50" })],
    ["record verdict", () => {
      const n = verdictN++;
      return {
        method: "POST",
        path: `/claims/${f.openClaimIds[n % f.openClaimIds.length]}/verdicts`,
        token: f.reviewerTokens[Math.floor(n / f.openClaimIds.length) % f.reviewerTokens.length],
        body: JSON.stringify({ ratingId: pick(f.ratingIds), rationale: "Bench verdict" }),
      };
    }],
    ["disagreement queue", () => ({ method: "GET", path: "/disagreements?limit=50" })],
  ];
}

async function load(label: string, base: string, f: ApiFixture, shape: Shape): Promise<Figures> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{
      setupRequest: (request) => {
        const next = shape();
        return { ...request, method: next.method, path: new URL(`${base}${next.path}`).pathname + new URL(`${base}${next.path}`).search, body: next.body, headers: { authorization: `Bearer ${next.token ?? f.ownerToken}`, "content-type": "application/json" } };
      },
    }],
  });
  return { label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

/** Runs `work` on 32 pooled connections for SECONDS, timing each call. */
async function hammer(pool: pg.Pool, label: string, work: (client: pg.PoolClient) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end) {
      const client = await pool.connect();
      const t = performance.now();
      try {
        await work(client);
        latencies.push(performance.now() - t);
      } catch {
        errors++;
        await client.query("rollback").catch(() => {});
      } finally {
        client.release();
      }
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { label, rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), errors };
}

interface Captured { text: string; values?: unknown[] }

/** The statements lib/data sends for `run`, captured at pg's door. */
async function capture(run: () => Promise<unknown>): Promise<Captured[]> {
  const seen: Captured[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config.text;
    if (!/^\s*(begin|commit|rollback)/i.test(text)) seen.push({ text, values: typeof config === "string" ? (args[1] as unknown[]) : config.values });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

async function bareSql(databaseUrl: string, f: ApiFixture): Promise<Figures[]> {
  const { getWorkspaceAccess } = await import("../lib/data/workspaces/workspaces");
  const { listClaims } = await import("../lib/data/claims/claim-search");
  const { listDisagreements } = await import("../lib/data/disagreements/disagreements");
  const { checkApiToken } = await import("../lib/data/workspaces/api-tokens");
  const owner = (await checkApiToken(f.ownerToken)) as { userId: string };
  const actor = { id: owner.userId };
  const floor = await capture(() => getWorkspaceAccess({ actor, slug: SLUG }));
  const claims = await capture(() => listClaims({ actor, slug: SLUG, query: { status: "IN_REVIEW", figure: "yes", tag: "population" }, window: { limit: 51, after: null } }));
  const queue = await capture(() => listDisagreements({ actor, slug: SLUG, filters: {}, window: { limit: 51, after: null } }));
  const replay = (statements: Captured[]) => async (client: pg.PoolClient) => {
    for (const statement of statements) await client.query(statement.text, statement.values);
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const results: Figures[] = [];
  try {
    results.push(await hammer(pool, "trivial authenticated route (floor)", replay(floor)));
    results.push(await hammer(pool, "create claim", async (client) => {
      const article = f.articles[Math.floor(Math.random() * f.articles.length)]!;
      const id = randomUUID();
      await client.query("begin");
      await client.query(`select body from articles where id = $1 and "workspaceId" = $2`, [article.id, f.workspaceId]);
      await client.query(`insert into claims (id, "workspaceId", "articleId", exact, start, "end", statement, "createdById", "updatedAt") values ($1, $2, $3, 'bench', 0, 5, 'Bench claim', $4, now())`, [id, f.workspaceId, article.id, actor.id]);
      await client.query(`insert into audit_events (id, "workspaceId", "actorId", "entityType", "entityId", "claimId", action) values (gen_random_uuid(), $1, $2, 'claim', $3, $3, 'create')`, [f.workspaceId, actor.id, id]);
      await client.query("commit");
    }));
    results.push(await hammer(pool, "list claims, filtered (status, figure, tag)", replay(claims)));
    let n = 0;
    results.push(await hammer(pool, "record verdict", async (client) => {
      const claimId = f.openClaimIds[n++ % f.openClaimIds.length]!;
      await client.query("begin");
      await client.query(`select id from claims where id = $1 and "workspaceId" = $2 for update`, [claimId, f.workspaceId]);
      await client.query(`insert into verdicts (id, "workspaceId", "claimId", "reviewerId", "ratingId", rationale) values (gen_random_uuid(), $1, $2, $3, $4, 'Bench verdict')`, [f.workspaceId, claimId, actor.id, f.ratingIds[0]]);
      await client.query(`update claims set status = 'IN_REVIEW', version = version + 1 where id = $1 and status = 'OPEN'`, [claimId]);
      await client.query(`insert into audit_events (id, "workspaceId", "actorId", "entityType", "entityId", "claimId", action) values (gen_random_uuid(), $1, $2, 'verdict', $3, $3, 'record')`, [f.workspaceId, actor.id, claimId]);
      await client.query("commit");
    }));
    results.push(await hammer(pool, "disagreement queue", replay(queue)));
  } finally {
    await pool.end();
  }
  return results;
}

const row = (r: Figures) =>
  `  ${r.label.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`;

function print(title: string, results: Figures[]) {
  console.log(title);
  console.log(`  ${"case".padEnd(44)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`);
  for (const r of results) console.log(row(r));
  const floor = results[0]!.rps;
  console.log(`  (throughput relative to the floor: ${results.slice(1).map((r) => `${r.label.split(",")[0]} ${(floor / r.rps).toFixed(1)}× slower`).join("; ")})\n`);
}
