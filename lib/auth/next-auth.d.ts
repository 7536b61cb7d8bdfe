import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    /** The user's session version when they signed in (lib/auth/session-version.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** Session version the token was issued with; the session ends when the user's moves on. */
    sv?: number;
  }
}
