import "server-only";
import { httpOrigin, PUBLIC_URL_SETTING } from "@/lib/server/http/public-url";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import type { PublicUrlBases } from "@/lib/domain/publication";

/**
 * The addresses a public fact-check's URL is made from, for this request: CLAIMBENCH_PUBLIC_URL alone (not
 * NEXTAUTH_URL, which is where the app is signed into) overrides a workspace's public base URL setting;
 * the app's own address is the fallback, as for every other link.
 */
export function publicUrlBases(source: Parameters<typeof requestBaseUrl>[0]): PublicUrlBases {
  return { instance: httpOrigin(process.env[PUBLIC_URL_SETTING]), app: requestBaseUrl(source) };
}
