import "server-only";
import { publicBaseUrl as chooseBase } from "@/lib/domain/publication";
import { httpOrigin } from "@/lib/server/http/public-url";
import { publicUrlBases } from "@/lib/server/http/public-url-bases";

/**
 * The canonical base of a workspace's public pages (canonical links, og:url, og:image, JSON-LD, feeds): the
 * same choice the publish workflow makes for the URL it shows the editor (lib/domain/publication.ts
 * publicBaseUrl), from this request's addresses (lib/server/http/public-url-bases.ts).
 */
export function publicBaseUrl(request: Request, workspaceBaseUrl: string | null): string {
  return chooseBase({ ...publicUrlBases(request), workspace: httpOrigin(workspaceBaseUrl) });
}
