// Per-address limits and X-Forwarded-For: a client can write any X-Forwarded-For it likes, so it
// is believed only from proxies the setting trusts (lib/server/http/trusted-proxies.ts).
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { callApi } from "@test-support/call-api";
import { createTestWorkspace } from "@test-support/data";
import { SIGN_IN_PER_ADDRESS } from "@/lib/domain/sign-in-throttle";
import { PEER_HEADER } from "@/lib/server/http/trusted-proxies";
import { SIGN_IN_ERRORS } from "@/lib/schemas/auth";
import { authOptions } from "./options";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** One sign-in as next-auth runs it: its headers as a plain object, the socket's address stamped by the server. */
async function signIn(email: string, headers: Record<string, string>): Promise<"in" | "refused" | string> {
  try {
    return (await authorize({ email, password: "wrong-password" }, { headers })) ? "in" : "refused";
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => {
  delete process.env.CLAIMBENCH_TRUSTED_PROXIES;
});

/** 31 failed sign-ins from one socket (one per account), each with a different X-Forwarded-For. */
// bcrypt runs 31 times per test: slow on a busy machine, so these tests get more time.
async function thirtyOneFromOneSocket(): Promise<string[]> {
  const peer = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const run = randomBytes(4).toString("hex");
  const outcomes: string[] = [];
  for (let n = 0; n <= SIGN_IN_PER_ADDRESS; n += 1) {
    const forwardedFor = `203.0.${n}.${Math.floor(Math.random() * 250)}`;
    outcomes.push(await signIn(`nobody-${run}-${n}@test.example.org`, { [PEER_HEADER]: peer, "x-forwarded-for": forwardedFor }));
  }
  return outcomes;
}

describe("per-address limits behind proxies", { timeout: 120_000 }, () => {
  it("with no trusted proxy, 30 failed sign-ins with 30 different X-Forwarded-For values count as one address", async () => {
    const outcomes = await thirtyOneFromOneSocket();
    expect(outcomes.slice(0, SIGN_IN_PER_ADDRESS).every((outcome) => outcome === "refused")).toBe(true);
    expect(outcomes.at(-1)).toBe(SIGN_IN_ERRORS.throttled);
  });

  it("with one trusted hop, they are 30 addresses, none of them throttled", async () => {
    process.env.CLAIMBENCH_TRUSTED_PROXIES = "1";
    const outcomes = await thirtyOneFromOneSocket();
    expect(outcomes.every((outcome) => outcome === "refused")).toBe(true);
  });

  it("the API's per-address limit uses the same address", async () => {
    const { workspace } = await createTestWorkspace(["OWNER"]);
    const peer = `10.78.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    process.env.API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE = "2";
    try {
      const call = (n: number) => callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, headers: { [PEER_HEADER]: peer, "x-forwarded-for": `203.0.113.${n}` } });
      expect([(await call(1)).status, (await call(2)).status, (await call(3)).status]).toEqual([401, 401, 429]);
      process.env.CLAIMBENCH_TRUSTED_PROXIES = "1";
      expect((await call(4)).status).toBe(401);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_ADDRESS_PER_MINUTE;
    }
  });
});
