import { isHttpsRequest } from "@/lib/server/http/security-headers";

// The workspace the clip window imported into last, offered first next time. A cookie of this
// browser rather than a column of the user: it is a convenience of one browser's bookmarklet, and a
// slug that is no longer one of the user's workspaces (or another person's, on a shared browser) is
// simply not offered (app/clip/page.tsx picks from the user's own workspaces only).
export const LAST_CLIP_WORKSPACE_COOKIE = "claimbench-clip-workspace";

/** The Set-Cookie value remembering `slug`, sent only to the clip window's page, for a year. */
export function lastClipWorkspaceCookie(slug: string, request: Request): string {
  const https = isHttpsRequest({ protocol: new URL(request.url).protocol, forwardedProto: request.headers.get("x-forwarded-proto"), publicUrl: process.env.CLAIMBENCH_PUBLIC_URL || process.env.NEXTAUTH_URL });
  return `${LAST_CLIP_WORKSPACE_COOKIE}=${encodeURIComponent(slug)}; Path=/clip; Max-Age=31536000; SameSite=Lax; HttpOnly${https ? "; Secure" : ""}`;
}
