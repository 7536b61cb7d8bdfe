import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorkspace, type ApiWorkspace } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";

// With Postgres away, the API says so (503 with Retry-After), not 500. A real Prisma client is
// pointed at a port where nothing listens; the shared client is put back afterwards.

const holder = globalThis as unknown as { claimbenchPrisma?: unknown };
let saved: { url?: string; client?: unknown };
let w: ApiWorkspace;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  w = await createApiWorkspace();
  saved = { url: process.env.DATABASE_URL, client: holder.claimbenchPrisma };
  process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${await closedPort()}/claimbench`;
  delete holder.claimbenchPrisma;
});

afterAll(() => {
  process.env.DATABASE_URL = saved.url;
  holder.claimbenchPrisma = saved.client;
});

describe("the API with the database down", () => {
  it("answers reads and writes with 503, Retry-After and the one error shape", async () => {
    for (const call of [
      { method: "GET", url: `/workspaces/${w.slug}/claims` },
      { method: "POST", url: `/workspaces/${w.slug}/sources`, body: { kind: "WEB_PAGE", title: "A report", url: "https://example.org/a" } },
    ]) {
      const response = await callApi({ ...call, token: w.tokens.owner });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(response.body).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringContaining("database is unavailable") } });
    }
  });
});
