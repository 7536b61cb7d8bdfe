// How sign-in attempts are limited. Each attempt takes a slot of every limit before its password is
// compared (bcrypt), and a sign-in that succeeds gives its slots back, so only failures add up.
//
// The limits, and why these three:
// - per account AND address (5 per 15 minutes): guessing one account's password from one place.
//   Counted per pair, so a stranger who types five wrong passwords for someone's email locks out
//   only the stranger's own address, never the owner at theirs (the lockout-as-denial-of-service a
//   per-account hard limit would be).
// - per address (30 per 15 minutes): one address trying many accounts (password spraying).
// - per account from all addresses (a growing delay, never a lockout): guessing spread over many
//   addresses. The first 10 attempts of a window go at once; after that each attempt must come
//   1, 2, 4 … seconds (at most 60) after the one before. Distributed guessing is slowed to about one
//   try a minute, while the owner, at worst, waits a minute, not 15.
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_PER_ACCOUNT_ADDRESS = 5;
export const SIGN_IN_PER_ADDRESS = 30;
export const SIGN_IN_ACCOUNT_FREE = 10;
export const SIGN_IN_ACCOUNT_DELAY_MAX_SECONDS = 60;

export interface SignInSlots {
  accountAddress: { kind: "cap"; key: string; max: number; windowSeconds: number };
  address: { kind: "cap"; key: string; max: number; windowSeconds: number };
  account: { kind: "delay"; key: string; free: number; baseSeconds: number; maxSeconds: number; windowSeconds: number };
}

export function signInSlots(email: string, address: string): SignInSlots {
  const windowSeconds = SIGN_IN_WINDOW_SECONDS;
  return {
    accountAddress: { kind: "cap", key: `sign-in:pair:${email}|${address}`, max: SIGN_IN_PER_ACCOUNT_ADDRESS, windowSeconds },
    address: { kind: "cap", key: `sign-in:ip:${address}`, max: SIGN_IN_PER_ADDRESS, windowSeconds },
    account: {
      kind: "delay",
      key: `sign-in:account:${email}`,
      free: SIGN_IN_ACCOUNT_FREE,
      baseSeconds: 1,
      maxSeconds: SIGN_IN_ACCOUNT_DELAY_MAX_SECONDS,
      windowSeconds,
    },
  };
}
