// npm run bench:reader — how the article reader holds up with 500 claims. Prints figures, never asserts
// timings (not part of `npm test`). See bench/README.md for what each number means.
//
// 1. A database of its own: the embedded Postgres in .data/bench/ on port 54349 (CLAIMBENCH_BENCH_DB_PORT),
//    created fresh on every run; with DATABASE_URL set, the database `<name>_bench` on that server
//    (or BENCH_DATABASE_URL). Never the user's data, never `npm test`'s.
// 2. Seeds a workspace, a ~55,000-character article with exactly 500 claims (figures, sentences that nest
//    figures, passages that cross sentences) and the same text with no claims as a baseline.
// 3. Builds the app into .next-bench/ when stale, serves it with `next start` on port 3200 (BENCH_PORT),
//    signs in over HTTP as a browser does, and times sequential requests of the reader page.
// 4. Times detectFigures on a generated 5 MB text.
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { BenchClaimSpan } from "@test-support/bulk-claims";
import { DbSetupError } from "../lib/db/errors";
import { openBenchDatabase, prepareBenchEnvironment, serveApp } from "./app-server";
import { assertPortFree } from "../scripts/net";
import { runScript } from "../scripts/run";


const WARM_UP = 3;
const TIMED = Number(process.env.BENCH_REQUESTS ?? 30);
const CLAIM_COUNT = 500;
const MIN_MARKS = 400;
const FIGURES_TEXT_BYTES = 5 * 1024 * 1024;
const FIGURES_RUNS = 5;
const PASSWORD = "bench-password";
const SLUG = "bench-reader";
const LONG_TITLE = "Bench reader: the fall of the caliphate, 500 claims";
const BASELINE_TITLE = "Bench reader: the fall of the caliphate, no claims";

prepareBenchEnvironment();

interface Timing {
  min: number;
  p50: number;
  p95: number;
  max: number;
}

