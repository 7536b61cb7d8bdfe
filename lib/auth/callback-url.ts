/** Where a sign-in goes when its callbackUrl is missing or not a page of this site. */
export const DEFAULT_CALLBACK_PATH = "/w";

// Stands in for the app's origin when the caller does not know it: relative values resolve against it,
// and anything that lands on another origin is refused. ".invalid" can never be a real host (RFC 2606).
const PLACEHOLDER_ORIGIN = "http://claimbench.invalid";

// C0 controls, DEL and C1 controls. The URL parser silently drops tab, CR and LF ("/\t/evil.example"
// parses as "//evil.example"), and browsers do the same to a Location header, so a value holding any
// of them is refused before parsing rather than cleaned.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A crafted ?callbackUrl= must not send a user to another site after sign-in. The value is parsed as
 * a URL against the app's origin (`appOrigin`, e.g. NEXTAUTH_URL; absolute URLs are accepted only on
 * that origin) and only its path, query and hash are kept, percent-encoded by the parser, so the
 * result is always an ASCII path of this site: safe for a Location header (a raw Arabic query string
 * there was a 500) and for the client router.
 */
export function safeCallbackUrl(value: unknown, appOrigin?: string): string {
  if (typeof value !== "string" || value === "" || value.length > 4096 || CONTROL_CHARACTERS.test(value)) return DEFAULT_CALLBACK_PATH;
  const origin = originOf(appOrigin) ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  // "//evil.example", "/\evil.example" and "https://evil.example" parse to another origin;
  // "javascript:…" and "data:…" to the opaque origin "null".
  if (url.origin !== origin) return DEFAULT_CALLBACK_PATH;
  // Dot segments can leave a path that starts with "//" ("/.//evil.example"): as a Location or a
  // client-side navigation that is a protocol-relative URL to another host.
  if (url.pathname.startsWith("//")) return DEFAULT_CALLBACK_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const { origin } = new URL(value);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}
