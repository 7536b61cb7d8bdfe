// npm run bench:import — a bulk upload of 500 saved news pages through importArticleFiles, the function
// the article import job (lib/jobs/article-import-job.ts) runs for an upload. Prints figures, never asserts
// timings (not part of `npm test`). Its own database: the embedded Postgres in .data/bench-import/ on port 54359
// (CLAIMBENCH_BENCH_IMPORT_DB_PORT), created fresh on every run.
import { performance } from "node:perf_hooks";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";
import { runScript } from "../scripts/run";

prepareBenchEnvironment({ name: "bench-import", port: "54359" });

const FILES = Number(process.env.BENCH_FILES ?? 500);
const PARAGRAPHS = 30;

/** A saved news page of about 7 KB: head metadata, scripts, navigation, 30 paragraphs, a footer. */
function newsPage(n: number): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) =>
    `<p>Paragraph ${p + 1} of report ${n}: about ${(n * 31 + p * 7) % 997},000 people were counted in district ${p}, officials said on ${1 + (p % 28)} March, ` +
    `while aid groups put the figure nearer ${(n + p) % 90} percent lower and asked for access to the camps along the river.</p>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><title>Report ${n} | The Example Post</title>
<meta property="og:site_name" content="The Example Post"><meta property="article:published_time" content="2017-03-${String(1 + (n % 28)).padStart(2, "0")}T08:00:00Z">
<link rel="canonical" href="https://post.example/reports/${n}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script src="https://cdn.example/ads.js"></script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Report ${n}</h1><p class="byline">By Jane Roe</p>${paragraphs}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>
<footer><button onclick="share()">Share this article</button> © 2017 The Example Post</footer></body></html>`;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

runScript(async () => {
  await openBenchDatabase();
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { importArticleFiles } = await import("../lib/workflows/article-import/article-import");

  const email = "bench-import-editor@example.org";
  const seeded = await seedWorkspace({
    slug: "bench-import",
    name: "Import benchmark",
    users: [
      { email: "bench-import-owner@example.org", name: "Bench Owner", role: "OWNER", password: "bench-password" },
      { email, name: "Bench Editor", role: "EDITOR", password: "bench-password" },
    ],
    withCorpus: false,
  });
  const encoder = new TextEncoder();
  const files = Array.from({ length: FILES }, (_, n) => {
    const bytes = encoder.encode(newsPage(n));
    return { name: `report-${n}.html`, size: bytes.byteLength, read: async () => bytes };
  });
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);

  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const perFile: number[] = [];
  let last = performance.now();
  const started = last;
  const summary = await importArticleFiles({
    actor: { id: seeded.userIds[email]! },
    slug: "bench-import",
    files,
    options: { stripScripts: true },
    onProgress: () => {
      const now = performance.now();
      perFile.push(now - last);
      last = now;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    },
  });
  const total = performance.now() - started;
  const counts = { imported: 0, duplicate: 0, refused: 0 };
  for (const outcome of summary.outcomes) counts[outcome.status] += 1;
  if (counts.imported !== FILES) {
    console.error("Not every file was imported:", counts, summary.outcomes.find((o) => o.status !== "imported"));
    return 1;
  }
  const sorted = [...perFile].sort((a, b) => a - b);
  console.log(`\nBulk article import: ${FILES} HTML files, ${(totalBytes / 1e6).toFixed(1)} MB, scripts stripped`);
  console.log(`  total            ${(total / 1000).toFixed(1)} s (${(FILES / (total / 1000)).toFixed(1)} files/s)`);
  console.log(`  per file         p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p95 ${quantile(sorted, 0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`);
  console.log(`  RSS              ${(startRss / 1024 / 1024).toFixed(0)} MB before, peak ${(peakRss / 1024 / 1024).toFixed(0)} MB during (files held in memory, as the upload route holds them)`);
  console.log(`  outcomes         ${counts.imported} imported, ${counts.duplicate} duplicates, ${counts.refused} refused`);
  return 0;
});
