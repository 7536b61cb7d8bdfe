import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { openEvents, startEventsServer, type EventsServer } from "@test-support/live-servers";
import { startEmbeddedPostgres, type RunningEmbedded } from "@/lib/db/embedded";

// A database restart under a listening server (issue 18). The shared test database cannot be stopped (other
// test files use it at the same time), so the server's listening connection goes to a throwaway cluster of
// its own holding the live_events table, made by the same migration; sign-in and membership are still read
// from the test database. The cluster is stopped and started again: the stream stays open, its client gets
// `resync`, and events recorded after the restart arrive again.

const root = path.resolve(import.meta.dirname, "../../..");
let dir: string;
let w: ApiWorkspace;
let cluster: RunningEmbedded;
let options: Parameters<typeof startEmbeddedPostgres>[0];
let server: EventsServer;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client(cluster.serverUrl("postgres"));
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/** What recordEvent does in a write's transaction (lib/data/events/events.ts; its commit notifies), on the throwaway cluster. */
const recordClaimCreated = (claimId: string) =>
  sql(`insert into live_events ("workspaceId", name, "claimId") values ($1, 'claim.created', $2)`, [w.id, claimId]);

beforeAll(async () => {
  w = await createApiWorkspace();
  dir = await mkdtemp(path.join(os.tmpdir(), "claimbench-live-restart-"));
  await chmod(dir, 0o755); // as root, Postgres runs as "postgres", which must enter the folder
  options = { dataDir: path.join(dir, "pg"), port: await freePort(), portSetting: "CLAIMBENCH_TEST_DB_PORT", fast: true };
  cluster = await startEmbeddedPostgres(options);
  // The live_events migration and those that change the table after it (named _live_events_<what>), in order.
  const migrations = (await readdir(path.join(root, "prisma/migrations"))).filter((name) => /_live_events(_|$)/.test(name)).sort();
  for (const migration of migrations) await sql(await readFile(path.join(root, "prisma/migrations", migration, "migration.sql"), "utf8"));
  server = await startEventsServer(cluster.serverUrl("postgres"), { entry: "node" }); // as serve.mjs serves it
}, 120_000);

afterAll(async () => {
  await server?.close();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("a database restart under a listening server", () => {
  it("keeps the stream open, sends resync, and delivers what is recorded afterwards", { timeout: 90_000 }, async () => {
    const client = await openEvents(server, w.slug, { token: w.tokens.viewer });
    const before = crypto.randomUUID();
    await recordClaimCreated(before);
    await client.waitFor((events) => events.some((e) => e.data.claimId === before), "an event before the restart");

    await cluster.stop();
    // While the server cannot listen, a new stream is refused with 503 (try again), not left hanging.
    const refused = await openEvents(server, w.slug, { token: w.tokens.viewer });
    expect(refused.status).toBe(503);
    cluster = await startEmbeddedPostgres(options);
    await client.waitFor((events) => events.some((e) => e.event === "resync"), "resync after the restart", 30_000);
    expect(client.ended()).toBe(false);
    expect(client.events.at(-1)).toEqual({ event: "resync", data: { reason: "reconnected" } });

    const after = crypto.randomUUID();
    await recordClaimCreated(after);
    await client.waitFor((events) => events.some((e) => e.data.claimId === after), "an event after the restart");
    expect(server.hub.reconnects).toBe(1);
    client.close();
  });
});
