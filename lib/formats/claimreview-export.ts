// Resolved claims as schema.org ClaimReview JSON-LD, one object per claim in a JSON array, following
// Google's fact-check structured data guide (developers.google.com/search/docs/appearance/structured-data/
// factcheck). Required there: claimReviewed, reviewRating (with alternateName, the label shown in search
// results) and url. Recommended: author, datePublished, itemReviewed (a Claim with author, datePublished,
// appearance) and the Rating's ratingValue, bestRating, worstRating.
//
// Decisions:
// - Only resolved claims are reviews; the others are skipped, since a fact-check without a verdict is not one.
// - A rating with an ordinal carries ratingValue with the scale's lowest and highest ordinals as worstRating
//   and bestRating. A rating without one (Unverifiable) carries alternateName only: a number would claim a
//   place on a scale it is not on.
// - ClaimReview's datePublished is the resolution day; the Claim's is the claim date, else the article's.
// - The claimant's type is a guess (see claimantType): the model only has a name.
// - The array is written by hand around per-item JSON.stringify, so output streams claim by claim.
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { ordinalRange, type ReportClaim, type ReportRating, type ReportRatingLevel, type ReportWorkspace } from "@/lib/domain/report-model";

type Json = Record<string, unknown>;

const day = (iso: string) => iso.slice(0, 10);

// Words that name an organisation rather than a person, in English and Arabic (ministry, government,
// organisation, authority, observatory, army, forces, council, party, committee).
const ORGANIZATION_WORDS =
  /\b(?:the|ministry|government|department|agency|office|council|committee|commission|party|army|forces|police|coalition|operation|organi[sz]ation|authority|observatory|institute|university|bank|news|times|press|board|group|association|union|nations|inc|ltd)\b|وزارة|حكومة|منظمة|هيئة|مرصد|جيش|قوات|مجلس|حزب|\d/iu;

/** Organization when the name looks like one ("The New Arab", "Deir Ezzor 24", "وزارة الصحة"), else Person. */
export function claimantType(name: string): "Organization" | "Person" {
  return ORGANIZATION_WORDS.test(name) ? "Organization" : "Person";
}

function reviewRating(rating: ReportRating, range: { worst: number; best: number } | null): Json {
  if (rating.ordinal === null || range === null) return { "@type": "Rating", alternateName: rating.label };
  return { "@type": "Rating", ratingValue: rating.ordinal, bestRating: range.best, worstRating: range.worst, alternateName: rating.label };
}

function appearance(claim: ReportClaim): Json {
  const { article } = claim;
  // Only an http(s) address is emitted: a javascript: or data: one would run where the review is shown.
  const url = httpUrlOrNull(article.url);
  return {
    "@type": "CreativeWork",
    ...(url ? { url } : {}),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: day(article.publishedAt) } : {}),
    ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
  };
}

function itemReviewed(claim: ReportClaim): Json {
  const published = claim.claimDate ?? claim.article.publishedAt;
  return {
    "@type": "Claim",
    ...(claim.claimant ? { author: { "@type": claimantType(claim.claimant), name: claim.claimant } } : {}),
    ...(published ? { datePublished: day(published) } : {}),
    appearance: appearance(claim),
  };
}

/** The ClaimReview of a resolved claim; null for any other. */
export function toClaimReview(workspace: ReportWorkspace, claim: ReportClaim, scale: readonly ReportRatingLevel[] = workspace.scale): Json | null {
  if (claim.status !== "RESOLVED" || claim.finalRating === null) return null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.url,
    claimReviewed: claim.statement,
    ...(claim.resolutionNote ? { reviewBody: claim.resolutionNote } : {}),
    ...(claim.resolvedAt ? { datePublished: day(claim.resolvedAt) } : {}),
    author: { "@type": "Organization", name: workspace.organizationName ?? workspace.name },
    reviewRating: reviewRating(claim.finalRating, ordinalRange(scale)),
    itemReviewed: itemReviewed(claim),
  };
}

/** Pretty JSON nested one level inside the array; JSON strings hold no raw newline, so this only indents. */
const indented = (value: unknown) => `  ${JSON.stringify(value, null, 2).replaceAll("\n", "\n  ")}`;

