import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearHits, countHit, secondsUntilAllowed } from "./rate-limits";

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
});
