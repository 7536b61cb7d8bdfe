// npm run bench:publishing — the public pages under load (issue 19). Prints figures, never asserts
// timings (not part of `npm test`). See bench/README.md.
//
// A fresh bench database and a production build (`next start`), as bench/api.ts does. A workspace with 25
// published fact-checks; autocannon runs 64 connections for BENCH_SECONDS (10) per case against one public
// page, the ClaimReview DataFeed and, for comparison, the signed-in claim page of the same claim; then the
// public page and the feed again with If-None-Match (answered 304). The aims of the issue are printed as
// met or not met: the public page at least 5× the claim page's throughput, and 304 in under 5 ms p50.
import { randomBytes } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { assertPortFree } from "../scripts/net";
import { runScript } from "../scripts/run";
import { openBenchDatabase, prepareBenchEnvironment, serveApp } from "./app-server";

prepareBenchEnvironment({ name: "bench-publishing", port: process.env.CLAIMBENCH_DB_PORT ?? "54352" });
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PUBLISHED = 25;
const SLUG = "bench-publishing";
const SECRET = randomBytes(32).toString("base64url");

interface Figures { label: string; rps: number; p50: number; p99: number; wrong: number }

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(", ");

runScript(async () => {
  console.log(`Publishing benchmark on ${os.cpus().length} cores, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s per case`);
  console.log(`Load average before: ${loadAverage()} (other work on the machine slows every figure below)\n`);
  const port = Number(process.env.BENCH_PORT ?? process.env.PORT ?? 3203);
  await assertPortFree(port, "127.0.0.1", "BENCH_PORT");
  const db = await openBenchDatabase();
  const fixture = await seed(db.databaseUrl);
  console.log(`✔ Seeded "${SLUG}": ${PUBLISHED} published fact-checks.`);
  await serveApp(port, db.databaseUrl, { NEXTAUTH_SECRET: SECRET });
  const base = `http://127.0.0.1:${port}`;
  const page = `${base}/p/${SLUG}/${fixture.publicationId}`;
  const feed = `${base}/p/${SLUG}/claimreview.json`;
  const claimPage = `${base}/w/${SLUG}/claims/${fixture.claimId}`;
  const cookie = `next-auth.session-token=${await encode({ token: { sub: fixture.ownerId, sv: 0 }, secret: SECRET })}`;
  const pageEtag = await etagOf(page);
  const feedEtag = await etagOf(feed);
  await check(claimPage, { cookie }, 200);
  // Warm-up: the first requests compile routes and fill the caches; the figures are about the steady state.
  for (let i = 0; i < 20; i++) await Promise.all([check(page, {}, 200), check(feed, {}, 200), check(claimPage, { cookie }, 200)]);

  const results: Figures[] = [];
  for (const [label, url, headers, status, connections] of [
    ["public page", page, {}, 200, CONNECTIONS],
    ["public page, If-None-Match (304)", page, { "if-none-match": pageEtag }, 304, CONNECTIONS],
    ["ClaimReview DataFeed (25 reviews)", feed, {}, 200, CONNECTIONS],
    ["DataFeed, If-None-Match (304)", feed, { "if-none-match": feedEtag }, 304, CONNECTIONS],
    ["signed-in claim page (comparison)", claimPage, { cookie }, 200, CONNECTIONS],
    // At 64 connections a request mostly waits in line (Little's law: p50 ≈ connections ÷ throughput);
    // one connection shows what answering a 304 itself costs.
    ["public page 304, 1 connection", page, { "if-none-match": pageEtag }, 304, 1],
  ] as const) {
    results.push(await load(label, url, headers, status, connections));
    console.log(row(results.at(-1)!));
  }
  print(results);
  const [publicPage, notModified, , , signedIn, alone] = results as [Figures, Figures, Figures, Figures, Figures, Figures];
  const ratio = publicPage.rps / signedIn.rps;
  console.log(`Aim: public page ≥ 5× the signed-in claim page: ${ratio.toFixed(1)}× → ${ratio >= 5 ? "met" : "not met"}`);
  console.log(`Aim: 304 in under 5 ms p50: ${notModified.p50.toFixed(1)} ms at ${CONNECTIONS} connections → ${notModified.p50 < 5 ? "met" : "not met"}; ${alone.p50.toFixed(1)} ms at 1 connection → ${alone.p50 < 5 ? "met" : "not met"}`);
  console.log(`Load average after: ${loadAverage()}`);
  return 0;
});

async function etagOf(url: string): Promise<string> {
  const response = await check(url, {}, 200);
  const etag = response.headers.get("etag");
  if (!etag) throw new Error(`${url} answered without an ETag.`);
  return etag;
}

async function check(url: string, headers: Record<string, string>, status: number): Promise<Response> {
  const response = await fetch(url, { headers, redirect: "manual" });
  if (response.status !== status) throw new Error(`${url} answered ${response.status}, not ${status}: the figures would not be about the real page.`);
  return response;
}

/** autocannon's latencies are whole milliseconds: a p50 of 0 means under 1 ms. */
async function load(label: string, url: string, headers: Record<string, string>, status: number, connections: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: SECONDS, headers });
  const expected = (result.statusCodeStats as Record<string, { count: number } | undefined>)[String(status)]?.count ?? 0;
  return { label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, wrong: result.requests.total - expected + result.errors };
}

async function seed(databaseUrl: string) {
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { listArticles } = await import("../lib/data/articles/articles");
  const { insertBenchClaims } = await import("@test-support/bulk-claims");
  const { publishTestFactCheck, testFactCheck } = await import("@test-support/publications");
  const email = "bench-publishing-owner@example.org";
  const report = await seedWorkspace({ slug: SLUG, name: "Publishing benchmark", withCorpus: true, users: [{ email, name: "Bench Owner", role: "OWNER", password: "bench-password" }] });
  const ownerId = report.userIds[email]!;
  const [article] = await listArticles({ actor: { id: ownerId }, slug: SLUG });
  if (!article) throw new Error("The seed corpus has no article.");
  const spans = Array.from({ length: PUBLISHED }, (_, i) => ({ start: i * 20, end: i * 20 + 15, statement: `Bench claim ${i}: IS ruled about ${i + 8} million people`, status: "RESOLVED" as const }));
  await insertBenchClaims({ workspaceId: report.workspaceId, articleId: article.id, spans, createdById: ownerId });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const claims = (await client.query<{ id: string; statement: string }>(`select id, statement from claims where "workspaceId" = $1 order by statement`, [report.workspaceId])).rows;
    let publicationId = "";
    for (const claim of claims) {
      const { id } = await publishTestFactCheck({ workspaceId: report.workspaceId, claimId: claim.id, factCheck: testFactCheck({ statement: claim.statement }) });
      publicationId ||= id;
    }
    return { ownerId, claimId: claims[0]!.id, publicationId };
  } finally {
    await client.end();
  }
}

const row = (r: Figures) => `  ${r.label.padEnd(36)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.wrong).padStart(7)}`;

function print(results: Figures[]) {
  console.log(`\n  ${"case".padEnd(36)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"wrong".padStart(7)}`);
  for (const r of results) console.log(row(r));
  console.log("  (wrong: answers other than the expected 200 or 304, and connection errors)\n");
}
