// The Content-Security-Policy and the other per-request security headers, set by proxy.ts on every
// page and API answer. Pure functions (no Node APIs): proxy.ts may run on either runtime.

/** The request header that carries this request's nonce to server components (never the client's own). */
export const NONCE_HEADER = "x-nonce";

/**
 * 16 random bytes, base64: unguessable and new for every request, so a script injected into a page
 * cannot carry the right nonce. Web Crypto, available to both of Next's runtimes.
 */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy. Scripts: only those carrying this request's nonce (Next puts it on its own
 * inline and bundle scripts, reading it from the request's Content-Security-Policy header), and what
 * they load ('strict-dynamic'; 'self' is for browsers without CSP 3). No 'unsafe-inline', and
 * 'unsafe-eval' only in development, where React rebuilds server error stacks with eval.
 *
 * Styles: stylesheets from this origin and <style> elements with the nonce; style *attributes* are
 * allowed ('unsafe-inline' on style-src-attr only) because server-rendered React writes them for
 * rating colours, chart bars and highlight widths. Attributes cannot hold selectors, so they cannot
 * be used to read the page the way an injected <style> element can. Browsers without style-src-attr
 * (Safari before 15.4) fall back to style-src and drop those colours; nothing else breaks.
 * In development Next injects unnonced <style> elements for hot reload, hence 'unsafe-inline' there.
 */
export function pagePolicy({ nonce, isDev = false, isHttps = false }: { nonce: string; isDev?: boolean; isHttps?: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    isDev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on plain http (a LAN install) it would send the app's own assets to a port
    // that does not answer.
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Everything under /api answers JSON or files, never a page of the app: nothing may load in it and
 * nobody may frame it. form-action 'self' keeps next-auth's plain fallback pages (/api/auth/signout)
 * usable, unstyled, for someone who lands on them.
 */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * A capture's original (GET …/captures/{captureId}/original) is someone else's page, scripts and all. It is
 * sent as a download, but should a browser ever render it, the sandbox gives it an opaque origin with no
 * scripts, forms or plugins, and nothing may load: it can never act as a page of this site.
 */
export const CAPTURE_ORIGINAL_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The policy of an answer under /api: the capture originals' sandbox, or the API's. */
export function apiPolicyFor(pathname: string): string {
  return /^\/api\/v1\/workspaces\/[^/]+\/articles\/[^/]+\/captures\/[^/]+\/original\/?$/.test(pathname) ? CAPTURE_ORIGINAL_POLICY : API_POLICY;
}

/**
 * The public pages (/p/..., issue 19): a fixed policy with no nonce, since they run no script at all
 * (there is no script-src, so default-src 'none' forbids every script; the JSON-LD block is data, which
 * browsers do not execute). Styles from the serving origin only, plus style attributes for the rating's
 * colour (attributes hold no selectors, as for the app's pages); images from anywhere over https (the
 * publisher's logo). Nobody may frame them but the embed, below.
 */
export const PUBLIC_PAGE_POLICY = "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The embeddable verdict card (/p/{workspace}/{id}/embed): the same, but any site may put it in an iframe. */
export const PUBLIC_EMBED_POLICY = PUBLIC_PAGE_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *");

export const isPublicPath = (pathname: string) => pathname === "/p" || pathname.startsWith("/p/");

/** The policy of a public path: only the embed may be framed. */
export function publicPolicyFor(pathname: string): string {
  return /^\/p\/[^/]+\/[^/]+\/embed\/?$/.test(pathname) ? PUBLIC_EMBED_POLICY : PUBLIC_PAGE_POLICY;
}

/** Powerful browser features the app never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Two years, with subdomains, as browsers' preload lists expect of a site that is https only. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * Whether this request reached the app over https: directly, through a proxy that says so in
 * X-Forwarded-Proto, or because the app's public address (NEXTAUTH_URL) is https. Believing
 * X-Forwarded-Proto without a trusted proxy is safe for this one use: a browser ignores
 * Strict-Transport-Security received over plain http (RFC 6797 §8.1), so a forged "https" there
 * cannot pin anyone to https.
 */
export function isHttpsRequest({ protocol, forwardedProto, publicUrl }: { protocol?: string; forwardedProto?: string | null; publicUrl?: string }): boolean {
  if (protocol === "https:") return true;
  if (forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

/**
 * The fixed headers next.config.js's headers() puts on every answer (X-Frame-Options on all but the public
 * embed). Repeated here for answers made outside Next (the events stream's Node handler); a test compares
 * the two.
 */
export const FIXED_API_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** What proxy.ts and next.config.js together set on an answer under /api, for one made outside Next. */
export function apiAnswerHeaders(pathname: string, isHttps: boolean): Record<string, string> {
  return {
    ...FIXED_API_HEADERS,
    "Content-Security-Policy": apiPolicyFor(pathname),
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(isHttps ? { "Strict-Transport-Security": HSTS_VALUE } : {}),
  };
}
