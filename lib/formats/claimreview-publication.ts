// The ClaimReview JSON-LD of a published fact-check (issue 19): on its public page, in the workspace's
// DataFeed. Built only from the published snapshot and the publisher, never from the live claim, so the
// markup says what the page says. Google's required properties (claimReviewed, reviewRating with
// alternateName, url) and recommended ones (author, datePublished, itemReviewed as a Claim with author
// and appearance) are all here; lib/formats/claimreview-publication.test.ts checks them with the
// project's validateClaimReview and with a JSON Schema of those properties (a test fixture, as the import
// rules keep test-only files out of lib/: scripts/test-support/claimreview-publication.schema.json).
//
// Decisions (as in claimreview-export.ts, whose claimantType this reuses):
// - A rating with an ordinal and a scale carries ratingValue/bestRating/worstRating; one without (say
//   "Unverifiable") carries alternateName only, since a number would place it on a scale it is not on.
// - datePublished is the first publication's day; dateModified the last republication's instant.
// - Only http(s) addresses are emitted: a javascript: one would run wherever the markup is shown.
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { claimantType } from "@/lib/formats/claimreview-export";
import type { PublishedFactCheck } from "@/lib/schemas/publication";

type Json = Record<string, unknown>;

export interface ClaimReviewPublisher {
  name: string;
  logoUrl: string | null;
}

export interface ClaimReviewPublicationInput {
  factCheck: PublishedFactCheck;
  publisher: ClaimReviewPublisher;
  /** The public page's absolute URL. */
  url: string;
  publishedAt: Date;
  lastPublishedAt: Date;
}

const day = (iso: string) => iso.slice(0, 10);

export function publisherOrganization({ name, logoUrl }: ClaimReviewPublisher): Json {
  const logo = httpUrlOrNull(logoUrl);
  return { "@type": "Organization", name, ...(logo ? { logo: { "@type": "ImageObject", url: logo } } : {}) };
}

function reviewRating(rating: PublishedFactCheck["rating"]): Json {
  const { label, ordinal, worst, best } = rating;
  if (ordinal === null || worst === null || best === null) return { "@type": "Rating", alternateName: label };
  return { "@type": "Rating", ratingValue: ordinal, bestRating: best, worstRating: worst, alternateName: label };
}

function itemReviewed({ claim, article }: PublishedFactCheck): Json {
  const articleUrl = httpUrlOrNull(article.url);
  const published = claim.claimDate ?? article.publishedAt;
  const appearance: Json = {
    "@type": "CreativeWork",
    ...(articleUrl ? { url: articleUrl } : {}),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
    ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
    ...(article.author ? { author: { "@type": claimantType(article.author), name: article.author } } : {}),
  };
  // Without a named claimant, the article's publisher is who put the claim into the world.
  const claimant = claim.claimant ?? article.publisher;
  return {
    "@type": "Claim",
    ...(claimant ? { author: { "@type": claimantType(claimant), name: claimant } } : {}),
    ...(published ? { datePublished: day(published) } : {}),
    ...(claim.language ? { inLanguage: claim.language } : {}),
    appearance,
  };
}

/** The ClaimReview object of one published fact-check. */
export function toPublicationClaimReview({ factCheck, publisher, url, publishedAt, lastPublishedAt }: ClaimReviewPublicationInput): Json {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: factCheck.claim.statement,
    headline: factCheck.headline,
    reviewBody: factCheck.summary,
    datePublished: day(publishedAt.toISOString()),
    dateModified: lastPublishedAt.toISOString(),
    author: publisherOrganization(publisher),
    reviewRating: reviewRating(factCheck.rating),
    itemReviewed: itemReviewed(factCheck),
  };
}

export interface DataFeedEntry {
  review: Json;
  publishedAt: Date;
  lastPublishedAt: Date;
}

/**
 * The workspace's DataFeed: every live ClaimReview, each in a DataFeedItem with its dates, the shape of
 * the ClaimReview feeds that fact-check aggregators (Google's Fact Check tools, Data Commons) ingest.
 */
export function toClaimReviewDataFeed({ name, url, publisher, entries }: { name: string; url: string; publisher: ClaimReviewPublisher; entries: DataFeedEntry[] }): Json {
  const newest = entries.reduce<Date | null>((max, entry) => (max === null || entry.lastPublishedAt > max ? entry.lastPublishedAt : max), null);
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name,
    url,
    ...(newest ? { dateModified: newest.toISOString() } : {}),
    publisher: publisherOrganization(publisher),
    dataFeedElement: entries.map(({ review, publishedAt, lastPublishedAt }) => {
      const { "@context": _context, ...item } = review;
      return { "@type": "DataFeedItem", dateCreated: publishedAt.toISOString(), dateModified: lastPublishedAt.toISOString(), item: [item] };
    }),
  };
}
