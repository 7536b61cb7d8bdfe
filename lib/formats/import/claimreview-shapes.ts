// Where fact-checks sit in the JSON that holds them. Publishers and aggregators put ClaimReviews in
// several shapes, and the import reads them all:
// - JSON-LD as search engines read it: one node, an array, an `@graph`, `@type` a string or an array
//   (["Review", "ClaimReview"]), beside nodes of other types (NewsArticle, Organization, WebPage);
// - schema.org DataFeed / DataFeedItem wrappers (dataFeedElement[].item), nested at will;
// - the answers of Google's Fact Check Tools claim search ({ claims: [{ claimReview: [...] }] }),
//   turned here into the ClaimReview they describe;
// - bare review objects (claimReviewed and reviewRating, no @context or @type).
// Nothing here judges a review: claimreview.ts validates what is found.

export type Node = Record<string, unknown>;

export interface FoundNodes {
  /** Every review-like node, in document order. */
  reviews: Node[];
  /** The @types of the other nodes met, for a refusal that says what the file holds instead. */
  otherTypes: string[];
  /** Which shapes were met ("a DataFeed", "a Fact Check Tools answer"), for the outcome. */
  shapes: Set<string>;
  /** True when the walk stopped at MAX_DEPTH somewhere. */
  tooDeep: boolean;
}

/** Real documents nest a few levels; a hostile one could nest until the stack overflows. */
export const MAX_DEPTH = 32;

const SCHEMA_PREFIX = /^(https?:\/\/schema\.org\/|schema:)/;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

export function typesOf(node: Node): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string").map((t) => t.replace(SCHEMA_PREFIX, ""));
}

/** A ClaimReview by its type, or by carrying claimReviewed (no other type has it) as bare review objects do. */
const isReview = (node: Node) => typesOf(node).includes("ClaimReview") || "claimReviewed" in node;

/** Google's Fact Check Tools claim search answer: { claims: [{ text, claimReview: [...] }] }. */
const isFactCheckToolsAnswer = (node: Node) =>
  Array.isArray(node.claims) && node.claims.some((claim) => isNode(claim) && Array.isArray(claim.claimReview));

/** One review of a Fact Check Tools claim, as the ClaimReview it describes. */
function fromFactCheckTools(claim: Node, review: Node): Node {
  const publisher = isNode(review.publisher) ? review.publisher : {};
  return {
    "@type": "ClaimReview",
    claimReviewed: claim.text,
    url: review.url,
    headline: review.title,
    author: { name: publisher.name, site: publisher.site },
    datePublished: review.reviewDate,
    inLanguage: review.languageCode,
    reviewRating: review.textualRating === undefined ? undefined : { alternateName: review.textualRating },
    itemReviewed: { "@type": "Claim", author: claim.claimant, datePublished: claim.claimDate },
  };
}

/** The nodes a node wraps: a graph's, a feed's elements, a feed item's item, a page's main entity. */
function childrenOf(node: Node): unknown[] {
  const types = typesOf(node);
  const children: unknown[] = [];
  if ("@graph" in node) children.push(node["@graph"]);
  if (types.includes("DataFeed") || "dataFeedElement" in node) children.push(node.dataFeedElement);
  if (types.includes("DataFeedItem") || "item" in node) children.push(node.item);
  if ("mainEntity" in node) children.push(node.mainEntity);
  return children;
}

/** Walks a parsed JSON document and collects its review nodes and the types of the rest. */
export function findReviewNodes(document: unknown): FoundNodes {
  const found: FoundNodes = { reviews: [], otherTypes: [], shapes: new Set(), tooDeep: false };
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH) {
      found.tooDeep = true;
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    if (isReview(value)) {
      found.shapes.add(typesOf(value).length === 0 ? "review objects without @type" : "ClaimReview JSON-LD");
      found.reviews.push(value);
      return;
    }
    if (isFactCheckToolsAnswer(value)) {
      found.shapes.add("a Fact Check Tools claim search answer");
      for (const claim of value.claims as unknown[]) {
        if (!isNode(claim) || !Array.isArray(claim.claimReview)) continue;
        for (const review of claim.claimReview) if (isNode(review)) found.reviews.push(fromFactCheckTools(claim, review));
      }
      return;
    }
    const types = typesOf(value);
    if (types.includes("DataFeed")) found.shapes.add("a DataFeed");
    for (const type of types) if (!["DataFeed", "DataFeedItem"].includes(type) && !found.otherTypes.includes(type)) found.otherTypes.push(type);
    for (const child of childrenOf(value)) walk(child, depth + 1);
  };
  walk(document, 0);
  return found;
}
