import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JSDOM } from "jsdom";
import { quietVirtualConsole } from "./html-dom.mjs";
import { readHtmlArticle } from "./html-article";
import { createHtmlReaderPool, htmlReaderLimits, type HtmlReaderPool } from "./html-reader-pool";

// A big page within the caps: 5,000 paragraphs take jsdom and Readability a second or more.
const bigPage = `<!doctype html><html><head><title>Returns</title></head><body><article><h1>Returns</h1>${Array.from(
  { length: 5_000 },
  (_, i) => `<p>Paragraph ${i}: about ${i * 10} families returned to the district in March, the council said.</p>`,
).join("")}</article></body></html>`;
const smallPage = (css = "") =>
  `<!doctype html><html lang="en"><head><title>Shelters reopen</title><style>${css}</style></head><body><article><h1>Shelters reopen</h1><p>Nine shelters reopened in the north of the city on Monday, the agency said, and more will follow.</p></article></body></html>`;

const pools: HtmlReaderPool[] = [];
const pool = (limits: Parameters<typeof createHtmlReaderPool>[0] = {}) => {
  const created = createHtmlReaderPool(limits);
  pools.push(created);
  return created;
};
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

// Starting a thread loads jsdom, which takes seconds on a busy machine.
const SLOW = { timeout: 120_000 };

describe("reading HTML off the server's thread", SLOW, () => {
  it("refuses a page nested 60,000 deep before any thread or DOM is started", async () => {
    const readers = pool();
    const nested = `<html><body>${"<div>".repeat(60_000)}x${"</div>".repeat(60_000)}</body></html>`;
    const result = await readHtmlArticle(nested, { pool: readers });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^it nests elements 60,002 deep; no article page does/) });
    expect(readers.threadCount).toBe(0);
  });

  it("keeps the event loop turning while a big page is read on another thread", async () => {
    const readers = pool();
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const reading = readHtmlArticle(bigPage, { pool: readers });
    // Before the page is read, this thread is free to run a timer: the old synchronous reader held it throughout.
    const first = await Promise.race([reading.then(() => "page read"), new Promise((resolve) => setTimeout(() => resolve("timer ran"), 0))]);
    expect(first).toBe("timer ran");
    expect(readers.threadCount).toBe(1);
    const result = await reading;
    lag.disable();
    expect(result.ok).toBe(true);
    // A correctness bound, not a speed target: reading in this thread stalled it for the whole read (28 s in the report).
    expect(lag.max / 1e6).toBeLessThan(1000);
  });

  it("ends a thread that passes the time limit, refuses the page saying so, and reads the next page on a new thread", async () => {
    const readers = pool({ timeoutMs: 200 });
    const result = await readHtmlArticle(bigPage, { pool: readers });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^reading it took longer than 0\.2 seconds, so it was stopped; the page is too complex to read\./) });
    expect(readers.threadCount).toBe(0);
    const next = await readHtmlArticle(smallPage(), { pool: pool({ timeoutMs: 30_000 }) });
    expect(next.ok).toBe(true);
  });

  it("ends a thread that passes the memory limit and refuses the page saying so", async () => {
    const readers = pool({ memoryMb: 48 });
    const result = await readHtmlArticle(bigPage, { pool: readers });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^reading it needed more than 48 MB of memory, so it was stopped/) });
    expect(readers.threadCount).toBe(0);
  });

  it("reads pages one after another on one kept thread", async () => {
    const readers = pool();
    const results = await Promise.all([1, 2, 3].map(() => readHtmlArticle(smallPage(), { pool: readers })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(readers.threadCount).toBe(1);
  });

  it("takes its limits from the environment, falling back on nonsense", () => {
    expect(htmlReaderLimits({ CLAIMBENCH_HTML_READ_TIMEOUT_MS: "5000", CLAIMBENCH_HTML_READ_MEMORY_MB: "abc" })).toMatchObject({ timeoutMs: 5000, memoryMb: 512, threads: 1 });
  });
});

describe("jsdom's console while importing", SLOW, () => {
  const BROKEN_CSS = "}}} @media {{{ a { color: red";

  it("logs nothing for a page whose stylesheet jsdom cannot parse", async () => {
    const logged = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
    const result = await readHtmlArticle(smallPage(BROKEN_CSS), { pool: pool() });
    expect(result.ok).toBe(true);
    expect(logged.flatMap((spy) => spy.mock.calls)).toEqual([]);
  });

  it("drops the page's CSS noise but reports jsdom's real errors", () => {
    const reported: string[] = [];
    const dom = new JSDOM(smallPage(BROKEN_CSS), { virtualConsole: quietVirtualConsole((message) => reported.push(message)) });
    expect(reported).toEqual([]);
    dom.window.scrollTo(0, 0); // not implemented by jsdom: a real error of ours if reading ever did it
    expect(reported).toEqual([expect.stringMatching(/^not-implemented: .*scrollTo/)]);
    dom.window.close();
  });
});
