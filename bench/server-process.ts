// What the live events benchmark reads of the app server's process and of Postgres: resident memory and
// CPU time from /proc (Linux), and committed transactions from pg_stat_database.
import type { ChildProcess } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import pg from "pg";

/**
 * The pid of the process that serves requests: serveApp's child runs Next in-process (scripts/serve.mjs),
 * but should a launcher ever start a `next-server` below it, that descendant is the one measured.
 */
export async function serverPid(child: ChildProcess): Promise<number> {
  const root = child.pid!;
  const parents = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (stat) parents.set(pid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
  }
  const below = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && below(parents.get(pid)!));
  for (const pid of parents.keys()) {
    if (pid === root || !below(pid)) continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmd.includes("next-server")) return pid;
  }
  return root;
}

/** Resident memory (VmRSS) in KB. */
export async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]);
}

/** User + system CPU time of the process, in seconds (clock ticks of 1/100 s on Linux). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Transactions committed in the bench database so far (each statement outside a transaction is one). */
export async function committedTransactions(client: pg.Client): Promise<number> {
  // Statistics are flushed by each backend at most once a second; a fresh snapshot is asked for each read.
  await client.query("select pg_stat_clear_snapshot()");
  const { rows } = await client.query<{ n: string }>("select xact_commit::text as n from pg_stat_database where datname = current_database()");
  return Number(rows[0]!.n);
}

/** CPU share of the server and database transactions per second over `seconds` of whatever runs meanwhile. */
export async function measureLoad(pid: number, client: pg.Client, seconds: number, during: () => Promise<unknown> = () => new Promise((resolve) => setTimeout(resolve, seconds * 1000))) {
  const [cpu0, xact0, t0] = [await cpuSeconds(pid), await committedTransactions(client), performance.now()];
  await during();
  // Let the backends flush their counters (at most once a second) before reading them again.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const [cpu1, xact1, t1] = [await cpuSeconds(pid), await committedTransactions(client), performance.now()];
  const elapsed = (t1 - t0) / 1000;
  return { cpuPercent: ((cpu1 - cpu0) / elapsed) * 100, transactionsPerSecond: (xact1 - xact0) / elapsed, transactions: xact1 - xact0, elapsed };
}
