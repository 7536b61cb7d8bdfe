// npm run bench:live — issue 18's "Speed and scale": N events clients on ONE production server
// (`next start`), claims and verdicts recorded through the API, and what that costs. Prints figures,
// never asserts timings (not part of `npm test`). See bench/README.md.
//
// 1. Idle: 0 → 100 → 500 → 1000 streams (BENCH_CLIENTS), each with a member's token; at each step the
//    server's resident memory (VmRSS of the serving process), and over BENCH_IDLE_SECONDS its CPU share
//    and the database transactions per second: what idle streams cost (heartbeats, access re-checks).
// 2. Delivery: for each N, N clients while claims and verdicts are recorded at BENCH_RATE writes a second
//    for BENCH_SECONDS; latency from the API's answer to each client's receipt (and from the request sent,
//    an upper bound), p50 and p99 over every (write, client) pair.
// 3. Throughput: BENCH_WRITERS concurrent writers as fast as they go for BENCH_THROUGHPUT_SECONDS, with no
//    listener, with BENCH_THROUGHPUT_CLIENTS (500) listeners, and with none again (the machine is shared).
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { assertPortFree } from "../scripts/net";
import { runScript } from "../scripts/run";
import { openBenchDatabase, prepareBenchEnvironment, serveApp } from "./app-server";
import { openEventsClients, type EventsClientPool, type Receipt } from "./live-clients";
import { LIVE_SLUG, seedLiveFixture, type LiveFixture } from "./live-fixtures";
import { ServerInspector } from "./server-inspector";
import { cpuSeconds, measureLoad, rssKb, serverPid } from "./server-process";

prepareBenchEnvironment({ name: "bench-live", port: "54355" });
const numbers = (raw: string | undefined, fallback: number[]) => (raw ? raw.split(",").map(Number) : fallback);
const CLIENTS = numbers(process.env.BENCH_CLIENTS, [100, 500, 1000]);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 10);
const THROUGHPUT_CLIENTS = Number(process.env.BENCH_THROUGHPUT_CLIENTS ?? 500);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(", ");

interface Write { key: string; sentAt: number; answeredAt: number }
/** Whether receipts are being timed (not during the throughput runs: the clients then only read). */
let measuring = false;
/** Writes the API refused or failed (an overloaded server answers 500 or 503): counted, not measured. */
let failedWrites = 0;

