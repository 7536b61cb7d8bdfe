// npm run bench:export — exports of a 100,000-claim workspace. Prints figures, never asserts timings (not
// part of `npm test`). See bench/README.md.
//
// 1. A database of its own: the embedded Postgres in .data/bench-export/ on port 54350
//    (CLAIMBENCH_BENCH_DB_PORT), recreated on every run; with DATABASE_URL set, the database
//    `<name>_bench` on that server (or BENCH_DATABASE_URL). Never the user's data, never `npm test`'s.
// 2. Seeds 100 articles (the seed corpus, repeated) with 1,000 claims each (BENCH_CLAIMS to change):
//    figures on a third, a quarter resolved, two reviewers' verdicts on every 3rd claim, a supporting and
//    a contradicting piece of evidence on every 4th.
// 3. The floor: `COPY (<the export's query>) TO STDOUT (FORMAT csv)` through pg, streamed and discarded:
//    the same statement the export reads in batches (lib/data/reports/report-data.ts reportClaimsSql), in one go.
// 4. The CSV export through streamExport (the same call the download route makes), consumed and
//    discarded; then JSON (the lossless workspace export, format=json) the same way.
//    Time, and memory sampled every 5 ms: RSS and V8 heap high-water marks, and the rise over the
//    baseline before the run (after a GC).
import os from "node:os";
import { performance } from "node:perf_hooks";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";
import { runScript } from "../scripts/run";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const ARTICLES = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const SLUG = "bench-export";
const BENCH_BASE_URL = "http://bench.invalid";

prepareBenchEnvironment({ name: "bench-export", port: "54350" });
// BENCH_KEEP=1: keep the seeded database between runs (seeding takes minutes), in .data/bench-export/postgres.
const KEEP = process.env.BENCH_KEEP === "1";
if (KEEP) process.env.CLAIMBENCH_DB_PORT = process.env.CLAIMBENCH_TEST_DB_PORT;

interface Measure {
  ms: number;
  bytes: number;
  peakRss: number;
  peakHeap: number;
  baseRss: number;
  baseHeap: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs fn while sampling memory; fn returns the bytes it produced. */
async function measure(fn: () => Promise<number>): Promise<Measure> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const bytes = await fn();
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  return { ms, bytes, peakRss, peakHeap, baseRss: base.rss, baseHeap: base.heapUsed };
}

async function drain(body: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return bytes;
}

runScript(async () => {
  console.log(`Export benchmark on ${os.cpus().length} cores, Node ${process.version}${(globalThis as { gc?: unknown }).gc ? "" : " (no --expose-gc: baselines without a GC first)"}\n`);
  const db = await openBenchDatabase({ keep: KEEP });
  process.env.NEXTAUTH_URL ??= "https://claimbench.example";

  const seeded = performance.now();
  const kept = KEEP ? await keptFixture() : null;
  const fixture = kept ?? (await seedFixtures());
  if (kept) console.log(`✔ Reusing the seeded "${SLUG}" (BENCH_KEEP=1): ${kept.claims.toLocaleString("en")} claims.`);
  else console.log(`✔ Seeded "${SLUG}": ${fixture.claims.toLocaleString("en")} claims on ${ARTICLES} articles, ${fixture.verdicts.toLocaleString("en")} verdicts, ${fixture.evidence.toLocaleString("en")} evidence (${((performance.now() - seeded) / 1000).toFixed(1)} s).`);
  await vacuumAnalyze(db.databaseUrl);

  const { streamExport } = await import("../lib/workflows/export/exports");
  const actor = { id: fixture.editorId };
  const results: [string, Measure][] = [];
  for (let run = 1; run <= RUNS; run++) {
    results.push([`COPY … TO STDOUT (floor), run ${run}`, await measure(() => copyFloor(db.databaseUrl, fixture.editorId))]);
    results.push([`CSV export, run ${run}`, await measure(async () => drain((await streamExport({ actor, slug: SLUG, format: "csv", scope: {}, baseUrl: BENCH_BASE_URL })).body))]);
    results.push([`JSON export, run ${run}`, await measure(async () => drain((await streamExport({ actor, slug: SLUG, format: "json", scope: {}, baseUrl: BENCH_BASE_URL })).body))]);
  }

  console.log(`\n${"".padEnd(34)} ${"time".padStart(9)} ${"output".padStart(10)} ${"peak RSS".padStart(10)} ${"RSS rise".padStart(10)} ${"peak heap".padStart(10)} ${"heap rise".padStart(10)}`);
  for (const [label, m] of results) {
    console.log(`  ${label.padEnd(32)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(9)} ${mb(m.bytes).padStart(10)} ${mb(m.peakRss).padStart(10)} ${mb(m.peakRss - m.baseRss).padStart(10)} ${mb(m.peakHeap).padStart(10)} ${mb(m.peakHeap - m.baseHeap).padStart(10)}`);
  }
  const best = (prefix: string) => Math.min(...results.filter(([label]) => label.startsWith(prefix)).map(([, m]) => m.ms));
  const floor = best("COPY");
  console.log(`\nBest of ${RUNS}: COPY ${(floor / 1000).toFixed(2)} s; CSV ${(best("CSV") / 1000).toFixed(2)} s = ${(best("CSV") / floor).toFixed(2)}× the floor` +
    `; JSON ${(best("JSON") / 1000).toFixed(2)} s = ${(best("JSON") / floor).toFixed(2)}× the floor.`);
  const { closePgPool } = await import("../lib/db/pg-pool");
  await closePgPool();
  return 0;
});

