import "server-only";
import { httpOrigin, PUBLIC_URL_SETTING } from "@/lib/server/http/public-url";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";

/**
 * The canonical base of a workspace's public pages (canonical links, og:url, og:image, JSON-LD, feeds):
 * CLAIMBENCH_PUBLIC_URL when set (the operator's word wins), else the workspace's public base URL
 * setting, else the app's address as for every other absolute link (NEXTAUTH_URL, then the request's).
 */
export function publicBaseUrl(request: Request, workspaceBaseUrl: string | null): string {
  return httpOrigin(process.env[PUBLIC_URL_SETTING]) ?? httpOrigin(workspaceBaseUrl) ?? requestBaseUrl(request);
}
