import "server-only";
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { getPublicFactCheck, getPublicFactCheckValidator, type PublicFactCheck, type PublicPublisher } from "@/lib/data/publications/public-read";
import { renderEmbedPage } from "@/lib/formats/public/embed-page";
import { renderFactCheckPage } from "@/lib/formats/public/fact-check-page";
import { publicUrls, type PublicUrls } from "@/lib/formats/public/public-urls";
import type { PublicFactCheckView, PublicPublisherView } from "@/lib/formats/public/public-views";
import { renderSocialCard } from "@/lib/formats/public/social-card";
import { publicFactCheckParamsSchema } from "@/lib/schemas/public-pages";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { publicBaseUrl } from "./public-base-url";
import { matchesIfNoneMatch, publicBodies, publicEtag, type CachedBody } from "./public-cache";
import { HTML_TYPE, publicGone, publicMissing, publicNotModified, publicOk, withDatabaseCheck } from "./public-responses";

// The three representations of one published fact-check: its page, its embed and its social card. Each
// request reads the validator first (one query); a matching If-None-Match is answered 304 there, a body
// cached under the same validator is sent as is, and only otherwise is the fact-check read and rendered.

export type FactCheckRepresentation = "page" | "embed" | "card";

export const publisherView = (publisher: PublicPublisher): PublicPublisherView => ({ slug: publisher.slug, name: publisher.name, logoUrl: httpUrlOrNull(publisher.logoUrl) });

export const factCheckView = (publication: PublicFactCheck): PublicFactCheckView => ({
  id: publication.id,
  publisher: publisherView(publication.publisher),
  factCheck: publication.factCheck,
  publishedAt: publication.publishedAt,
  lastPublishedAt: publication.lastPublishedAt,
  underReview: publication.underReview,
  corrections: publication.corrections,
});

function render(kind: FactCheckRepresentation, view: PublicFactCheckView, urls: PublicUrls): CachedBody {
  if (kind === "card") {
    const { claim, rating } = view.factCheck;
    return { body: renderSocialCard({ statement: claim.statement, direction: claim.direction, ratingLabel: rating.label, ratingColour: rating.colour, publisher: view.publisher.name }), contentType: "image/png" };
  }
  return { body: kind === "page" ? renderFactCheckPage(view, urls) : renderEmbedPage(view, urls), contentType: HTML_TYPE };
}

export function serveFactCheck(kind: FactCheckRepresentation, request: Request, rawParams: unknown): Promise<Response> {
  return withDatabaseCheck(async () => {
    const params = publicFactCheckParamsSchema.safeParse(rawParams);
    if (!params.success) return publicMissing();
    const where = { slug: params.data.workspace, id: params.data.id };
    // What else shapes the bytes besides the validator: which representation, and the address they were
    // asked at (absolute links use it when no public URL is configured).
    const variant = [kind, requestBaseUrl(request)];

    const check = await getPublicFactCheckValidator(where);
    if (check.state === "gone") return publicGone();
    if (check.state === "missing") return publicMissing();
    const etag = publicEtag(check.validator, ...variant);
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return publicNotModified(etag);
    const cached = publicBodies.get(etag);
    if (cached) return publicOk(cached, etag);

    const found = await getPublicFactCheck(where);
    if (found.state === "gone") return publicGone();
    if (found.state === "missing") return publicMissing();
    const { publication } = found;
    // The full read's own validator names what was rendered (it may be newer than the check above).
    const renderedEtag = publicEtag(publication.validator, ...variant);
    const urls = publicUrls(publicBaseUrl(request, publication.publisher.baseUrl), publication.publisher.slug);
    const body = render(kind, factCheckView(publication), urls);
    publicBodies.set(renderedEtag, body);
    return publicOk(body, renderedEtag);
  });
}
