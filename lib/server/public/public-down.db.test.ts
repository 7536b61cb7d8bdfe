import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFactCheck } from "./fact-check-routes";
import { serveDataFeed, serveIndex } from "./workspace-routes";

// The proxy does not probe the database for /p/ (to keep those answers cheap), so the public routes say
// themselves that it is away: 503 with Retry-After and a page, never a 500. Prisma and the health probe
// are pointed at a port where nothing listens; the shared clients are put back afterwards.

const holder = globalThis as unknown as { claimbenchPrisma?: unknown; claimbenchHealthPool?: unknown; claimbenchHealthProbe?: unknown };
let saved: { url?: string; client?: unknown; pool?: unknown; probe?: unknown };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  saved = { url: process.env.DATABASE_URL, client: holder.claimbenchPrisma, pool: holder.claimbenchHealthPool, probe: holder.claimbenchHealthProbe };
  process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${await closedPort()}/claimbench`;
  delete holder.claimbenchPrisma;
  delete holder.claimbenchHealthPool;
  delete holder.claimbenchHealthProbe;
});

afterAll(() => {
  process.env.DATABASE_URL = saved.url;
  Object.assign(holder, { claimbenchPrisma: saved.client, claimbenchHealthPool: saved.pool, claimbenchHealthProbe: saved.probe });
});

describe("the public routes with the database down", () => {
  it("answer 503 with Retry-After and a page saying to reload", async () => {
    const request = (path: string) => new Request(`http://localhost:3000${path}`, { headers: { host: "localhost:3000" } });
    const id = "0190a1b2-0000-7000-8000-000000000001";
    for (const response of [
      await serveFactCheck("page", request(`/p/desk/${id}`), { workspace: "desk", id }),
      await serveIndex(request("/p/desk"), { workspace: "desk" }),
      await serveDataFeed(request("/p/desk/claimreview.json"), { workspace: "desk" }),
    ]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("Temporarily unavailable");
    }
  });
});
