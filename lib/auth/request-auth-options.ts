import "server-only";
import type { NextAuthOptions } from "next-auth";
import { safeCallbackUrl } from "./callback-url";
import { authOptions } from "./options";

/**
 * next-auth 4 builds the address it redirects to (after sign-in and sign-out) from NEXTAUTH_URL alone,
 * or from whatever Host a client sends when AUTH_TRUST_HOST is set; it never asks which proxies to
 * believe. So its route (app/api/auth/[...nextauth]/route.ts) gets options made per request whose
 * redirect callback uses the app's one base URL (lib/http/request-base-url.ts): the configured public
 * URL, else the address this request came in on. The path is kept to this site as before.
 */
export function authOptionsFor(baseUrl: string): NextAuthOptions {
  return {
    ...authOptions,
    callbacks: {
      ...authOptions.callbacks,
      redirect({ url }) {
        return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
      },
    },
  };
}
