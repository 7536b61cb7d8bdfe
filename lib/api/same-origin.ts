// A multipart form is one of the bodies a page on another site may send with the user's cookies (a
// JSON body is not: lib/api/body.ts refuses any other type). So an API upload authenticated by the
// session cookie must come from a page of this app: its Origin names this host, as the browser
// reached it (Host) or as the app is published (NEXTAUTH_URL, for a proxy that rewrites Host). A
// bearer token is not sent by browsers on their own, so token requests need no such check.
// (The app's own upload routes have their check in lib/http; this one is the API's.)

export function isSameOriginRequest(request: Request, publicUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null" || !URL.canParse(origin)) return false;
  const originHost = new URL(origin).host.toLowerCase();
  const hosts = [request.headers.get("host"), publicUrl && URL.canParse(publicUrl) ? new URL(publicUrl).host : null];
  return hosts.some((host) => typeof host === "string" && host.toLowerCase() === originHost);
}

export const CROSS_SITE_UPLOAD_MESSAGE =
  "Uploads with the session cookie must come from this app's own pages. A script should send an API token instead: Authorization: Bearer <token>.";