runScript(async () => {
  console.log(`Reader benchmark on ${os.cpus().length} cores, Node ${process.version}\n`);
  const port = Number(process.env.BENCH_PORT ?? 3200);
  await assertPortFree(port, "127.0.0.1", "BENCH_PORT");

  // 1. Database.
  const db = await openBenchDatabase();

  // 2. Fixtures.
  const fixture = await seedFixtures();
  console.log(
    `✔ Seeded "${SLUG}": a ${fixture.bodyLength.toLocaleString("en")}-character article with ${fixture.claims} claims ` +
      `(${fixture.kinds}), and its copy with none.`,
  );

  // 3. The app.
  const server = await serveApp(port, db.databaseUrl);
  const base = `http://127.0.0.1:${port}`;

  // 4. Sign in, then time the reader.
  const cookie = await signIn(base, fixture.email, PASSWORD);
  console.log(`✔ Signed in as ${fixture.email}.\n`);
  const long = await benchPage(server, `${base}/w/${SLUG}/articles/${fixture.longId}`, cookie, { title: LONG_TITLE, minMarks: MIN_MARKS });
  printPage(`Reader, ${CLAIM_COUNT} claims`, long);
  const baseline = await benchPage(server, `${base}/w/${SLUG}/articles/${fixture.baselineId}`, cookie, { title: BASELINE_TITLE, minMarks: 0 });
  printPage("Reader, 0 claims (baseline)", baseline);

  // Where the server's time goes: the same work as the page, in this process, against the same database.
  const breakdown = await profileServerWork(fixture);
  console.log("Server-side work of the 500-claim page, in-process (median of 20):");
  for (const [label, ms] of breakdown) console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms`);
  console.log("");

  // 5. detectFigures throughput.
  const figures = await benchDetectFigures();
  console.log(
    `detectFigures on a ${(figures.bytes / 1e6).toFixed(2)} MB text (${FIGURES_RUNS} runs after a warm-up): ` +
      `${figures.minMBs.toFixed(2)} MB/s slowest, ${figures.medianMBs.toFixed(2)} MB/s median; ${figures.found.toLocaleString("en")} figures found.\n`,
  );

  // Summary.
  const row = (label: string, t: Timing, size: string) =>
    `  ${label.padEnd(30)} ${[t.min, t.p50, t.p95, t.max].map((v) => v.toFixed(0).padStart(6)).join(" ")} ${size.padStart(10)}`;
  console.log("Summary");
  console.log(`  ${"reader page (ms, sequential)".padEnd(30)} ${["min", "p50", "p95", "max"].map((v) => v.padStart(6)).join(" ")} ${"HTML".padStart(10)}`);
  console.log(row(`${CLAIM_COUNT} claims (n=${TIMED})`, long.timing, `${long.kb.toFixed(0)} KB`));
  console.log(row(`0 claims (n=${TIMED})`, baseline.timing, `${baseline.kb.toFixed(0)} KB`));
  console.log(`  ${"detectFigures".padEnd(30)} ${figures.minMBs.toFixed(2)} MB/s min, ${figures.medianMBs.toFixed(2)} MB/s median (${(figures.bytes / 1e6).toFixed(2)} MB, ${figures.found.toLocaleString("en")} figures)`);
  return 0;
});

// ---------------------------------------------------------------------------------------------------
// Fixtures

async function seedFixtures() {
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { loadSeedArticles } = await import("../seeds/articles");
  const { ensureArticle } = await import("../lib/data/articles/articles");
  const { insertBenchClaims } = await import("@test-support/bulk-claims");
  const { hashBody } = await import("../lib/formats/body-hash");
  const { countWords } = await import("../lib/formats/clean-article-text");

  const email = "bench-editor@example.org";
  const report = await seedWorkspace({
    slug: SLUG,
    name: "Reader benchmark",
    users: [
      { email: "bench-owner@example.org", name: "Bench Owner", role: "OWNER", password: PASSWORD },
      { email, name: "Bench Editor", role: "EDITOR", password: PASSWORD },
      { email: "bench-viewer@example.org", name: "Bench Viewer", role: "VIEWER", password: PASSWORD },
    ],
    withCorpus: false,
  });
  const editorId = report.userIds[email]!;
  const seeds = await loadSeedArticles();
  const body = longBody(seeds.map((seed) => seed.body));
  const add = (title: string, text: string) =>
    ensureArticle({
      workspaceId: report.workspaceId,
      actorId: editorId,
      article: { title, publisher: "Claimbench bench", body: text, bodyHash: hashBody(text), wordCount: countWords(text), importFormat: "txt", importRemoved: [] },
    });
  const long = await add(LONG_TITLE, body);
  const baseline = await add(BASELINE_TITLE, `${body}\n\n(The same text, with no claims marked.)`);

  const { spans, kinds } = await chooseClaims(body);
  const claims = await insertBenchClaims({ workspaceId: report.workspaceId, articleId: long.id, spans, createdById: editorId });
  if (claims !== CLAIM_COUNT) throw new Error(`Inserted ${claims} claims, expected ${CLAIM_COUNT}.`);
  return { email, userId: editorId, longId: long.id, baselineId: baseline.id, body, bodyLength: body.length, claims, kinds };
}

/** A deterministic pseudo-random generator (mulberry32), so every run benchmarks the same article. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const CITIES = ["Raqqa", "Mosul", "Deir ez-Zor", "Tal Afar", "Palmyra", "Fallujah", "Ramadi", "Manbij", "al-Bab", "Hawija", "Sinjar", "Tikrit"];
const SOURCES = ["the UN refugee agency", "the Syrian Observatory for Human Rights", "the US-led coalition", "local officials", "Airwars", "the Iraqi defence ministry", "Kurdish commanders", "a provincial council member"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Briefing paragraphs dense with figures, in the register of the seed corpus. */
function briefingParagraph(r: ReturnType<typeof rng>): string {
  const n = (lo: number, hi: number) => r.int(lo, hi).toLocaleString("en");
  const templates = [
    () => `By ${r.pick(MONTHS)} ${r.int(2015, 2017)}, around ${n(500, 9000)} fighters remained in ${r.pick(CITIES)}, down from more than ${r.int(10, 40)},000 a year earlier, ${r.pick(SOURCES)} said.`,
    () => `Aid agencies said ${r.int(12, 88)} percent of the ${r.int(120, 900)},000 residents of ${r.pick(CITIES)} had fled, and nearly ${n(2000, 30000)} families were living in camps.`,
    () => `The coalition reported ${n(40, 600)} air strikes around ${r.pick(CITIES)} in ${r.pick(MONTHS)}, at an estimated cost of $${r.int(12, 480)} million.`,
    () => { const a = r.int(20, 400); return `Between ${a} and ${a + r.int(30, 600)} civilians were killed in the ${r.int(20, 140)}-day offensive on ${r.pick(CITIES)}, according to ${r.pick(SOURCES)}; at least ${n(100, 3000)} more were wounded.`; },
    () => `At its peak the group earned about US$${r.int(2, 60)} million a month from oil, roughly ${r.int(15, 70)} percent of its income, ${r.pick(SOURCES)} estimated.`,
    () => `Some ${r.int(2, 9)} million people lived under its rule in ${r.int(2014, 2015)}; by ${r.pick(MONTHS)} 2017 fewer than ${r.int(100, 900)},000 did.`,
    () => `Tens of thousands of people returned to ${r.pick(CITIES)} within ${r.int(2, 11)} weeks, and two thirds of its schools reopened.`,
    () => `Dozens of mass graves have been found near ${r.pick(CITIES)}, holding the remains of at least ${n(200, 4000)} people.`,
    () => `The group lost ${r.int(40, 70)} percent of the territory it held in Iraq and about ${r.int(20, 40)} percent in Syria over ${r.int(14, 30)} months.`,
    () => `Fighters aged ${r.int(16, 19)} to ${r.int(25, 35)} made up almost half of those captured, ${r.pick(SOURCES)} said, and at least ${r.int(3, 40)} nationalities were represented.`,
  ];
  const sentences = Array.from({ length: r.int(2, 4) }, () => r.pick(templates)());
  return sentences.join(" ");
}

/** ~55,000 characters: the seed corpus bodies interleaved with figure-dense briefing paragraphs. */
function longBody(corpus: string[]): string {
  const r = rng(20170803);
  const parts: string[] = [];
  const briefing = (chars: number) => {
    let written = 0;
    while (written < chars) {
      const paragraph = briefingParagraph(r);
      parts.push(paragraph);
      written += paragraph.length + 2;
    }
  };
  for (const text of corpus) {
    parts.push(text.trim());
    briefing(4_500);
  }
  while (parts.join("\n\n").length < 54_000) briefing(500);
  return parts.join("\n\n");
}

interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)/g;

function sentencesOf(body: string, paragraphs: { start: number; text: string }[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Paragraphs of captured text may hold single line breaks; sentences stay within a line.
    let lineStart = 0;
    for (const line of paragraph.text.split("\n")) {
      let from = 0;
      const cut = (to: number) => {
        const raw = line.slice(from, to);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (trimmed.length >= 20) {
          const start = paragraph.start + lineStart + from + lead;
          out.push({ start, end: start + trimmed.length, paragraph: index });
        }
        from = to;
      };
      for (const match of line.matchAll(SENTENCE_END)) cut(match.index + match[0].length);
      cut(line.length);
      lineStart += line.length + 1;
    }
  });
  if (out.some((s) => body.slice(s.start, s.end).includes("\n"))) throw new Error("A sentence spans a line break.");
  return out;
}

/** Word boundary nearest the middle of [start, end): where an overlapping claim starts or ends. */
function middleWord(body: string, start: number, end: number, side: "start" | "end"): number {
  const mid = Math.floor((start + end) / 2);
  if (side === "start") {
    const space = body.lastIndexOf(" ", mid);
    return space >= start ? space + 1 : start;
  }
  const space = body.indexOf(" ", mid);
  return space > 0 && space < end ? space : end;
}

/**
 * Exactly 500 claims: ~300 detected figures (a third of the figures stay unclaimed, so suggestions render
 * too), ~110 sentences that nest those figures, ~50 passages crossing from one sentence into the next
 * (partial overlaps), and plain phrases to make up the count.
 */
async function chooseClaims(body: string) {
  const { detectFigures } = await import("../lib/domain/figures");
  const { splitParagraphs } = await import("../lib/domain/paragraphs");
  const { sentenceAround } = await import("../lib/domain/sentences");
  const statuses = ["OPEN", "OPEN", "IN_REVIEW", "OPEN", "DISPUTED", "RESOLVED", "OPEN", "IN_REVIEW", "RESOLVED", "OPEN"] as const;
  const spans: BenchClaimSpan[] = [];
  const taken = new Set<string>();
  const add = (span: Omit<BenchClaimSpan, "status">) => {
    const key = `${span.start}:${span.end}`;
    if (spans.length >= CLAIM_COUNT || taken.has(key) || span.end <= span.start) return false;
    taken.add(key);
    spans.push({ ...span, status: statuses[spans.length % statuses.length] });
    return true;
  };
  const statementOf = (start: number, end: number) => sentenceAround(body, start, end).slice(0, 1000);

  const quantities = detectFigures(body).filter((f) => f.unit !== "year" && f.unit !== "date");
  const figureTarget = 300;
  const ordered = [...quantities.filter((_, i) => i % 3 !== 2), ...quantities.filter((_, i) => i % 3 === 2)];
  let figureClaims = 0;
  for (const f of ordered) {
    if (figureClaims >= figureTarget) break;
    const figure = { value: f.value, unit: f.unit, qualifier: f.qualifier, low: f.low, high: f.high, counted: f.counted };
    if (add({ start: f.start, end: f.end, statement: statementOf(f.start, f.end), figure, tags: ["figure"] })) figureClaims += 1;
  }

  const paragraphs = splitParagraphs(body);
  const sentences = sentencesOf(body, paragraphs);
  const claimedFigures = spans.map((s) => [s.start, s.end] as const);
  const withFigure = sentences.filter((s) => claimedFigures.some(([a, b]) => a >= s.start && b <= s.end));
  let nested = 0;
  const sentenceClaims: number[] = [];
  for (let i = 0; i < withFigure.length && nested < 110; i += 2) {
    const s = withFigure[i]!;
    if (add({ start: s.start, end: s.end, statement: body.slice(s.start, s.end), tags: ["sentence"] })) {
      nested += 1;
      sentenceClaims.push(sentences.indexOf(s));
    }
  }

  let crossing = 0;
  for (const index of sentenceClaims) {
    if (crossing >= 50) break;
    const a = sentences[index]!;
    const b = sentences[index + 1];
    if (!b || b.paragraph !== a.paragraph || body.slice(a.end, b.start).includes("\n")) continue;
    const start = middleWord(body, a.start, a.end, "start");
    const end = middleWord(body, b.start, b.end, "end");
    if (add({ start, end, statement: `Passage: ${body.slice(start, end)}`.slice(0, 1000), tags: ["passage"] })) crossing += 1;
  }

  let phrases = 0;
  for (let round = 0; spans.length < CLAIM_COUNT && round < 8; round += 1) {
    for (const s of sentences) {
      if (spans.length >= CLAIM_COUNT) break;
      const words = [...body.slice(s.start, s.end).matchAll(/\S+/g)];
      const from = words[round % Math.max(1, words.length)];
      const to = words[Math.min(words.length - 1, (round % Math.max(1, words.length)) + 5 + (round % 4))];
      if (!from || !to) continue;
      const start = s.start + from.index;
      const end = s.start + to.index + to[0].length;
      if (add({ start, end, statement: statementOf(start, end), tags: ["phrase"] })) phrases += 1;
    }
  }
  if (spans.length !== CLAIM_COUNT) throw new Error(`Could only place ${spans.length} claims in the generated article.`);
  return { spans, kinds: `${figureClaims} figures, ${nested} sentences nesting figures, ${crossing} crossing passages, ${phrases} phrases` };
}

// ---------------------------------------------------------------------------------------------------
// The app over HTTP

/** A cookie jar of one site: name → value, updated from Set-Cookie headers. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0]!;
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /;\s*max-age=0/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** next-auth v4 credentials sign-in, as the login form does it: CSRF token first, then the form post. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  jar.take(response);
  const text = await response.text();
  if (!jar.has("next-auth.session-token")) {
    throw new DbSetupError(`Signing in as ${email} failed (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  return jar.header();
}

async function fetchPage(url: string, cookie: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const ttfb = performance.now() - started;
  const html = await response.text();
  return { status: response.status, html, ms: performance.now() - started, ttfb };
}

function summarize(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { min: sorted[0]!, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

async function benchPage(server: ChildProcess, url: string, cookie: string, expect: { title: string; minMarks: number }) {
  const check = (page: Awaited<ReturnType<typeof fetchPage>>) => {
    if (server.exitCode !== null) throw new DbSetupError("The app stopped during the benchmark; see its output above.");
    const marks = page.html.split("<mark").length - 1;
    const problems = [
      page.status !== 200 ? `HTTP ${page.status} instead of 200` : null,
      !page.html.includes(expect.title) ? `the article title "${expect.title}" is missing` : null,
      marks < expect.minMarks ? `only ${marks} <mark> elements, expected at least ${expect.minMarks}` : null,
    ].filter(Boolean);
    if (problems.length) {
      throw new DbSetupError(`The reader page at ${url} is not what the benchmark measures: ${problems.join("; ")}. The figures would not be real.`);
    }
    return marks;
  };
  for (let i = 0; i < WARM_UP; i += 1) check(await fetchPage(url, cookie));
  const totals: number[] = [];
  const ttfbs: number[] = [];
  let marks = 0;
  let bytes = 0;
  for (let i = 0; i < TIMED; i += 1) {
    const page = await fetchPage(url, cookie);
    marks = check(page);
    bytes = Buffer.byteLength(page.html);
    totals.push(page.ms);
    ttfbs.push(page.ttfb);
  }
  // The flight data inlined for hydration (claims and body again, as props of the client components).
  const last = await fetchPage(url, cookie);
  const flight = [...last.html.matchAll(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
  return { timing: summarize(totals), ttfb: summarize(ttfbs), marks, kb: bytes / 1024, flightKb: flight / 1024 };
}

function printPage(label: string, page: Awaited<ReturnType<typeof benchPage>>) {
  const t = page.timing;
  console.log(`${label}: ${TIMED} sequential requests after ${WARM_UP} warm-up`);
  console.log(`  full response   min ${t.min.toFixed(0)} ms, p50 ${t.p50.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms, max ${t.max.toFixed(0)} ms`);
  console.log(`  first byte      p50 ${page.ttfb.p50.toFixed(0)} ms, p95 ${page.ttfb.p95.toFixed(0)} ms`);
  console.log(`  HTML            ${page.kb.toFixed(0)} KB (${page.flightKb.toFixed(0)} KB of it inline RSC payload), ${page.marks} <mark> elements\n`);
}

// ---------------------------------------------------------------------------------------------------
// In-process profile and detectFigures

async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return summarize(times).p50;
}

async function profileServerWork(fixture: { userId: string; longId: string; body: string }): Promise<[string, number][]> {
  const { listArticleClaims } = await import("../lib/data/claims/claims");
  const { getArticle } = await import("../lib/data/articles/articles");
  const { listDismissedSuggestions } = await import("../lib/data/articles/suggestions");
  const { pendingFigures } = await import("../lib/domain/suggestions");
  const { detectFigures } = await import("../lib/domain/figures");
  const { splitParagraphs } = await import("../lib/domain/paragraphs");
  const { segmentRange } = await import("../lib/domain/highlights");
  const actor = { id: fixture.userId };
  const args = { actor, slug: SLUG, articleId: fixture.longId };
  const claims = await listArticleClaims(args);
  const placed = claims.filter((claim) => claim.anchorStatus !== "ORPHANED");
  const suggestions = pendingFigures(fixture.body, placed, []);
  const ranges = [
    ...placed.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end })),
    ...suggestions.map((s, index) => ({ id: `suggestion:${index}`, start: s.start, end: s.end })),
  ];
  const paragraphs = splitParagraphs(fixture.body);
  const segments = paragraphs.reduce((sum, p) => sum + segmentRange(p.start, p.start + p.text.length, ranges).length, 0);
  return [
    ["getArticle (body)", await median(20, () => getArticle(args))],
    [`listArticleClaims (${claims.length} rows)`, await median(20, () => listArticleClaims(args))],
    ["listDismissedSuggestions", await median(20, () => listDismissedSuggestions(args))],
    [`detectFigures on the body (${fixture.body.length.toLocaleString("en")} chars)`, await median(20, () => detectFigures(fixture.body))],
    [`pendingFigures (${suggestions.length} suggestions)`, await median(20, () => pendingFigures(fixture.body, placed, []))],
    [`segmentRange over ${paragraphs.length} paragraphs (${segments} segments)`, await median(20, () => paragraphs.map((p) => segmentRange(p.start, p.start + p.text.length, ranges)))],
  ];
}

async function benchDetectFigures() {
  const { loadSeedArticles } = await import("../seeds/articles");
  const { detectFigures } = await import("../lib/domain/figures");
  const bodies = (await loadSeedArticles()).map((seed) => seed.body);
  // Copies differ a little: each copy shifts every digit, so no two copies hold the same figures.
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < FIGURES_TEXT_BYTES; copy += 1) {
    const body = bodies[copy % bodies.length]!.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    const part = `Copy ${copy + 1}.\n\n${body}`;
    parts.push(part);
    bytes += Buffer.byteLength(part) + 2;
  }
  const text = parts.join("\n\n");
  const size = Buffer.byteLength(text);
  const found = detectFigures(text).length;
  const rates: number[] = [];
  for (let run = 0; run < FIGURES_RUNS; run += 1) {
    const started = performance.now();
    detectFigures(text);
    rates.push(size / 1e6 / ((performance.now() - started) / 1000));
  }
  const sorted = rates.sort((a, b) => a - b);
  return { bytes: size, found, minMBs: sorted[0]!, medianMBs: sorted[Math.floor(sorted.length / 2)]! };
}
