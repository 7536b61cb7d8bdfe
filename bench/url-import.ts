// npm run bench:url-import — import by URL of 100 news pages served by a local site, through the URL-list
// job (lib/jobs/url-import-job.ts), beside a file upload of the same pages as the floor. Prints figures,
// never asserts timings (not part of `npm test`). Its own database: the embedded Postgres in
// .data/bench-url-import/ on port 54369 (CLAIMBENCH_BENCH_URL_IMPORT_DB_PORT), created fresh on every run.
//
// Four runs, each into a workspace of its own so that none finds the others' articles as duplicates:
//   1. fetch:  the fetcher alone, page by page (network and decoding, no Claimbench work);
//   2. own:    the URL list with every page handed over already fetched: Claimbench's own time per page
//              (the duplicate look-up, Readability and cleaning, the article and its capture stored);
//   3. job:    the URL-list job end to end with the real fetcher (fetching a few pages ahead), recording
//              each outcome and its progress as the import page sees it: pages/second, time per page;
//   4. floor:  the same pages uploaded as .html files (importArticleFiles, what the upload job runs).
import { performance } from "node:perf_hooks";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";
import { runScript } from "../scripts/run";

prepareBenchEnvironment({ name: "bench-url-import", port: process.env.CLAIMBENCH_BENCH_URL_IMPORT_DB_PORT ?? "54369" });

const PAGES = Number(process.env.BENCH_PAGES ?? 100);
const PARAGRAPHS = 30;
/** Pages per round of the interleaved comparison. */
const ROUND = 10;

/** A news page of about 7 KB, as bench:import's: metadata, scripts, navigation, 30 paragraphs, a footer. */
function newsPage(n: number, run: string): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) =>
    `<p>Paragraph ${p + 1} of report ${n}: about ${(n * 31 + p * 7) % 997},000 people were counted in district ${p}, officials said on ${1 + (p % 28)} March, ` +
    `while aid groups put the figure nearer ${(n + p) % 90} percent lower and asked for access to the camps along the river.</p>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report ${n} (${run}) | The Example Post</title>
<meta property="og:site_name" content="The Example Post"><meta property="article:published_time" content="2017-03-${String(1 + (n % 28)).padStart(2, "0")}T08:00:00Z">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Report ${n} (${run})</h1><p class="byline">By Jane Roe</p>${paragraphs}</article>
<footer><button onclick="share()">Share this article</button> © 2017 The Example Post</footer></body></html>`;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const figures = (values: number[]) => `median ${ms(median(values))}, mean ${ms(mean(values))}`;

