// A first start killed with -9 while seeding the demo must not leave it half-seeded for good: the
// next start finishes it. On a database of its own, with real processes killed for real.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_CLAIMS, DEMO_VERDICTS } from "./demo-content";
import { DEMO_BRIEF_CLAIMS } from "./demo-briefs";

const name = `claimbench_first_run_${randomBytes(4).toString("hex")}`;
const adminUrl = () => withDatabase("postgres");
function withDatabase(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function startChild(): ChildProcess & { done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "../scripts/test-support/first-run-child.ts")], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: withDatabase(name) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })));
  return Object.assign(child, { done });
}

const counts = async () => {
  const url = withDatabase(name);
  const [row] = await query<{ claims: number; verdicts: number; workspaces: number; marker: string | null }>(url, `
    select (select count(*)::int from claims) as claims, (select count(*)::int from verdicts) as verdicts,
           (select count(*)::int from workspaces) as workspaces, (select value from instance_state where key = 'demo-seed') as marker`);
  return row!;
};

afterAll(async () => {
  await query(adminUrl(), `drop database if exists ${name} with (force)`);
});

describe("the first start's demo seed", () => {
  it("killed with -9 half-way, is finished by the next start; a third start leaves it alone", { timeout: 300_000 }, async () => {
    await query(adminUrl(), `create database ${name}`);
    const first = startChild();
    // Kill it once the seed has begun its claims, well before it has finished them.
    for (;;) {
      const claims = await query<{ n: number }>(withDatabase(name), "select count(*)::int as n from claims").catch(() => [{ n: 0 }]);
      if (claims[0]!.n > 0) break;
      if (first.exitCode !== null) throw new Error("the seed finished before it could be interrupted");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.kill("SIGKILL");
    await first.done;
    const interrupted = await counts();
    expect(interrupted.marker).toBe("started");
    expect(interrupted.claims).toBeLessThan(DEMO_CLAIMS.length);

    const second = await startChild().done;
    expect(second.code).toBe(0);
    expect(JSON.parse(second.output)).toEqual({ seeded: true, resumed: true });
    expect(await counts()).toEqual({ claims: DEMO_CLAIMS.length + DEMO_BRIEF_CLAIMS.length, verdicts: DEMO_VERDICTS.length, workspaces: 1, marker: "done" });

    const third = await startChild().done;
    expect(JSON.parse(third.output)).toEqual({ seeded: false, resumed: false });
    expect(await counts()).toEqual({ claims: DEMO_CLAIMS.length + DEMO_BRIEF_CLAIMS.length, verdicts: DEMO_VERDICTS.length, workspaces: 1, marker: "done" });
  });
});
