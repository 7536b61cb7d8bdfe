// A ClaimReview JSON-LD file → the fact-checks it holds. The file may be one ClaimReview, an array
// of them, or a graph (`@graph`) mixing them with other nodes (the publisher's Organization, the
// WebPage); nodes of other types are skipped. Every ClaimReview must be valid, or the file is
// refused as a whole, naming each problem: half a file is never imported.
import { claimReviewSchema, type ClaimReviewInput } from "@/lib/schemas/claimreview-import";
import { isoDay } from "./html-article";
import { sniffText } from "./sniff-file";

export interface ParsedClaimReview {
  claimReviewed: string;
  url: string;
  title: string;
  publisher: string | null;
  /** yyyy-mm-dd */
  publishedAt: string | null;
  rating: { label: string | null; value: number | null; best: number | null; worst: number | null };
  claimant: string | null;
}

export type ClaimReviewParseResult = { ok: true; reviews: ParsedClaimReview[] } | { ok: false; reason: string };

const TITLE_LENGTH = 300;
const MAX_PROBLEMS = 5;

function isClaimReview(node: unknown): node is Record<string, unknown> {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return false;
  const type = (node as Record<string, unknown>)["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && /^(https?:\/\/schema\.org\/|schema:)?ClaimReview$/.test(t));
}

/** The nodes of a JSON-LD document: a node, an array of nodes, or graphs of nodes, at any depth of arrays. */
function nodesOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document.flatMap(nodesOf);
  if (typeof document === "object" && document !== null && "@graph" in document) {
    const graph = (document as { "@graph": unknown })["@graph"];
    return nodesOf(graph);
  }
  return [document];
}

function valueAt(node: unknown, path: readonly PropertyKey[]): unknown {
  let value = node;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function toReview(input: ClaimReviewInput): ParsedClaimReview {
  const rating = input.reviewRating[0];
  const label = rating?.alternateName ?? rating?.name ?? null;
  return {
    claimReviewed: input.claimReviewed,
    url: input.url,
    title: truncate(input.headline ?? input.name ?? `Fact-check: ${input.claimReviewed}`, TITLE_LENGTH),
    publisher: input.author?.find((a) => a.name)?.name ?? null,
    publishedAt: isoDay(input.datePublished) ?? null,
    rating: { label, value: rating?.ratingValue ?? null, best: rating?.bestRating ?? null, worst: rating?.worstRating ?? null },
    claimant: input.itemReviewed?.author?.find((a) => a.name)?.name ?? null,
  };
}

/** Reads a ClaimReview file from its bytes; refusals say what is wrong, for people. */
export function parseClaimReviewFile(bytes: Uint8Array): ClaimReviewParseResult {
  const sniffed = sniffText(bytes);
  if (sniffed.kind === "binary") return { ok: false, reason: `it is ${sniffed.format}, not a JSON file, whatever its name says.` };
  if (sniffed.kind === "not-utf8") return { ok: false, reason: `${sniffed.detail}. Save it as UTF-8 and upload it again.` };
  if (sniffed.text.trim() === "") return { ok: false, reason: sniffed.text === "" ? "it is empty." : "it holds only whitespace." };
  let document: unknown;
  try {
    document = JSON.parse(sniffed.text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return { ok: false, reason: `it is not valid JSON${detail}; it may be truncated. Export it again and upload the whole file.` };
  }
  const nodes = nodesOf(document).filter(isClaimReview);
  if (nodes.length === 0) {
    return { ok: false, reason: 'it holds no ClaimReview: expected an object with "@type": "ClaimReview", an array of them, or an "@graph" holding them.' };
  }
  const reviews: ParsedClaimReview[] = [];
  const problems: string[] = [];
  nodes.forEach((node, index) => {
    const parsed = claimReviewSchema.safeParse(node);
    if (parsed.success) {
      reviews.push(toReview(parsed.data));
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.join(".") : "the review";
      const message = valueAt(node, issue.path) === undefined ? "is missing" : issue.message;
      problems.push(`ClaimReview ${index + 1} of ${nodes.length}: ${field} ${message}`);
    }
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS).join("; ");
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more problems` : "";
    return { ok: false, reason: `${shown}${more}. Nothing of the file was imported.` };
  }
  return { ok: true, reviews };
}