async function keptFixture() {
  const { getUserIdByEmailForBench, countBenchClaims } = await import("@test-support/bulk-claims");
  const editorId = await getUserIdByEmailForBench("bench-editor@example.org");
  const claims = editorId ? await countBenchClaims(SLUG) : 0;
  return editorId && claims >= CLAIMS ? { editorId, claims, verdicts: 0, evidence: 0 } : null;
}

async function seedFixtures() {
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { loadSeedArticles } = await import("../seeds/articles");
  const { ensureArticle } = await import("../lib/data/articles/articles");
  const { insertBenchClaims, insertBenchReviews } = await import("@test-support/bulk-claims");
  const { hashBody } = await import("../lib/formats/body-hash");
  const { countWords } = await import("../lib/formats/clean-article-text");
  const password = "bench-password";
  const people = [
    { email: "bench-owner@example.org", name: "Bench Owner", role: "OWNER" as const, password },
    { email: "bench-editor@example.org", name: "Bench Editor", role: "EDITOR" as const, password },
    { email: "bench-reviewer1@example.org", name: "Bench Reviewer One", role: "REVIEWER" as const, password },
    { email: "bench-reviewer2@example.org", name: "Bench Reviewer Two", role: "REVIEWER" as const, password },
  ];
  const report = await seedWorkspace({ slug: SLUG, name: "Export benchmark", organizationName: "Bench desk", users: people, withCorpus: false });
  const editorId = report.userIds["bench-editor@example.org"]!;
  const seeds = await loadSeedArticles();
  const perArticle = Math.ceil(CLAIMS / ARTICLES);
  let claims = 0;
  for (let n = 0; n < ARTICLES && claims < CLAIMS; n++) {
    const seed = seeds[n % seeds.length]!;
    const body = `${seed.body}\n\n(Copy ${n + 1} for the export benchmark.)`;
    const article = await ensureArticle({
      workspaceId: report.workspaceId,
      actorId: editorId,
      article: { title: `${seed.title} (${n + 1})`, url: `https://news.example.org/bench/${n + 1}`, publisher: seed.publisher, body, bodyHash: hashBody(body), wordCount: countWords(body), importFormat: "txt", importRemoved: [] },
    });
    const count = Math.min(perArticle, CLAIMS - claims);
    const spans = Array.from({ length: count }, (_, i) => {
      const start = (i * 7919) % Math.max(1, body.length - 200);
      const end = start + 40 + (i % 80);
      const k = claims + i;
      return {
        start,
        end,
        statement: `Claim ${k + 1}: ${body.slice(start, end).replace(/\s+/g, " ").trim()}`,
        status: (["OPEN", "IN_REVIEW", "DISPUTED", "RESOLVED"] as const)[k % 4],
        tags: k % 5 === 0 ? ["territory", "figures"] : ["bench"],
        figure: k % 3 === 0 ? { value: 1000 + k, unit: "count" as const, qualifier: k % 2 ? ("about" as const) : null, counted: "people" } : undefined,
      };
    });
    claims += await insertBenchClaims({ workspaceId: report.workspaceId, articleId: article.id, spans, createdById: editorId });
  }
  const reviewerIds = [report.userIds["bench-reviewer1@example.org"]!, report.userIds["bench-reviewer2@example.org"]!];
  const reviews = await insertBenchReviews({ workspaceId: report.workspaceId, reviewerIds, verdictEvery: 3, evidenceEvery: 4 });
  return { editorId, claims, ...reviews };
}

async function vacuumAnalyze(databaseUrl: string) {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("vacuum analyze");
  } finally {
    await client.end();
  }
}

/** The export's own statement (lib/data/reports/report-data.ts) as COPY … TO STDOUT, read through pg and discarded. */
async function copyFloor(databaseUrl: string, actorId: string): Promise<number> {
  const pg = await import("pg");
  const { to: copyTo } = await import("pg-copy-streams");
  const { getReportAccess, reportClaimsSql } = await import("../lib/data/reports/report-data");
  const access = await getReportAccess({ actor: { id: actorId }, slug: SLUG });
  const query = reportClaimsSql(access, {});
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // COPY takes no bind parameters: the values (ids) are inlined as literals.
    const text = query.text.replace(/\$(\d+)/g, (_, n: string) => client.escapeLiteral(String(query.values[Number(n) - 1])));
    let bytes = 0;
    const stream = client.query(copyTo(`COPY (${text}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    for await (const chunk of stream as AsyncIterable<Buffer>) bytes += chunk.byteLength;
    return bytes;
  } finally {
    await client.end();
  }
}