runScript(async () => {
  await openBenchDatabase();
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { startLocalSite } = await import("../scripts/test-support/local-site");
  const { fetchPage } = await import("../lib/net/fetch-page");
  const { FETCH_AHEAD, importUrlList } = await import("../lib/workflows/web-import/import-url-list");
  const { createUrlImportJob, getUrlImport } = await import("../lib/workflows/web-import/url-import-jobs");
  const { importArticleFiles } = await import("../lib/workflows/article-import/article-import");
  const { runJob } = await import("../lib/jobs/runner");
  type WebPage = Awaited<ReturnType<typeof fetchPage>>;

  const email = "bench-url-editor@example.org";
  const workspace = async (slug: string) => {
    const seeded = await seedWorkspace({ slug, name: slug, users: [
      { email: "bench-url-owner@example.org", name: "Bench Owner", role: "OWNER", password: "bench-password" },
      { email, name: "Bench Editor", role: "EDITOR", password: "bench-password" },
    ], withCorpus: false });
    return { actor: { id: seeded.userIds[email]! }, slug };
  };
  const site = await startLocalSite({}, (path) => {
    const match = /^\/(\w+)\/(\d+)$/.exec(path);
    return match ? { body: newsPage(Number(match[2]), match[1]!) } : null;
  });
  const urls = (run: string) => Array.from({ length: PAGES }, (_, n) => site.url(`/${run}/${n}`));
  const expectAllImported = (what: string, outcomes: { status: string }[], count: number) => {
    const missed = outcomes.filter((o) => o.status !== "imported");
    if (missed.length > 0 || outcomes.length !== count) throw new Error(`${what}: not every page was imported: ${JSON.stringify(missed[0] ?? outcomes.length)}`);
  };

  // 1. The fetcher alone.
  const fetched = new Map<string, WebPage>();
  const fetchTimes: number[] = [];
  for (const url of urls("own")) {
    const started = performance.now();
    fetched.set(url, await fetchPage(url));
    fetchTimes.push(performance.now() - started);
  }
  const bytes = [...fetched.values()].reduce((sum, page) => sum + page.bytes.byteLength, 0);

  // Warm-up, so that neither measured run pays for the first parse (JIT, the HTML reader's thread): 10
  // pages uploaded, 10 more through the list, into a workspace of their own.
  const warm = await workspace("bench-url-warm-up");
  const warmUrls = Array.from({ length: 10 }, (_, n) => site.url(`/warm/${n}`));
  await importUrlList({ ...warm, urls: warmUrls, fetchPage });
  await importArticleFiles({ ...warm, files: await Promise.all(Array.from({ length: 10 }, async (_, n) => {
    const page = await fetchPage(site.url(`/warmfile/${n}`));
    return { name: `warm-${n}.html`, size: page.bytes.byteLength, read: async () => page.bytes };
  })), options: { stripScripts: true } });

  // 2 and 4, interleaved: the machine's load drifts (2 cores shared), so Claimbench's own time and the
  // upload floor are measured in alternating rounds of ROUND pages, each page timed on its own, and
  // compared by their medians. Each into a workspace of its own, so that none finds the other's articles.
  const own = await workspace("bench-url-own");
  const upload = await workspace("bench-url-upload");
  const ownTimes: number[] = [];
  const uploadTimes: number[] = [];
  const timer = (into: number[]) => {
    let last = performance.now();
    return { restart: () => void (last = performance.now()), onProgress: () => {
      const now = performance.now();
      into.push(now - last);
      last = now;
    } };
  };
  const all = urls("own");
  for (let round = 0; round * ROUND < PAGES; round++) {
    const batch = all.slice(round * ROUND, (round + 1) * ROUND);
    const runOwn = async () => {
      const t = timer(ownTimes);
      const run = await importUrlList({ ...own, urls: batch, fetchPage: async (url) => fetched.get(url)!, onProgress: t.onProgress });
      expectAllImported("own", run.outcomes, batch.length);
    };
    const runUpload = async () => {
      const t = timer(uploadTimes);
      const files = batch.map((url) => ({ name: `${new URL(url).pathname}.html`, size: fetched.get(url)!.bytes.byteLength, read: async () => fetched.get(url)!.bytes }));
      const run = await importArticleFiles({ ...upload, files, options: { stripScripts: true }, onProgress: t.onProgress });
      expectAllImported("upload", run.outcomes, batch.length);
    };
    if (round % 2 === 0) await runOwn().then(runUpload);
    else await runUpload().then(runOwn);
  }

  // 3. The URL-list job, end to end.
  const job = await workspace("bench-url-job");
  const created = await createUrlImportJob({ ...job, urls: urls("job") });
  const started = performance.now();
  await runJob(created.id);
  const jobTotal = performance.now() - started;
  const jobView = await getUrlImport({ ...job, jobId: created.id });
  expectAllImported("job", jobView.outcomes, PAGES);
  await site.close();

  const ratio = median(ownTimes) / median(uploadTimes);
  console.log(`\nImport by URL: ${PAGES} news pages of ${(bytes / PAGES / 1024).toFixed(1)} KB from a local site (${site.origin})`);
  console.log(`  URL-list job      ${(jobTotal / 1000).toFixed(2)} s in all: ${(PAGES / (jobTotal / 1000)).toFixed(1)} pages/s, ${ms(jobTotal / PAGES)} per page (fetching ${FETCH_AHEAD} ahead)`);
  console.log(`  fetch             ${figures(fetchTimes)} per page (the fetcher alone, one page after another)`);
  console.log(`  Claimbench's own  ${figures(ownTimes)} per page (look-up, reading, cleaning, article and capture stored)`);
  console.log(`  upload (floor)    ${figures(uploadTimes)} per page (the same pages as .html files)`);
  console.log(`  own / upload      ${ratio.toFixed(2)} by the medians (aim: at most 1.00), ${(mean(ownTimes) / mean(uploadTimes)).toFixed(2)} by the means`);
  return 0;
});
