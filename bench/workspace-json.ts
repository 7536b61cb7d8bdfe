// npm run bench:json — the workspace JSON export and import on a 100,000-claim workspace. Prints figures,
// never asserts timings (not part of `npm test`).
//
// 1. A database of its own, as bench/reader.ts: the embedded Postgres in .data/bench/ on port 54349
//    (CLAIMBENCH_BENCH_DB_PORT), created fresh on every run; or `<name>_bench` on DATABASE_URL's server.
// 2. Seeds a workspace of BENCH_CLAIMS claims (100,000 by default) over 100 articles, two verdicts per
//    claim, evidence on a quarter of them and an audit event each.
// 3. Times streamWorkspaceJson to the end (text counted, not kept), sampling the process's RSS and heap
//    while it runs; peak minus the figure before is what the export added.
// 4. The floor: `COPY (SELECT to_jsonb(row) of the same tables, same workspace, same order) TO STDOUT`
//    over one connection in the same run, the rows discarded as they arrive.
// 5. Imports the exported document into a new workspace (one transaction) and times it, with memory.
//    BENCH_IMPORT=0 skips it: the import holds the whole document (about 1.5 KB per claim), which is why
//    uploads are capped by CLAIMBENCH_MAX_UPLOAD_BYTES; the benchmark raises the cap to fit.
import { performance } from "node:perf_hooks";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";
import { runScript } from "../scripts/run";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const SLUG = "bench-json";

prepareBenchEnvironment({ name: "bench-json" });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Runs `work` while sampling memory every 10 ms; returns its result, the time and the peaks above the start. */
async function measure<T>(work: () => Promise<T>) {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { result, ms: performance.now() - started, rss: peakRss - before.rss, heap: peakHeap - before.heapUsed, peakRss };
  } finally {
    clearInterval(timer);
  }
}

runScript(async () => {
  const db = await openBenchDatabase();
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { fillBenchWorkspace, benchCopyQueries } = await import("./workspace-fixtures");
  const { streamWorkspaceJson } = await import("../lib/workflows/export/workspace-dump");
  const { importWorkspace } = await import("../lib/workflows/workspace-import/workspace-import");

  const people = (["owner", "editor", "reviewer1", "reviewer2"] as const).map((key, n) => ({
    email: `${key}@bench.example.org`, name: key, password: "bench-password", role: (["OWNER", "EDITOR", "REVIEWER", "REVIEWER"] as const)[n]!,
  }));
  const seeded = await seedWorkspace({ slug: SLUG, name: "Bench JSON", users: people, withCorpus: false });
  const ids = people.map((person) => seeded.userIds[person.email]!);
  const seedStarted = performance.now();
  const filled = await fillBenchWorkspace({ workspaceId: seeded.workspaceId, editorId: ids[1]!, reviewerIds: [ids[2]!, ids[3]!], claims: CLAIMS });
  console.log(`✔ Seeded ${SLUG} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${Object.entries(filled).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}.\n`);
  const owner = { id: ids[0]! };

  const exported = await measure(async () => {
    let bytes = 0;
    let chunks = 0;
    for await (const chunk of await streamWorkspaceJson({ actor: owner, slug: SLUG })) {
      bytes += Buffer.byteLength(chunk);
      chunks += 1;
    }
    return { bytes, chunks };
  });
  console.log(`JSON export (streamed, batches of 1,000): ${(exported.ms / 1000).toFixed(2)} s, ${mb(exported.result.bytes)} in ${exported.result.chunks.toLocaleString("en")} chunks`);
  console.log(`  memory above the start: peak RSS +${mb(exported.rss)}, peak heap +${mb(exported.heap)} (peak RSS ${mb(exported.peakRss)})`);

  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: db.databaseUrl });
  await client.connect();
  const floor = await measure(async () => {
    let bytes = 0;
    (client as unknown as { connection: { on(event: "copyData", fn: (msg: { chunk: Buffer }) => void): void } }).connection.on("copyData", (msg) => {
      bytes += msg.chunk.length;
    });
    for (const query of benchCopyQueries(seeded.workspaceId)) await client.query(query);
    return { bytes };
  });
  await client.end();
  console.log(`Floor, COPY (same tables as JSON rows) TO STDOUT: ${(floor.ms / 1000).toFixed(2)} s, ${mb(floor.result.bytes)}`);
  console.log(`  export / floor: ${(exported.ms / floor.ms).toFixed(2)}×\n`);

  if (process.env.BENCH_IMPORT === "0") return 0;
  // The import reads a whole file, so the document is held here; the upload limit is raised to fit it.
  const text: string[] = [];
  for await (const chunk of await streamWorkspaceJson({ actor: owner, slug: SLUG })) text.push(chunk);
  const bytes = Buffer.from(text.join(""));
  text.length = 0;
  process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = String(bytes.length + 1);
  const imported = await measure(() => importWorkspace({ actor: owner, input: { fileName: "bench.json", bytes, slug: `${SLUG}-copy` } }));
  console.log(`JSON import of that document (${mb(bytes.length)}, one transaction): ${(imported.ms / 1000).toFixed(2)} s, ${imported.result.counts.claims.toLocaleString("en")} claims`);
  console.log(`  memory above the start: peak RSS +${mb(imported.rss)}, peak heap +${mb(imported.heap)}`);
  return 0;
});
