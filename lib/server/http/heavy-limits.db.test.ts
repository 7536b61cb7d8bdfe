import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { enforceRateLimits } from "@/lib/server/api/rate-limit";
import { AppError } from "@/lib/errors";
import { heavyLimits } from "./heavy-limits";

describe("the budget for heavy requests", () => {
  it("lets 30 a minute through per user, then refuses with the seconds to wait; another user is unaffected", async () => {
    const [alice, bob, address] = [randomUUID(), randomUUID(), `198.51.100.${Math.floor(Math.random() * 250)}`];
    for (let n = 0; n < 30; n++) await enforceRateLimits(heavyLimits(alice, address));
    const refused = await enforceRateLimits(heavyLimits(alice, address)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).details?.retryAfterSeconds).toBeGreaterThan(0);
    await expect(enforceRateLimits(heavyLimits(bob, address))).resolves.toBeUndefined();
  });

  it("counts an address across users", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let n = 0; n < 120; n++) await enforceRateLimits(heavyLimits(randomUUID(), address));
    await expect(enforceRateLimits(heavyLimits(randomUUID(), address))).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
