import { AppError } from "@/lib/errors";
import { configuredPublicUrl } from "@/lib/server/http/public-url";

/**
 * Cross-site request forgery guard for route handlers that change data with the session cookie
 * (the multipart uploads: server actions get the same check from Next itself, route handlers do not).
 *
 * It follows Next's check for server actions (next/dist/server/app-render/action-handler.js): the
 * host of the `Origin` header must equal the first `X-Forwarded-Host` value or the `Host` header.
 * A browser cannot forge either of those on a cross-origin request without a CORS preflight, which
 * this app never grants. On top of that, Fetch Metadata: a `Sec-Fetch-Site` other than
 * `same-origin` is refused even when the hosts agree.
 *
 * No `Origin` and no `Sec-Fetch-Site` at all: allowed. Every browser that sends cookies on a
 * cross-origin POST also sends `Origin` (and current ones `Sec-Fetch-Site`), so such a request comes
 * from curl, a script or a very old browser; a cookie it holds was handed to it by its owner, and
 * refusing it would only break scripts. A request with `Sec-Fetch-Site` but no `Origin` is one that
 * current browsers do not send for a POST: it cannot be told apart from a forged one, so it is refused.
 */
export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(headers: Headers, { publicUrl }: { publicUrl?: string } = {}): OriginVerdict {
  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite && fetchSite !== "same-origin") return { ok: false, reason: `it was sent from another site (Sec-Fetch-Site: ${fetchSite})` };
  if (origin === null) {
    return fetchSite ? { ok: false, reason: "the browser did not say which site sent it (no Origin header)" } : { ok: true };
  }
  const originHost = hostOf(origin);
  if (!originHost) return { ok: false, reason: "its Origin header is not a web address" };
  if (originHost === forwardedHost(headers) || originHost === headers.get("host")?.toLowerCase()) return { ok: true };
  // The public address the app is configured with (CLAIMBENCH_PUBLIC_URL or NEXTAUTH_URL) also counts: a proxy that rewrites
  // Host without setting X-Forwarded-Host would otherwise make every upload fail.
  if (publicUrl && hostOf(publicUrl) === originHost) return { ok: true };
  return { ok: false, reason: `it was sent from another site (${truncate(origin)})` };
}

/** What a refused upload from the app's own forms is told to do. */
export const FROM_APP_PAGES = "Upload from Claimbench's own pages. If Claimbench is behind a proxy, make the proxy pass the Host (or X-Forwarded-Host) the browser used.";

/**
 * For route handlers that take an upload with the session cookie: throws the 403 (FORBIDDEN, in the
 * one error shape once answered) saying why it was refused and, in `advice`, what to do instead.
 */
export function requireSameOrigin(request: Request, advice = FROM_APP_PAGES): void {
  const verdict = checkSameOrigin(request.headers, { publicUrl: configuredPublicUrl() ?? undefined });
  if (!verdict.ok) throw new AppError("FORBIDDEN", `This upload was refused because ${verdict.reason}. ${advice}`);
}

function hostOf(value: string): string | null {
  // Origin "null" (sandboxed frames, file: pages, some redirects) is never this site.
  if (value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

function forwardedHost(headers: Headers): string | undefined {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase() || undefined;
}

function truncate(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}
