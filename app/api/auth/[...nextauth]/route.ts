import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/request-auth-options";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options per request: the sign-in and sign-out redirects go to the address this request came in on
// (or the configured public URL), not to NEXTAUTH_URL's default (lib/auth/request-auth-options.ts).
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptionsFor(requestBaseUrl(request))) as Promise<Response>;
}

export { handler as GET, handler as POST };
