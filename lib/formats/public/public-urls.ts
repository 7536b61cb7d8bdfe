// The addresses of a workspace's public pages, from its canonical base URL (see lib/server/public/
// public-base-url.ts for how that base is chosen). One place, so the page, the feeds, the card and the
// JSON-LD never disagree about a URL.

export interface PublicUrls {
  index: string;
  page(id: string): string;
  embed(id: string): string;
  card(id: string): string;
  feed: string;
  dataFeed: string;
}

export function publicUrls(baseUrl: string, slug: string): PublicUrls {
  const root = `${baseUrl}/p/${encodeURIComponent(slug)}`;
  return {
    index: root,
    page: (id) => `${root}/${id}`,
    embed: (id) => `${root}/${id}/embed`,
    card: (id) => `${root}/${id}/card.png`,
    feed: `${root}/feed.xml`,
    dataFeed: `${root}/claimreview.json`,
  };
}
