// npm run bench:review — how the disagreement queue holds up on a big workspace. Prints figures, never
// asserts timings (not part of `npm test`). See bench/README.md.
//
// 1. A database of its own: the embedded Postgres in .data/bench-review/ on port 54351
//    (CLAIMBENCH_BENCH_DB_PORT), created fresh on every run; with DATABASE_URL set, the database
//    `<name>_bench` on that server (or BENCH_DATABASE_URL). Never the user's data, never `npm test`'s.
// 2. Seeds one workspace with 100,000 claims, 300,000 evidence rows and 200,000 verdicts in bulk SQL
//    (BENCH_CLAIMS, BENCH_EVIDENCE, BENCH_VERDICTS change the sizes), then computes the stored figure
//    conflicts and queue rows in bulk.
// 3. Times, in this process and through the same lib/data functions the pages call, the first page of
//    the queue, the figure-conflict listing, the filters, the dashboard counts, the side-by-side figures,
//    and the incremental writes (a figure edit, a verdict) that keep the stored state current.
// 4. Prints EXPLAIN (ANALYZE, BUFFERS) of the queries, and whether any plan scans the whole evidence or
//    verdicts table.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { runScript } from "../scripts/run";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZE = {
  articles: Number(process.env.BENCH_ARTICLES ?? 1000),
  claims: Number(process.env.BENCH_CLAIMS ?? 100_000),
  evidence: Number(process.env.BENCH_EVIDENCE ?? 300_000),
  verdicts: Number(process.env.BENCH_VERDICTS ?? 200_000),
  sources: Number(process.env.BENCH_SOURCES ?? 2000),
};

prepareBenchEnvironment({ name: "bench-review", port: "54351" });

runScript(async () => {
  console.log(`Review queue benchmark on ${os.cpus().length} cores, Node ${process.version}\n`);
  await openBenchDatabase();

  const { seedReviewBench } = await import("./review-fixtures");
  const started = performance.now();
  const fixture = await seedReviewBench({ slug: "bench-review", size: SIZE, passwordHash: "x" });
  const counts = await countRows(fixture.workspaceId);
  console.log(`✔ Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}.`);
  for (const [label, seconds] of Object.entries(fixture.seconds)) console.log(`    ${label.padEnd(36)} ${seconds.toFixed(1).padStart(6)} s`);
  console.log("");

  const timings = await timeReads(fixture);
  console.log(`In-process timings, median (min–max) of ${RUNS} runs after a warm-up:`);
  for (const [label, t] of timings) console.log(`  ${label.padEnd(60)} ${fmt(t.median)} ms  (${fmt(t.min)}–${fmt(t.max)})`);
  console.log("");

  const plans = await explainQueries(fixture);
  for (const [label, plan] of plans) {
    console.log(`EXPLAIN (ANALYZE, BUFFERS) — ${label}`);
    console.log(plan.split("\n").map((line) => `  ${line}`).join("\n"));
    console.log("");
  }
  const wholeScans = plans.filter(([, plan]) => /Seq Scan on (evidence|verdicts)\b/.test(plan)).map(([label]) => label);
  console.log(wholeScans.length ? `✖ Sequential scans over evidence or verdicts in: ${wholeScans.join("; ")}` : "✔ No plan scans the evidence or verdicts table sequentially.");
  return 0;
});

type Fixture = Awaited<ReturnType<typeof import("./review-fixtures").seedReviewBench>>;
interface Timing { median: number; min: number; max: number }

async function countRows(workspaceId: string) {
  const { getDb } = await import("../lib/db/client");
  const db = getDb();
  const where = { workspaceId };
  const [claims, evidence, verdicts, figureConflicts, queueRows] = await Promise.all([
    db.claim.count({ where }), db.evidence.count({ where }), db.verdict.count({ where }), db.claim.count({ where: { ...where, figureConflict: { not: null } } }), db.claimDisagreement.count({ where }),
  ]);
  return { claims, "evidence rows": evidence, verdicts, "claims with a figure conflict": figureConflicts, "queue rows": queueRows };
}

async function measure(fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)]!, min: runs[0]!, max: runs.at(-1)! };
}

