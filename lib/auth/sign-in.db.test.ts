import { describe, expect, it } from "vitest";
import { createTestWorkspace, endSlotDelay } from "@test-support/data";
import { verifyCredentials } from "@/lib/data/accounts/users";
import { SIGN_IN_ACCOUNT_DELAY_MAX_SECONDS, SIGN_IN_ACCOUNT_FREE, SIGN_IN_PER_ACCOUNT_ADDRESS, signInSlots } from "@/lib/domain/sign-in-throttle";
import { attemptSignIn } from "./sign-in";

const RIGHT = "test-password";
const address = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** The real verifyCredentials, counting how many passwords it compared (bcrypt evaluations). */
function countingVerify() {
  const compared: string[] = [];
  const verify: typeof verifyCredentials = async (input) => {
    compared.push(input.password);
    return verifyCredentials(input);
  };
  return { verify, compared };
}

async function account() {
  const { users } = await createTestWorkspace(["VIEWER"]);
  return users.VIEWER.email;
}

describe("sign-in throttle", { timeout: 120_000 }, () => {
  it("40 parallel wrong passwords on one account from one address: only the limit is ever compared", async () => {
    const email = await account();
    const ip = address();
    const { verify, compared } = countingVerify();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, n) => attemptSignIn({ email, password: `wrong-${n}`, address: ip }, verify)));
    expect(compared).toHaveLength(SIGN_IN_PER_ACCOUNT_ADDRESS);
    expect(outcomes.filter((o) => !o.ok && o.reason === "badCredentials")).toHaveLength(SIGN_IN_PER_ACCOUNT_ADDRESS);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(40 - SIGN_IN_PER_ACCOUNT_ADDRESS);
  });

  it("over the limit, the right password in a parallel burst does not get in, and nothing is compared", async () => {
    const email = await account();
    const ip = address();
    for (let n = 0; n < SIGN_IN_PER_ACCOUNT_ADDRESS; n += 1) await attemptSignIn({ email, password: `wrong-${n}`, address: ip });
    const { verify, compared } = countingVerify();
    const burst = Array.from({ length: 40 }, (_, n) => (n === 20 ? RIGHT : `wrong-again-${n}`));
    const outcomes = await Promise.all(burst.map((password) => attemptSignIn({ email, password, address: ip }, verify)));
    expect(outcomes.some((o) => o.ok)).toBe(false);
    expect(compared).toEqual([]);
  });

  it("a burst mixing the right password with wrong ones never compares more wrong passwords than the limit", async () => {
    const email = await account();
    const ip = address();
    const { verify, compared } = countingVerify();
    const burst = Array.from({ length: 40 }, (_, n) => (n === 39 ? RIGHT : `wrong-${n}`));
    await Promise.all(burst.map((password) => attemptSignIn({ email, password, address: ip }, verify)));
    expect(compared.filter((password) => password !== RIGHT).length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT_ADDRESS);
  });

  it("a stranger's wrong passwords lock out only the stranger's address; the owner's success clears none of them", async () => {
    const email = await account();
    const stranger = address();
    for (let n = 0; n < SIGN_IN_PER_ACCOUNT_ADDRESS; n += 1) await attemptSignIn({ email, password: `guess-${n}`, address: stranger });
    expect(await attemptSignIn({ email, password: RIGHT, address: stranger })).toMatchObject({ ok: false, reason: "throttled" });

    expect(await attemptSignIn({ email, password: RIGHT, address: address() })).toMatchObject({ ok: true });
    expect(await attemptSignIn({ email, password: "guess-again", address: stranger })).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("the owner's own sign-ins do not count: many in a row from one address all succeed", async () => {
    const email = await account();
    const ip = address();
    for (let n = 0; n < SIGN_IN_PER_ACCOUNT_ADDRESS * 3; n += 1) {
      expect(await attemptSignIn({ email, password: RIGHT, address: ip })).toMatchObject({ ok: true });
    }
  });

  it("guessing spread over many addresses is slowed down for the account, never locked: the owner gets in once the delay has run", async () => {
    const email = await account();
    for (let n = 0; n < SIGN_IN_ACCOUNT_FREE; n += 1) {
      expect(await attemptSignIn({ email, password: `spread-${n}`, address: address() })).toMatchObject({ ok: false, reason: "badCredentials" });
    }
    // After the free ones, each attempt must wait a growing delay after the previous: 1, 2, 4 … s.
    // The test lets each delay run out at once (endSlotDelay) instead of waiting, up to the cap.
    const key = signInSlots(email, "any").account.key;
    for (let n = 0; n < 7; n += 1) {
      await endSlotDelay(key);
      expect(await attemptSignIn({ email, password: `spread-late-${n}`, address: address() })).toMatchObject({ ok: false, reason: "badCredentials" });
    }
    const { verify, compared } = countingVerify();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, n) => attemptSignIn({ email, password: `spread-burst-${n}`, address: address() }, verify)));
    expect(burst.every((o) => !o.ok && o.reason === "slowDown")).toBe(true);
    expect(compared).toEqual([]);

    const owner = address();
    const slowed = await attemptSignIn({ email, password: RIGHT, address: owner });
    expect(slowed).toMatchObject({ ok: false, reason: "slowDown" });
    // The longest wait is a minute, not a 15-minute lockout.
    expect(!slowed.ok && slowed.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_ACCOUNT_DELAY_MAX_SECONDS);
    await endSlotDelay(key);
    expect(await attemptSignIn({ email, password: RIGHT, address: owner })).toMatchObject({ ok: true });
  });
});
