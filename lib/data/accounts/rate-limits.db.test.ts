import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { clearHits, countHit, purgeExpiredHits, secondsUntilAllowed } from "./rate-limits";

describe("rate limits", () => {
  it("allows up to the limit, then asks the caller to wait until the window ends", async () => {
    const limit = { key: `test:${randomBytes(4).toString("hex")}`, max: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i += 1) {
      expect(await secondsUntilAllowed(limit)).toBe(0);
      await countHit(limit);
    }
    const wait = await secondsUntilAllowed(limit);
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    await clearHits(limit.key);
    expect(await secondsUntilAllowed(limit)).toBe(0);
  });

  it("counts concurrent hits exactly (one atomic statement each)", async () => {
    const limit = { key: `test:${randomBytes(4).toString("hex")}`, max: 100, windowSeconds: 60 };
    const counts = await Promise.all(Array.from({ length: 20 }, () => countHit(limit)));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("starts a new window once the old one has passed", async () => {
    const limit = { key: `test:${randomBytes(4).toString("hex")}`, max: 1, windowSeconds: 1 };
    await countHit(limit);
    expect(await secondsUntilAllowed(limit)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await secondsUntilAllowed(limit)).toBe(0);
    expect(await countHit(limit)).toBe(1);
  });

  it("the sweep deletes the counters of ended windows and keeps the running ones", async () => {
    const ended = { key: `test:${randomBytes(4).toString("hex")}`, max: 5, windowSeconds: 60 };
    const running = { key: `test:${randomBytes(4).toString("hex")}`, max: 5, windowSeconds: 60 };
    await countHit(ended);
    await countHit(running);
    const later = new Date(Date.now() + 61_000);
    await getDb().rateLimit.update({ where: { key: running.key }, data: { resetAt: new Date(Date.now() + 120_000) } });
    expect(await purgeExpiredHits(later)).toBeGreaterThanOrEqual(1);
    const left = await getDb().rateLimit.findMany({ where: { key: { in: [ended.key, running.key] } }, select: { key: true } });
    expect(left).toEqual([{ key: running.key }]);
  });

  it("the counters live in an unlogged table: no WAL written (and flushed) per request", async () => {
    const [table] = await getDb().$queryRaw<{ relpersistence: string }[]>`select relpersistence::text as relpersistence from pg_class where relname = 'rate_limits'`;
    expect(table?.relpersistence).toBe("u");
  });
});