async function timeReads(fixture: Fixture): Promise<[string, Timing][]> {
  const { listDisagreements } = await import("../lib/data/disagreements/disagreements");
  const { countOpenDisagreements } = await import("../lib/data/disagreements/disagreement-counts");
  const { listClaimFigureConflicts } = await import("../lib/data/figure-conflicts/figure-conflicts");
  const { getClaim, updateClaim } = await import("../lib/data/claims/claims");
  const { recordVerdict } = await import("../lib/workflows/review/record-verdict");
  const { getDb } = await import("../lib/db/client");
  const actor = { id: fixture.editorId };
  const slug = fixture.slug;
  const list = (filters: Record<string, string>, page = 1) => () => listDisagreements({ actor, slug, filters, page });
  const first = await listDisagreements({ actor, slug, filters: {}, page: 1 });
  const figures = await listDisagreements({ actor, slug, filters: { kind: "figure-conflict" }, page: 1 });
  console.log(`Queue: ${first.total.toLocaleString("en")} open disagreements (${figures.total.toLocaleString("en")} with a figure conflict), ${first.pageCount.toLocaleString("en")} pages.\n`);

  const claim = (await getClaim({ actor, slug, claimId: fixture.figureClaimId }))!;
  let value = claim.figure!.value;
  const editFigure = async () => {
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    value = value === 8_000_000 ? 10_000_000 : 8_000_000; // in and out of conflict with its quantity's other claims
    await updateClaim({ actor, slug, input: { claimId: claim.id, version, statement: claim.statement, isFigure: true, figureValue: value, figureUnit: "count", figureCounted: claim.figure!.counted ?? undefined, tags: [] } });
  };
  const levels = await getDb().ratingLevel.findMany({ where: { workspaceId: fixture.workspaceId }, orderBy: { position: "asc" }, select: { id: true } });
  const verdictClaim = first.items.at(-1)!.id;
  let n = 0;
  const verdict = () => recordVerdict({ actor: { id: fixture.reviewerIds[0]! }, slug, input: { claimId: verdictClaim, ratingId: levels[n++ % levels.length]!.id, rationale: "Bench verdict." } });

  return [
    ["Queue, first page (listDisagreements, no filter)", await measure(list({}))],
    ["Figure-conflict search: queue filtered to figure conflicts", await measure(list({ kind: "figure-conflict" }))],
    ["Queue filtered to reviewer splits", await measure(list({ kind: "reviewer-split" }))],
    ["Queue filtered by article", await measure(list({ article: fixture.articleIds[0]! }))],
    ["Queue filtered by assignee", await measure(list({ assignee: fixture.reviewerIds[0]! }))],
    ["Queue, page 200 (offset 4,975)", await measure(list({}, 200))],
    ["Dashboard counts by kind (countOpenDisagreements)", await measure(() => countOpenDisagreements(fixture.workspaceId, { actorId: fixture.editorId, role: "EDITOR", blindReview: true }))],
    ["Side by side: one claim's figure conflicts", await measure(() => listClaimFigureConflicts({ actor, slug, claimId: claim.id }))],
    ["Write: edit a figure (detect its conflicts + refresh queue rows)", await measure(editFigure)],
    ["Write: record a verdict (reopen check + refresh queue row)", await measure(verdict)],
  ];
}

async function explainQueries(fixture: Fixture): Promise<[string, string][]> {
  const { getDb } = await import("../lib/db/client");
  const { Prisma } = await import("../lib/generated/prisma/client");
  const { disagreementQueueSql } = await import("../lib/data/disagreements/disagreements");
  const { claimsWithIds, rebuildSql } = await import("../lib/data/disagreements/claim-disagreements");
  const db = getDb();
  const explain = async (sql: InstanceType<typeof Prisma.Sql>) => {
    const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>`explain (analyze, buffers) ${sql}`;
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  };
  const queue = disagreementQueueSql(fixture.workspaceId, {}, { limit: 25, offset: 0 });
  const figures = disagreementQueueSql(fixture.workspaceId, { kind: "figure-conflict" }, { limit: 25, offset: 0 });
  const { figureKey } = await db.claim.findUniqueOrThrow({ where: { id: fixture.figureClaimId }, select: { figureKey: true } });
  const rebuild = rebuildSql(claimsWithIds([fixture.figureClaimId]));
  return [
    ["queue total (count)", await explain(queue.count)],
    ["queue first page", await explain(queue.page)],
    ["figure-conflict search: total", await explain(figures.count)],
    ["figure-conflict search: first page", await explain(figures.page)],
    ["figure candidates of one claim (same quantity key)", await explain(Prisma.sql`select id, statement, "figureValue" from claims where "workspaceId" = ${fixture.workspaceId}::uuid and "figureKey" = ${figureKey}`)],
    ["refresh of one claim's queue rows: delete", await explain(rebuild.remove)],
    ["refresh of one claim's queue rows: insert (verdicts and evidence aggregated per claim)", await explain(rebuild.insert)],
  ];
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);
