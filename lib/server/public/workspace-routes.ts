import "server-only";
import { getPublicWorkspaceValidator, listPublicFactChecks, type PublicIndex } from "@/lib/data/publications/public-read";
import { toClaimReviewDataFeed, toPublicationClaimReview } from "@/lib/formats/claimreview-publication";
import { renderAtomFeed } from "@/lib/formats/public/atom-feed";
import { renderIndexPage } from "@/lib/formats/public/index-page";
import { publicUrls, type PublicUrls } from "@/lib/formats/public/public-urls";
import { inputFieldErrors } from "@/lib/schemas/common";
import { PUBLIC_INDEX_PAGE_SIZE, publicIndexQuerySchema, publicWorkspaceParamsSchema } from "@/lib/schemas/public-pages";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { factCheckView, publisherView } from "./fact-check-routes";
import { publicBaseUrl } from "./public-base-url";
import { matchesIfNoneMatch, publicBodies, publicEtag, type CachedBody } from "./public-cache";
import { HTML_TYPE, publicBadRequest, publicMissing, publicNotModified, publicOk, withDatabaseCheck } from "./public-responses";

// A workspace's index, Atom feed and ClaimReview DataFeed. As for one fact-check: one cheap query for the
// validator first (304 or a cached body), then the read and the render. The validator is read before the
// list, so a change in between gives a body newer than its ETag, never older: the next request revalidates.

type Query = { q?: string; limit: number; offset: number };
/** One page of the list, with the addresses made from the publisher's canonical base. */
type Read = (query: Query) => Promise<{ index: PublicIndex; urls: PublicUrls } | null>;
type Build = (read: Read) => Promise<CachedBody | null>;

async function serveWorkspace(request: Request, rawParams: unknown, variant: string[], build: Build): Promise<Response> {
  return withDatabaseCheck(async () => {
    const params = publicWorkspaceParamsSchema.safeParse(rawParams);
    if (!params.success) return publicMissing();
    const slug = params.data.workspace;
    const validator = await getPublicWorkspaceValidator({ slug });
    if (validator === null) return publicMissing();
    const etag = publicEtag(validator, ...variant, requestBaseUrl(request));
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return publicNotModified(etag);
    const cached = publicBodies.get(etag);
    if (cached) return publicOk(cached, etag);

    const read: Read = async (query) => {
      const index = await listPublicFactChecks({ slug, ...query });
      return index ? { index, urls: publicUrls(publicBaseUrl(request, index.publisher.baseUrl), slug) } : null;
    };
    const body = await build(read);
    if (!body) return publicMissing();
    publicBodies.set(etag, body);
    return publicOk(body, etag);
  });
}

export function serveIndex(request: Request, rawParams: unknown): Promise<Response> {
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const fieldErrors = inputFieldErrors(search);
  const query = publicIndexQuerySchema.safeParse(search);
  if (fieldErrors || !query.success) {
    const message = fieldErrors ? Object.values(fieldErrors).flat()[0] : query.error?.issues[0]?.message;
    return Promise.resolve(publicBadRequest(message ?? "The address holds a query this page does not understand.", new URL(request.url).pathname));
  }
  const { q, page } = query.data;
  return serveWorkspace(request, rawParams, ["index", q, String(page)], async (read) => {
    const found = await read({ q, limit: PUBLIC_INDEX_PAGE_SIZE, offset: (page - 1) * PUBLIC_INDEX_PAGE_SIZE });
    if (!found) return null;
    const { index, urls } = found;
    const body = renderIndexPage({ publisher: publisherView(index.publisher), items: index.items.map(factCheckView), total: index.total, q, page, pageSize: PUBLIC_INDEX_PAGE_SIZE }, urls);
    return { body, contentType: HTML_TYPE };
  });
}

const BATCH = 200;

/** Every live fact-check of the workspace, newest first, read in batches. */
async function everyLive(read: Read): Promise<{ all: PublicIndex; urls: PublicUrls } | null> {
  const first = await read({ limit: BATCH, offset: 0 });
  if (!first) return null;
  const items = [...first.index.items];
  while (items.length < first.index.total) {
    const next = await read({ limit: BATCH, offset: items.length });
    if (!next || next.index.items.length === 0) break;
    items.push(...next.index.items);
  }
  return { all: { ...first.index, items }, urls: first.urls };
}

export function serveAtomFeed(request: Request, rawParams: unknown): Promise<Response> {
  return serveWorkspace(request, rawParams, ["atom"], async (read) => {
    const found = await everyLive(read);
    if (!found) return null;
    const { all, urls } = found;
    return { body: renderAtomFeed({ publisher: publisherView(all.publisher), items: all.items.map(factCheckView) }, urls), contentType: "application/atom+xml; charset=utf-8" };
  });
}

export function serveDataFeed(request: Request, rawParams: unknown): Promise<Response> {
  return serveWorkspace(request, rawParams, ["datafeed"], async (read) => {
    const found = await everyLive(read);
    if (!found) return null;
    const { all, urls } = found;
    const publisher = publisherView(all.publisher);
    const entries = all.items.map((item) => ({
      review: toPublicationClaimReview({ factCheck: item.factCheck, publisher, url: urls.page(item.id), publishedAt: item.publishedAt, lastPublishedAt: item.lastPublishedAt }),
      publishedAt: item.publishedAt,
      lastPublishedAt: item.lastPublishedAt,
    }));
    const feed = toClaimReviewDataFeed({ name: `${publisher.name} fact-checks`, url: urls.dataFeed, publisher, entries });
    return { body: `${JSON.stringify(feed, null, 2)}\n`, contentType: "application/ld+json; charset=utf-8" };
  });
}
