import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "./fixtures/test";

// A second server from the same build, pointed at a port where no Postgres listens: pages answer
// 503 with Retry-After and say that the database is unavailable; the API answers 503 in its error shape.

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let server: ChildProcess | undefined;
test.afterAll(() => void server?.kill("SIGTERM"));

test("with Postgres away, a page says so with a 503 and the API answers 503", async ({ page }) => {
  const [appPort, deadDbPort] = [await freePort(), await freePort()];
  const root = path.resolve(import.meta.dirname, "..");
  server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(appPort), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `postgresql://nobody:nothing@127.0.0.1:${deadDbPort}/claimbench`, NEXTAUTH_URL: `http://127.0.0.1:${appPort}`, CLAIMBENCH_JOB_WORKERS: "0" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${appPort}`;
  await expect.poll(async () => fetch(`${base}/login`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(503);

  const response = await page.goto(`${base}/login`);
  expect(response?.status()).toBe(503);
  expect(Number(response?.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The database is unavailable");

  const api = await page.request.get(`${base}/api/v1/workspaces/isis-decline/claims`, { headers: { Authorization: "Bearer cb_not_a_real_token" } });
  expect(api.status()).toBe(503);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
});
