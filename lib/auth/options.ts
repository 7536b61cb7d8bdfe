import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/server/http/client-address";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/schemas/auth";
import { safeCallbackUrl } from "./callback-url";
import { endSessions, isSessionCurrent } from "./session-version";
import { attemptSignIn } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Thrown from the jwt callback for a token whose session has ended; next-auth then clears the cookie. */
class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

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
        const outcome = await attemptSignIn({ ...parsed.data, address: clientAddress(req?.headers ?? {}) });
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionVersion: outcome.user.sessionVersion };
        if (outcome.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
        if (outcome.reason === "slowDown") throw new Error(SIGN_IN_ERRORS.slowDown);
        return null;
      },
    }),
  ],
  callbacks: {
    // The same rule as the login page: only a path of this site, never another origin (issue 20 #5).
    redirect({ url, baseUrl }) {
      return `${baseUrl.replace(/\/+$/, "")}${safeCallbackUrl(url, baseUrl)}`;
    },
    // Runs for every request that reads the session (pages, actions, the API, /api/auth/session).
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      if (!token.sub || !(await isSessionCurrent(token.sub, token.sv))) throw new SessionEndedError();
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Signing out ends the session for good, not just the cookie in this browser: the token's
    // version is retired, so a copy of the cookie stops working too (on every device of the user).
    async signOut({ token }) {
      if (token?.sub) await endSessions(token.sub, typeof token.sv === "number" ? token.sv : 0);
    },
  },
  logger: {
    // next-auth logs a failed authorize() as an error with the code as its message, and an ended
    // session as a JWT error; those are expected outcomes, not faults, so they stay out of the log.
    error(code, metadata) {
      if (code === "CREDENTIALS_SIGNIN_ERROR" || code === "CLIENT_FETCH_ERROR") return;
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: string } | undefined)?.name === "SessionEndedError") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn() {},
    debug() {},
  },
};
