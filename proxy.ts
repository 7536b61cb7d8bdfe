import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db/health";
import { DATABASE_RETRY_SECONDS, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { apiPolicyFor, HSTS_VALUE, isHttpsRequest, isPublicPath, newNonce, NONCE_HEADER, pagePolicy, PERMISSIONS_POLICY, publicPolicyFor } from "@/lib/server/http/security-headers";

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
export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(NONCE_HEADER);
  requestHeaders.delete("content-security-policy");
  const isHttps = isHttpsRequest({ protocol: request.nextUrl.protocol, forwardedProto: request.headers.get("x-forwarded-proto"), publicUrl: process.env.CLAIMBENCH_PUBLIC_URL || process.env.NEXTAUTH_URL });

  // A route's own Content-Security-Policy would lose to this one (Next keeps the proxy's), so the
  // capture downloads' sandbox is chosen here.
  let policy = apiPolicyFor(request.nextUrl.pathname);
  // The public pages have their own fixed policy and no nonce (they run no script), and no database
  // probe here: their routes read the database themselves and answer 503 when it is away.
  if (isPublicPath(request.nextUrl.pathname)) policy = publicPolicyFor(request.nextUrl.pathname);
  else if (!request.nextUrl.pathname.startsWith("/api/")) {
    const nonce = newNonce();
    policy = pagePolicy({ nonce, isDev: process.env.NODE_ENV === "development", isHttps });
    // The API says the same in its JSON errors (lib/errors.ts); a page would otherwise be a 500.
    if (!(await databaseReachable())) return withHeaders(databaseUnavailablePage(), policy, isHttps);
    requestHeaders.set(NONCE_HEADER, nonce);
    requestHeaders.set("content-security-policy", policy);
  }

  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy, isHttps);
}

function withHeaders(response: Response, policy: string, isHttps: boolean): Response {
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (isHttps) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

function databaseUnavailablePage(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Claimbench is unavailable</title></head><body><main><h1>The database is unavailable</h1><p>${DATABASE_UNAVAILABLE_MESSAGE}</p><p>This page will work again as soon as the database is back: reload it in a moment. Nothing you saved before is lost.</p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(DATABASE_RETRY_SECONDS), "Cache-Control": "no-store" } });
}

export const config = {
  // Everything but the build's static files, which are never rendered as documents. Unlike Next's
  // example, prefetches are not skipped: no request reaches a render with the client's own policy header.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