runScript(async () => {
  console.log(`Live events benchmark on ${os.cpus().length} cores, Node ${process.version}; load average before: ${loadAverage()}`);
  const port = Number(process.env.BENCH_PORT ?? 3202);
  await assertPortFree(port, "127.0.0.1", "BENCH_PORT");
  const db = await openBenchDatabase();
  const fixture = await seedLiveFixture(db.databaseUrl);
  console.log(`✔ Seeded "${LIVE_SLUG}": ${fixture.members.length} members with tokens (${countRoles(fixture)}), blind review on.`);
  // The limits would refuse 1,000 streams from one address by design; they are still counted.
  const inspectPort = Number(process.env.BENCH_INSPECT_PORT ?? port + 1000);
  await assertPortFree(inspectPort, "127.0.0.1", "BENCH_INSPECT_PORT");
  const child = await serveApp(port, db.databaseUrl, { API_RATE_LIMIT_PER_MINUTE: "1000000000", API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: "1000000000" }, { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` });
  const pid = await serverPid(child);
  const inspector = await ServerInspector.connect(inspectPort);
  const origin = `http://127.0.0.1:${port}`;
  const stats = new pg.Client({ connectionString: db.databaseUrl });
  await stats.connect();
  stats.on("error", () => undefined); // Postgres stopping at the end ends it

  const api = apiClient(origin, fixture);
  const receipts = new Map<string, number[]>();
  const onEvent = ({ event, data, at }: Receipt) => {
    if (!measuring || (event !== "claim.created" && event !== "verdict.recorded")) return;
    const claimId = (JSON.parse(data) as { claimId?: string }).claimId;
    const key = `${event}:${claimId}`;
    const list = receipts.get(key);
    if (list) list.push(at);
    else receipts.set(key, [at]);
  };
  const tokensFor = (n: number) => Array.from({ length: n }, (_, i) => fixture.members[i % fixture.members.length]!.token);
  const open = (n: number, from = 0) => openEventsClients({ origin, slug: LIVE_SLUG, tokens: tokensFor(from + n).slice(from), onEvent });

  // Warm up: the routes compiled on first use, the hub's listening connection, a few writes.
  const warm = await open(5);
  for (let i = 0; i < 10; i++) await api.claimThenVerdict(i);
  await warm.close();

  console.log("\n1. Idle streams (memory of the serving process, its CPU, database transactions per second)");
  const idle: { clients: number; rss: number; heap: number; perConnectionKb: number; heapPerConnectionKb: number; cpuPercent: number; tps: number }[] = [];
  const pools: EventsClientPool[] = [];
  let connected = 0;
  const profiling = process.env.BENCH_PROFILE === "1";
  for (const target of [0, ...CLIENTS]) {
    if (profiling && target > 0 && connected === 0) await inspector.startHeapSampling();
    if (target > connected) pools.push(await open(target - connected, connected));
    connected = target;
    await sleep(2000);
    const load = await measureLoad(pid, stats, IDLE_SECONDS);
    // After the idle window and a full collection: the garbage of opening the streams is not counted.
    const heap = (await inspector.liveHeapBytes()) / 1024;
    const rss = await rssKb(pid);
    const perConnectionKb = target ? (rss - idle[0]!.rss) / target : 0;
    const heapPerConnectionKb = target ? (heap - idle[0]!.heap) / target : 0;
    idle.push({ clients: target, rss, heap, perConnectionKb, heapPerConnectionKb, cpuPercent: load.cpuPercent, tps: load.transactionsPerSecond });
    const perStream = target ? ` (${perConnectionKb.toFixed(1)} KB RSS, ${heapPerConnectionKb.toFixed(1)} KB heap per stream)` : "";
    if (profiling && target === CLIENTS.at(-1)) console.log(`  Live heap by where it was allocated, ${target} streams open:\n    ${(await inspector.stopHeapSampling()).join("\n    ")}`);
    console.log(`  ${pad(target, 5)} streams: RSS ${(rss / 1024).toFixed(1)} MiB, live heap ${(heap / 1024).toFixed(1)} MiB${perStream}; server CPU ${load.cpuPercent.toFixed(0)}%, ${load.transactionsPerSecond.toFixed(0)} db transactions/s`);
  }
  for (const pool of pools) await pool.close();

  console.log(`\n2. Delivery while recording ${RATE} writes/s (claims and verdicts, alternately) for ${SECONDS} s`);
  const throughput: { listeners: number; perSecond: number }[] = [];
  await measureThroughput(api, 0, pid, "warm-up, not counted");
  throughput.push(await measureThroughput(api, 0, pid));
  const delivery: ReturnType<typeof latencies>[] = [];
  for (const n of CLIENTS) {
    const pool = await open(n);
    receipts.clear();
    let writes: Write[] = [];
    failedWrites = 0;
    measuring = true;
    const load = await measureLoad(pid, stats, 0, async () => {
      writes = await steadyWrites(api);
      await sleep(3000); // stragglers
    });
    measuring = false;
    const figures = latencies(n, writes, receipts, pool, load.transactions / writes.length);
    delivery.push(figures);
    console.log(`  ${pad(n, 5)} clients: receipt − answer p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms; receipt − sent p50 ${figures.sentP50.toFixed(0)} ms, p99 ${figures.sentP99.toFixed(0)} ms; ${figures.received} of ${figures.expected} received, ${pool.ended} streams ended; ${failedWrites} writes failed; ${figures.xactPerWrite.toFixed(1)} db transactions per write`);
    if (n === THROUGHPUT_CLIENTS) {
      if (process.env.BENCH_PROFILE === "1") await inspector.startProfile();
      throughput.push(await measureThroughput(api, n, pid));
      if (process.env.BENCH_PROFILE === "1") console.log(`  Server CPU profile, ${n} listeners (self time):\n    ${(await inspector.stopProfile()).join("\n    ")}`);
    }
    await pool.close();
  }
  if (!CLIENTS.includes(THROUGHPUT_CLIENTS)) {
    const pool = await open(THROUGHPUT_CLIENTS);
    throughput.push(await measureThroughput(api, THROUGHPUT_CLIENTS, pid));
    await pool.close();
  }
  throughput.push(await measureThroughput(api, 0, pid));
  await stats.end();
  inspector.close();
  printSummary(idle, delivery, throughput);
  console.log(`Load average after: ${loadAverage()}`);
  return 0;
});

function apiClient(origin: string, fixture: LiveFixture) {
  const base = `${origin}/api/v1/workspaces/${LIVE_SLUG}`;
  const writers = fixture.members.filter((m) => m.role === "OWNER" || m.role === "EDITOR");
  const reviewers = fixture.members.filter((m) => m.role === "REVIEWER");
  const call = async (path: string, token: string, body: unknown) => {
    const sentAt = performance.now();
    const response = await fetch(`${base}${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const answer = (await response.json()) as { id?: string };
    if (response.status !== 201) {
      failedWrites += 1;
      if (failedWrites <= 3) console.error(`  POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
      return null;
    }
    return { answer, sentAt, answeredAt: performance.now() };
  };
  const createClaim = async (n: number): Promise<(Write & { claimId: string }) | null> => {
    const article = fixture.articles[n % fixture.articles.length]!;
    const start = Math.floor(Math.random() * (article.length - 60));
    const done = await call("/claims", writers[n % writers.length]!.token, { articleId: article.id, start, end: start + 40, statement: `Live bench claim ${n}` });
    return done && { key: `claim.created:${done.answer.id}`, claimId: done.answer.id!, sentAt: done.sentAt, answeredAt: done.answeredAt };
  };
  const recordVerdict = async (n: number, claimId: string | undefined): Promise<Write | null> => {
    if (!claimId) return null;
    const body = { ratingId: fixture.ratingIds[n % fixture.ratingIds.length], rationale: "Bench verdict" };
    const done = await call(`/claims/${claimId}/verdicts`, reviewers[n % reviewers.length]!.token, body);
    return done && { key: `verdict.recorded:${claimId}`, sentAt: done.sentAt, answeredAt: done.answeredAt };
  };
  return {
    createClaim,
    recordVerdict,
    claimThenVerdict: async (n: number) => recordVerdict(n, (await createClaim(n))?.claimId),
  };
}
type Api = ReturnType<typeof apiClient>;

/** RATE writes a second on a fixed schedule (open loop): a claim, then a verdict on it, and so on. */
async function steadyWrites(api: Api): Promise<Write[]> {
  const total = RATE * SECONDS;
  const started = performance.now();
  const done: Promise<Write | null>[] = [];
  let claim: Promise<(Write & { claimId: string }) | null> | null = null;
  for (let k = 0; k < total; k++) {
    const wait = started + (k * 1000) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    if (k % 2 === 0) done.push((claim = api.createClaim(k)));
    else {
      const of = claim!;
      done.push(of.then((made) => api.recordVerdict(k, made?.claimId)));
    }
  }
  return (await Promise.all(done)).filter((write): write is Write => write !== null);
}

/** Writes per second by WRITERS concurrent writers (each a claim then a verdict on it) with `listeners` streams open. */
async function measureThroughput(api: Api, listeners: number, pid: number, note = "") {
  const [serverCpu0, ownCpu0] = [await cpuSeconds(pid), process.cpuUsage()];
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  let writes = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
    for (let n = w; performance.now() < until; n += WRITERS) {
      const claim = await api.createClaim(n);
      const verdict = await api.recordVerdict(n, claim?.claimId);
      writes += Number(claim !== null) + Number(verdict !== null);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const perSecond = writes / seconds;
  const serverCpu = ((await cpuSeconds(pid)) - serverCpu0) / seconds;
  const own = process.cpuUsage(ownCpu0);
  const ownCpu = (own.user + own.system) / 1e6 / seconds;
  console.log(`  throughput, ${WRITERS} writers, ${pad(listeners, 4)} listeners: ${perSecond.toFixed(1)} writes/s (successful ones); CPU: server ${(serverCpu * 100).toFixed(0)}%, this bench's clients and writers ${(ownCpu * 100).toFixed(0)}%${note ? ` (${note})` : ""}`);
  return { listeners, perSecond };
}

function latencies(clients: number, writes: Write[], receipts: Map<string, number[]>, pool: EventsClientPool, xactPerWrite: number) {
  const fromAnswer: number[] = [];
  const fromSent: number[] = [];
  for (const write of writes) {
    for (const at of receipts.get(write.key) ?? []) {
      fromAnswer.push(at - write.answeredAt);
      fromSent.push(at - write.sentAt);
    }
  }
  const q = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN;
  };
  return { clients, p50: q(fromAnswer, 0.5), p99: q(fromAnswer, 0.99), sentP50: q(fromSent, 0.5), sentP99: q(fromSent, 0.99), received: fromAnswer.length, expected: writes.length * pool.size, xactPerWrite };
}

function printSummary(idle: { clients: number; perConnectionKb: number; heapPerConnectionKb: number; cpuPercent: number; tps: number }[], delivery: ReturnType<typeof latencies>[], throughput: { listeners: number; perSecond: number }[]) {
  console.log("\nSummary (latency: from the API's answer to the client's receipt; in brackets from the request sent)");
  console.log("  clients  KB/idle stream (RSS, heap)  idle CPU  idle db tx/s     p50 ms      p99 ms   received      db tx/write");
  for (const d of delivery) {
    const i = idle.find((row) => row.clients === d.clients);
    console.log(`  ${pad(d.clients, 7)}  ${pad(i ? `${i.perConnectionKb.toFixed(1)}, ${i.heapPerConnectionKb.toFixed(1)}` : "-", 25)}  ${pad(i ? `${i.cpuPercent.toFixed(0)}%` : "-", 8)}  ${pad(i ? i.tps.toFixed(0) : "-", 12)}  ${pad(`${d.p50.toFixed(0)} (${d.sentP50.toFixed(0)})`, 10)}  ${pad(`${d.p99.toFixed(0)} (${d.sentP99.toFixed(0)})`, 10)}  ${pad(`${((d.received / d.expected) * 100).toFixed(1)}%`, 9)}  ${pad(d.xactPerWrite.toFixed(1), 15)}`);
  }
  const none = throughput.filter((t) => t.listeners === 0).map((t) => t.perSecond);
  const floor = none.reduce((a, b) => a + b, 0) / none.length;
  const withListeners = throughput.find((t) => t.listeners > 0);
  const ratio = withListeners ? withListeners.perSecond / floor : NaN;
  console.log(`  write throughput: ${none.map((v) => v.toFixed(1)).join(" and ")} writes/s with no listener, ${withListeners?.perSecond.toFixed(1)} with ${withListeners?.listeners} (${(ratio * 100).toFixed(0)}% of the mean without)`);
  const at500 = delivery.find((d) => d.clients === 500);
  const idle500 = idle.find((row) => row.clients === 500);
  const mark = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "met" : "NOT met");
  console.log("\nAims");
  console.log(`  p99 under 250 ms at 500 clients            ${pad(at500 ? `${at500.p99.toFixed(0)} ms` : "-", 10)}  ${mark(at500 && at500.p99 < 250)}`);
  console.log(`  under 50 KB per idle connection (at 500)   ${pad(idle500 ? `${idle500.perConnectionKb.toFixed(1)} KB` : "-", 10)}  ${mark(idle500 && idle500.perConnectionKb < 50)} (RSS; live heap ${idle500?.heapPerConnectionKb.toFixed(1)} KB)`);
  console.log(`  throughput at most 10% lower, 500 listeners ${pad(Number.isFinite(ratio) ? `${((1 - ratio) * 100).toFixed(0)}% lower` : "-", 10)}  ${mark(Number.isFinite(ratio) ? ratio >= 0.9 : undefined)}`);
}

function countRoles(fixture: LiveFixture): string {
  const counts = new Map<string, number>();
  for (const m of fixture.members) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
  return [...counts].map(([role, n]) => `${n} ${role.toLowerCase()}${n === 1 ? "" : "s"}`).join(", ");
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
