import "server-only";

// The address links to this app are made with (an invitation, a password link): the configured public
// address when there is one, else the one the request came in on, so a link never says "localhost" to
// someone who opened the app by another name. (Issue 15 part 4 makes this one rule for every link;
// this is the part invitations need.)
export function linkBaseUrl(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CLAIMBENCH_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  // Host, not X-Forwarded-Host: a header any client can set must not choose where links point.
  const host = headers.get("host") || "localhost";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (env.NEXTAUTH_URL?.startsWith("https:") ? "https" : "http");
  return `${proto}://${host}`;
}