export async function* writeClaimReviewExport(workspace: ReportWorkspace, claims: AsyncIterable<ReportClaim>): AsyncGenerator<string> {
  let written = 0;
  yield "[";
  for await (const claim of claims) {
    const review = toClaimReview(workspace, claim);
    if (!review) continue;
    yield `${written === 0 ? "\n" : ",\n"}${indented(review)}`;
    written += 1;
  }
  yield written === 0 ? "]\n" : "\n]\n";
}

export interface ClaimReviewProblem {
  /** Where, as a property path: "reviewRating.ratingValue". */
  path: string;
  /** "required" problems stop Google from using the review; "recommended" ones make it poorer. */
  level: "required" | "recommended";
  message: string;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const isHttpUrl = (value: unknown) => isText(value) && /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value);
const isDate = (value: unknown) => isText(value) && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value));
const asNumber = (value: unknown) => (typeof value === "number" ? value : isText(value) ? Number(value) : Number.NaN);

function checkRating(rating: unknown, problems: ClaimReviewProblem[]): void {
  const need = (path: string, message: string): void => void problems.push({ path: `reviewRating${path}`, level: "required", message });
  if (!isObject(rating)) return need("", "reviewRating is missing: the verdict is what a ClaimReview is for.");
  if (rating["@type"] !== "Rating") need(".@type", 'reviewRating must be a "Rating".');
  if (!isText(rating.alternateName)) need(".alternateName", "alternateName is missing: it is the rating shown in search results.");
  if (rating.ratingValue === undefined) return;
  // schema.org's defaults when the scale is not given: 1 to 5.
  const [value, best, worst] = [asNumber(rating.ratingValue), asNumber(rating.bestRating ?? 5), asNumber(rating.worstRating ?? 1)];
  if ([value, best, worst].some(Number.isNaN)) return need(".ratingValue", "ratingValue, bestRating and worstRating must be numbers.");
  if (worst > best) need(".worstRating", `worstRating ${worst} is above bestRating ${best}.`);
  else if (value < worst || value > best) need(".ratingValue", `ratingValue ${value} is outside ${worst}..${best}.`);
}

function checkClaim(item: unknown, problems: ClaimReviewProblem[]): void {
  const advise = (path: string, message: string): void => void problems.push({ path: `itemReviewed${path}`, level: "recommended", message });
  if (!isObject(item)) return advise("", "itemReviewed (the Claim) is missing.");
  if (item["@type"] !== "Claim") advise(".@type", 'itemReviewed should be a "Claim".');
  const author = item.author;
  if (!isObject(author) || !isText(author.name)) advise(".author", "The claim's author (who made it) is missing.");
  else if (author["@type"] !== "Person" && author["@type"] !== "Organization") advise(".author.@type", "The claim's author should be a Person or an Organization.");
  if (item.datePublished !== undefined && !isDate(item.datePublished)) advise(".datePublished", "datePublished is not an ISO 8601 date.");
  if (item.appearance === undefined && item.firstAppearance === undefined) advise(".appearance", "Where the claim appeared is missing.");
}

/**
 * What is wrong with a ClaimReview object: missing required properties, a ratingValue outside
 * worstRating..bestRating, and missing or malformed recommended ones. An empty list means none found.
 */
export function validateClaimReview(review: unknown): ClaimReviewProblem[] {
  const problems: ClaimReviewProblem[] = [];
  const need = (path: string, message: string): void => void problems.push({ path, level: "required", message });
  if (!isObject(review)) return [{ path: "", level: "required", message: "A ClaimReview must be a JSON object." }];
  if (review["@context"] !== "https://schema.org" && review["@context"] !== "http://schema.org") need("@context", 'The @context must be "https://schema.org".');
  if (review["@type"] !== "ClaimReview") need("@type", 'The @type must be "ClaimReview".');
  if (!isText(review.claimReviewed)) need("claimReviewed", "claimReviewed (the claim, in short) is missing.");
  if (!isHttpUrl(review.url)) need("url", "url (the fact-check's page) is missing or not an absolute http(s) URL.");
  checkRating(review.reviewRating, problems);
  const author = review.author;
  if (!isObject(author) || !isText(author.name)) problems.push({ path: "author", level: "recommended", message: "The publisher of the fact-check (author.name) is missing." });
  if (!isDate(review.datePublished)) problems.push({ path: "datePublished", level: "recommended", message: "datePublished is missing or not an ISO 8601 date." });
  checkClaim(review.itemReviewed, problems);
  return problems;
}
