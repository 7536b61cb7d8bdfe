import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { countHit, clearHits, secondsUntilAllowed, type Limit } from "@/lib/data/rate-limits";
import { verifyCredentials } from "@/lib/data/users";
import { safeCallbackUrl } from "./callback-url";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/schemas/auth";

// Failed attempts are throttled per account (guessing one password) and per address (trying many
// accounts). Only failures count, so a desk signing in from one office address is never locked out.
const WINDOW_SECONDS = 15 * 60;
const accountLimit = (email: string): Limit => ({ key: `sign-in:account:${email}`, max: 5, windowSeconds: WINDOW_SECONDS });
const addressLimit = (ip: string): Limit => ({ key: `sign-in:ip:${ip}`, max: 30, windowSeconds: WINDOW_SECONDS });

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalidInput);
        const { email, password } = parsed.data;
        const limits = [accountLimit(email), addressLimit(clientAddress(req?.headers))];

        for (const limit of limits) {
          if ((await secondsUntilAllowed(limit)) > 0) throw new Error(SIGN_IN_ERRORS.throttled);
        }
        const user = await verifyCredentials({ email, password });
        if (!user) {
          await Promise.all(limits.map(countHit));
          return null;
        }
        await clearHits(limits[0]!.key);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // The same rule as the login page: only a path of this site, never another origin (issue 20 #5).
    redirect({ url, baseUrl }) {
      return `${baseUrl.replace(/\/+$/, "")}${safeCallbackUrl(url, baseUrl)}`;
    },
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // next-auth logs a failed authorize() as an error with the code as its message; those are
    // expected outcomes, not faults, so they are left out of the server log.
    error(code, metadata) {
      if (code === "CREDENTIALS_SIGNIN_ERROR" || code === "CLIENT_FETCH_ERROR") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn() {},
    debug() {},
  },
};

function clientAddress(headers: Record<string, unknown> | undefined): string {
  // The first X-Forwarded-For hop is the client as seen by the nearest proxy. It can be forged when
  // no proxy strips it, which only weakens the per-address limit; the per-account one still holds.
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}
