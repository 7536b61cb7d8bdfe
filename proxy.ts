import { NextResponse, type NextRequest } from "next/server";
import { API_POLICY, HSTS_VALUE, isHttpsRequest, newNonce, NONCE_HEADER, pagePolicy, PERMISSIONS_POLICY } from "@/lib/http/security-headers";

/**
 * Next 16's proxy (formerly middleware): the Content-Security-Policy of every answer, with a fresh
 * nonce per page request, the Permissions-Policy, and HSTS when served over https (the fixed headers
 * are in next.config.js). It does no access control: pages, actions and route handlers check the
 * session themselves.
 *
 * Next reads the nonce for its own scripts from the *request's* Content-Security-Policy header, so
 * the policy is set on the request passed on as well as on the response. Both request headers are
 * always overwritten (or removed), so a nonce or policy sent by the client never reaches the render.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(NONCE_HEADER);
  requestHeaders.delete("content-security-policy");
  const isHttps = isHttpsRequest({ protocol: request.nextUrl.protocol, forwardedProto: request.headers.get("x-forwarded-proto"), publicUrl: process.env.NEXTAUTH_URL });

  let policy = API_POLICY;
  if (!request.nextUrl.pathname.startsWith("/api/")) {
    const nonce = newNonce();
    policy = pagePolicy({ nonce, isDev: process.env.NODE_ENV === "development", isHttps });
    requestHeaders.set(NONCE_HEADER, nonce);
    requestHeaders.set("content-security-policy", policy);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (isHttps) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  // Everything but the build's static files, which are never rendered as documents. Unlike Next's
  // example, prefetches are not skipped: no request reaches a render with the client's own policy header.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
