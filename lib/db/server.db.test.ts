// The database lifecycle's failure modes, on real servers: a taken port, a start after kill -9, an
// unreachable DATABASE_URL. Each test uses a throwaway data directory and its own port.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DbSetupError } from "./errors";
import { startEmbeddedPostgres } from "./embedded";
import { inspectProcess } from "./processes";
import { openDatabase } from "./server";

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimbench-db-test-"));
  // As root, Postgres runs as the "postgres" user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function query(url: string, sql: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded Postgres", () => {
  it("names the setting to change when its port is taken", async () => {
    const port = await freePort();
    const squatter = net.createServer().listen(port, "127.0.0.1");
    try {
      const start = startEmbeddedPostgres({ dataDir: path.join(await tempDir(), "pg"), port, portSetting: "CLAIMBENCH_DB_PORT" });
      await expect(start).rejects.toThrow(DbSetupError);
      await expect(start).rejects.toThrow(/Port \d+ is already in use.*CLAIMBENCH_DB_PORT/);
    } finally {
      squatter.close();
    }
  });

  it("keeps its data across restarts and recovers after the owning process is killed with -9", async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const port = await freePort();
    const options = { dataDir, port, portSetting: "CLAIMBENCH_DB_PORT", fast: true };

    const first = await startEmbeddedPostgres(options);
    await query(first.serverUrl("postgres"), "create table kept (value text); insert into kept values ('still here')");
    await first.stop();

    // A child process starts the server and is killed with SIGKILL: Postgres outlives it.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../../scripts/test-support/hold-embedded.ts"), dataDir, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
      child.on("exit", (code) => reject(new Error(`holder exited early (${code})`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const again = await startEmbeddedPostgres(options);
    try {
      expect(again.startedHere).toBe(true);
      expect(await query(again.serverUrl("postgres"), "select value from kept")).toEqual([{ value: "still here" }]);
    } finally {
      await again.stop();
    }
  });
});

/** A child that starts the server for dataDir and holds it until killed (scripts/test-support/hold-embedded.ts). */
async function holdServer(dataDir: string, port: number, { detached = false } = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../../scripts/test-support/hold-embedded.ts"), dataDir, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    detached,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
    child.on("exit", (code) => reject(new Error(`holder exited early (${code})`)));
  });
  return child;
}

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);

/** A zombie: a process that has exited and that its parent (a `sleep`) never reaps. */
async function makeZombie(): Promise<{ pid: number; release: () => void }> {
  const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 120"], { stdio: ["ignore", "pipe", "ignore"] });
  const pid = await new Promise<number>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
  while ((await inspectProcess(pid)).state !== "zombie") await new Promise((resolve) => setTimeout(resolve, 20));
  return { pid, release: () => parent.kill("SIGKILL") };
}

describe("embedded Postgres after a kill -9", () => {
  it("does not adopt a server whose owner was killed but not yet reaped: it stops that server and starts its own", { timeout: 120_000 }, async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const port = await freePort();
    const options = { dataDir, port, portSetting: "CLAIMBENCH_DB_PORT", fast: true };
    const holder = await holdServer(dataDir, port);
    const first = await startEmbeddedPostgres({ ...options, dataDir }).catch(() => null);
    expect(first?.startedHere).toBe(false); // while its owner lives, the server is shared
    await query(first!.serverUrl("postgres"), "create table kept (value text); insert into kept values ('still here')");
    const leftover = await postmasterPid(dataDir);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    // The owner file now names a process that has died but is not yet reaped.
    const zombie = await makeZombie();
    try {
      await writeFile(`${dataDir}.owner`, String(zombie.pid));
      const again = await startEmbeddedPostgres(options);
      try {
        expect(again.startedHere).toBe(true);
        expect(await query(again.serverUrl("postgres"), "select value from kept")).toEqual([{ value: "still here" }]);
      } finally {
        await again.stop();
      }
      expect((await inspectProcess(leftover)).state).not.toBe("running");
    } finally {
      zombie.release();
    }
  });

  it("never signals an unrelated process that got the pid of the postmaster", { timeout: 120_000 }, async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const port = await freePort();
    const options = { dataDir, port, portSetting: "CLAIMBENCH_DB_PORT", fast: true };
    await (await startEmbeddedPostgres(options)).stop();
    const bystander = spawn("sleep", ["120"], { stdio: "ignore" });
    try {
      // What a postmaster.pid left by a kill -9 looks like once its pid is another process's.
      await writeFile(path.join(dataDir, "postmaster.pid"), `${bystander.pid}\n${dataDir}\n0\n${port}\n\n127.0.0.1\n  0  0\nready   \n`);
      const again = await startEmbeddedPostgres(options);
      await again.stop();
      expect(again.startedHere).toBe(true);
      expect(bystander.exitCode).toBeNull();
      expect((await inspectProcess(bystander.pid!)).state).toBe("running");
    } finally {
      bystander.kill("SIGKILL");
    }
  });

  it("starts again at once after the owner and the server were killed together", { timeout: 120_000 }, async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const port = await freePort();
    const options = { dataDir, port, portSetting: "CLAIMBENCH_DB_PORT", fast: true };
    const holder = await holdServer(dataDir, port, { detached: true });
    const leftover = await postmasterPid(dataDir);
    process.kill(-holder.pid!, "SIGKILL"); // the whole process group, as a terminal's kill -9 of a job does
    await new Promise((resolve) => holder.once("exit", resolve));
    const again = await startEmbeddedPostgres(options);
    try {
      expect(again.startedHere).toBe(true);
      expect(await query(again.serverUrl("postgres"), "select 1 as ok")).toEqual([{ ok: 1 }]);
      expect(await postmasterPid(dataDir)).not.toBe(leftover);
    } finally {
      await again.stop();
    }
  });
});

describe("DATABASE_URL", () => {
  it("fails within seconds, naming the host, when the server never answers", async () => {
    // A local socket that accepts connections and never speaks: what a firewalled server looks like.
    const silent = net.createServer(() => {}).listen(0, "127.0.0.1");
    await new Promise((resolve) => silent.once("listening", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `postgresql://user:secret@127.0.0.1:${port}/claimbench`;
    const started = Date.now();
    try {
      await expect(openDatabase()).rejects.toThrow(new RegExp(`Cannot reach the database server at 127\\.0\\.0\\.1:${port}`));
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      process.env.DATABASE_URL = saved;
      silent.close();
    }
  });

  it("refuses a URL that is not a postgresql:// URL, saying what one looks like", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "mysql://localhost/claimbench";
    try {
      await expect(openDatabase()).rejects.toThrow(/DATABASE_URL must be a postgresql:\/\/ URL/);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
