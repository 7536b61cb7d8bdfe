// One review node (found by claimreview-shapes.ts) → the fact-check the import stores, or why it
// cannot be: validated with the schema of lib/schemas, then read into plain fields.
import type { ParsedClaimReview } from "@/lib/domain/fact-check";
import { statedLanguage } from "@/lib/domain/languages";
import { claimReviewSchema, type ClaimReviewInput } from "@/lib/schemas/claimreview-import";
import type { Node } from "./claimreview-shapes";
import { isoDay } from "./html-article";

export type { ParsedClaimReview };


/** A review as found: read, or skipped with its reason (and what of it could be told apart). */
export type FoundReview =
  | { ok: true; where: string; review: ParsedClaimReview }
  | { ok: false; where: string; title: string | null; url: string | null; reason: string };

const TITLE_LENGTH = 300;
const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function valueAt(node: unknown, path: readonly PropertyKey[]): unknown {
  let value = node;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A host name from an address or a bare site ("www.Example.org/x" → "example.org"); null if neither. */
export function siteOf(value: string | undefined): string | null {
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  if (!URL.canParse(withScheme)) return null;
  const { protocol, hostname } = new URL(withScheme);
  if (!["http:", "https:"].includes(protocol) || !hostname.includes(".")) return null;
  return hostname.replace(/^www\./, "");
}

type Named = { name?: string; url?: string; site?: string };

function toReview(input: ClaimReviewInput, pageLanguage: string | undefined): ParsedClaimReview {
  const rating = input.reviewRating[0];
  const label = rating?.alternateName ?? rating?.name ?? null;
  const entities: Named[] = [...(input.author ?? []), ...(input.publisher ?? [])];
  const named = entities.find((entity) => entity.name);
  const site = [named, ...entities].map((entity) => siteOf(entity?.site) ?? siteOf(entity?.url)).find(Boolean) ?? null;
  return {
    claimReviewed: input.claimReviewed,
    url: input.url,
    title: truncate(input.headline ?? input.name ?? `Fact-check: ${input.claimReviewed}`, TITLE_LENGTH),
    publisher: named?.name ?? null,
    publisherSite: site,
    publishedAt: isoDay(input.datePublished) ?? null,
    language: statedLanguage(...(input.inLanguage ?? []), pageLanguage),
    rating: { label, value: rating?.ratingValue ?? null, best: rating?.bestRating ?? null, worst: rating?.worstRating ?? null },
    claimant: input.itemReviewed?.author?.find((a) => a.name)?.name ?? null,
  };
}

const textAt = (node: Node, key: string) => (typeof node[key] === "string" && node[key].trim() ? node[key].trim() : null);

/** Validates and reads one review node; `where` names it in the outcome ("ClaimReview 2 of 5"). */
export function readReviewNode(node: Node, where: string, pageLanguage?: string): FoundReview {
  const parsed = claimReviewSchema.safeParse(node);
  if (parsed.success) return { ok: true, where, review: toReview(parsed.data, pageLanguage) };
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "the review";
    return `${field} ${valueAt(node, issue.path) === undefined ? "is missing" : issue.message}`;
  });
  const claim = textAt(node, "claimReviewed");
  return {
    ok: false,
    where,
    title: textAt(node, "headline") ?? textAt(node, "name") ?? (claim ? `Fact-check: ${truncate(claim, TITLE_LENGTH)}` : null),
    url: textAt(node, "url"),
    reason: [...new Set(problems)].join("; "),
  };
}
