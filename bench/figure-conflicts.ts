// npm run bench:conflicts — what figure conflicts cost as the claims of one quantity grow (issue 20,
// item 1). Prints figures, never asserts timings (not part of `npm test`). See bench/README.md.
//
// For 1, 100, 1,000 and 10,000 claims stating one quantity (BENCH_SIZES to change), each value a
// different one so that nearly every pair conflicts, in a workspace JSON file imported through
// importWorkspace (the upload's path), it prints: the rows the workspace stores, the import's time
// and peak memory above its start (sampled every 10 ms), the time to write one more claim on that
// quantity (createClaim), and the read time of the queue's first page and of one claim's conflicts
// (the side-by-side view), medians of BENCH_RUNS (5) runs after a warm-up.
// Database: the embedded Postgres in .data/bench-conflicts/ on port 54361 (CLAIMBENCH_BENCH_DB_PORT),
// fresh on every run; never the user's data or the tests'.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { runScript } from "../scripts/run";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";

const SIZES = (process.env.BENCH_SIZES ?? "1,100,1000,10000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

prepareBenchEnvironment({ name: "bench-conflicts", port: "54361" });

runScript(async () => {
  console.log(`Figure-conflict benchmark on ${os.cpus().length} cores, Node ${process.version}\n`);
  await openBenchDatabase();
  const rows: string[][] = [["claims", "rows stored", "of which claims / queue", "import", "peak RSS / heap", "write 1 claim", "queue page 1", "1 claim's conflicts"]];
  for (const size of SIZES) rows.push(await measureSize(size));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padStart(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  return 0;
});

async function measureSize(size: number): Promise<string[]> {
  const { oneQuantityWorkspaceJson, countWorkspaceRows, ONE_QUANTITY_STATEMENT } = await import("@test-support/one-quantity-workspace");
  const { importWorkspace } = await import("../lib/workflows/workspace-import/workspace-import");
  const { createClaim } = await import("../lib/data/claims/claims");
  const { listDisagreements } = await import("../lib/data/disagreements/disagreements");
  const { getClaimFigureConflicts } = await import("../lib/data/figure-conflicts/figure-conflicts");
  const { createClaimSchema } = await import("../lib/schemas/claim");
  const { getDb } = await import("../lib/db/client");

  const { owner, bytes } = await oneQuantityWorkspaceJson(size);
  const slug = `bench-conflicts-${size}`;
  const memory = sampleMemory();
  const t0 = performance.now();
  const { workspace } = await importWorkspace({ actor: owner, input: { fileName: `${size}.json`, bytes, slug } });
  const importMs = performance.now() - t0;
  const peak = memory.stop();
  const stored = await countWorkspaceRows(workspace.id);
  const total = Object.values(stored).reduce((sum, n) => sum + n, 0);

  const article = await getDb().article.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true, body: true } });
  const quote = "12 million people";
  const start = article.body.indexOf(quote);
  let n = 0;
  const writeOne = () => createClaim({ actor: owner, slug, input: createClaimSchema.parse({
    articleId: article.id, start, end: start + quote.length, exact: quote, statement: ONE_QUANTITY_STATEMENT,
    isFigure: true, figureValue: 500_000 + 7 * n++, figureUnit: "count", figureCounted: "people",
  }) });
  const write = await median(writeOne);
  const queue = await median(() => listDisagreements({ actor: owner, slug, filters: {}, page: 1 }));
  const first = (await listDisagreements({ actor: owner, slug, filters: {}, page: 1 })).items[0];
  const conflicts = first ? await median(() => getClaimFigureConflicts({ actor: owner, slug, claimId: first.id })) : NaN;
  return [
    size.toLocaleString("en"), total.toLocaleString("en"), `${(stored.claims ?? 0).toLocaleString("en")} / ${(stored.claim_disagreements ?? 0).toLocaleString("en")}`,
    `${(importMs / 1000).toFixed(2)} s`, `+${mib(peak.rss)} / +${mib(peak.heap)} MiB`, ms(write), ms(queue), ms(conflicts),
  ];
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

/** Peak RSS and heap above the figures when it started, sampled every 10 ms. */
function sampleMemory() {
  const base = process.memoryUsage();
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss - base.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed - base.heapUsed);
  };
  const timer = setInterval(sample, 10);
  return { stop: () => (clearInterval(timer), sample(), peak) };
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (value: number) => `${value.toFixed(1)} ms`;
