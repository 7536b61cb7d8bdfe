import "server-only";
import { getDb } from "@/lib/db/client";
import { articleScope, type Actor } from "../scope";

/**
 * The article of the workspace stored at this address, if any (members of the workspace). Import by
 * URL asks before fetching, so a page already here is not fetched again; the address is looked up as
 * given and as a URL parser writes it ("HTTPS://Example.org" is stored as "https://example.org/").
 */
export async function findArticleByUrl({ actor, slug, url }: { actor: Actor; slug: string; url: string }): Promise<{ id: string; title: string } | null> {
  const forms = [url, ...(URL.canParse(url) ? [new URL(url).href] : [])];
  return getDb().article.findFirst({ where: { ...articleScope(actor, slug), url: { in: forms } }, select: { id: true, title: true } });
}
