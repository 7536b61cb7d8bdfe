import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { ratingNote, stanceForRating, type ReviewRating } from "@/lib/domain/claimreview-stance";
import { MAX_PASSAGE_LENGTH } from "@/lib/domain/evidence-ranking";
import { readClaimReviewFile, type ClaimReviewOrigin } from "@/lib/formats/import/claimreview";
import type { HtmlReaderPool } from "@/lib/formats/import/html-reader-pool";
import { tooLargeReason } from "@/lib/formats/import/article-file";
import type { LinkFactCheckInput } from "@/lib/schemas/claimreview-import";
import { maxUploadBytes } from "@/lib/uploads";
import type { ImportFile } from "@/lib/workflows/article-import/article-import";
import { addExternalEvidence } from "@/lib/data/evidence/evidence";
import { memberOf, type Actor } from "@/lib/data/scope";
import { storeFactChecks } from "@/lib/data/sources/fact-checks";
import { listClaimsForFactCheck } from "@/lib/data/claim-matches/claim-matches";
import { getWorkspaceAccess, requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

/** What became of one review of the file, in the file's order. */
export interface ReviewOutcome {
  /** Where the file holds it: "ClaimReview 2 of 5 (in the JSON-LD block on line 40)". */
  where: string;
  status: "imported" | "duplicate" | "skipped";
  title: string | null;
  url: string | null;
  publisher: string | null;
  publisherSite: string | null;
  /** yyyy-mm-dd */
  publishedAt: string | null;
  language: string | null;
  rating: ReviewRating | null;
  /** The level of the workspace's scale the rating was placed on; null: kept as its text alone. */
  ratingLevel: string | null;
  /** Why the rating was kept as text (for an imported review). */
  ratingLevelWhy: string | null;
  sourceId: string | null;
  /** Why it was not imported. */
  reason: string | null;
}

export type ClaimReviewImportResult =
  | { file: string; status: "refused"; reason: string }
  | {
      file: string;
      status: "imported";
      /** What the file turned out to be, in words. */
      shape: string;
      reviews: ReviewOutcome[];
      /** What was passed over that is not a review (a JSON-LD block that is not JSON). */
      notes: string[];
      imported: { id: string; title: string }[];
      duplicates: { url: string; title: string; reason: string }[];
    };

const ACCEPTED = /\.(json|jsonld|html?)$/i;

/**
 * Imports the fact-checks of a ClaimReview file (JSON-LD in any of its shapes, or a fact-checker's
 * HTML page) as external sources (reviewers and above), in one transaction with an audit event
 * each. Reviews that cannot be read are skipped and reported; a file with none that can is refused
 * and writes nothing. A fact-check whose address the workspace already holds as a source, or that
 * the file repeats, is reported, not added.
 */
export async function importClaimReviewFile({ actor, slug, file, pool }: { actor: Actor; slug: string; file: ImportFile; pool?: HtmlReaderPool }): Promise<ClaimReviewImportResult> {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  const name = file.name || "(unnamed file)";
  const maxBytes = maxUploadBytes();
  if (file.size > maxBytes) return { file: name, status: "refused", reason: tooLargeReason(file.size, maxBytes) };
  if (!ACCEPTED.test(name)) return { file: name, status: "refused", reason: "upload a .json or .jsonld file (ClaimReview JSON-LD, a DataFeed or a Fact Check Tools answer) or a fact-checker's .html page." };
  return importClaimReviewContent({ actor, workspaceId: access.workspace.id, name, bytes: await file.read(), pool });
}

/**
 * The upload's reading and storing, for a file or a fetched page alike (HTML or JSON told by its
 * content). The caller has checked the actor's role (addEvidence) in the workspace.
 */
export async function importClaimReviewContent({ actor, workspaceId, name, bytes, pool, origin = "upload" }: {
  actor: Actor; workspaceId: string; name: string; bytes: Uint8Array; pool?: HtmlReaderPool; origin?: ClaimReviewOrigin;
}): Promise<ClaimReviewImportResult> {
  const read = await readClaimReviewFile({ name, bytes }, { pool, origin });
  if (!read.ok) return { file: name, status: "refused", reason: read.reason };
  const { reviews, shape, notes } = read.reading;
  const readable = reviews.flatMap((found) => (found.ok ? [{ where: found.where, ...found.review }] : []));
  const stored = await storeFactChecks({ workspaceId, actorId: actor.id, fileName: name, factChecks: readable });
  let next = 0;
  const outcomes = reviews.map((found): ReviewOutcome => {
    if (!found.ok) {
      return { where: found.where, status: "skipped", title: found.title, url: found.url, publisher: null, publisherSite: null, publishedAt: null, language: null, rating: null, ratingLevel: null, ratingLevelWhy: null, sourceId: null, reason: found.reason };
    }
    const { review } = found;
    const answer = stored[next++]!;
    const base = { where: found.where, title: review.title, url: review.url, publisher: review.publisher, publisherSite: review.publisherSite, publishedAt: review.publishedAt, language: review.language, rating: review.rating };
    return answer.status === "imported"
      ? { ...base, status: "imported", ratingLevel: answer.ratingLevel?.label ?? null, ratingLevelWhy: answer.ratingLevelWhy, sourceId: answer.id, reason: null }
      : { ...base, status: "duplicate", ratingLevel: null, ratingLevelWhy: null, sourceId: null, reason: answer.reason };
  });
  return {
    file: name,
    status: "imported",
    shape,
    reviews: outcomes,
    notes,
    imported: outcomes.flatMap((o) => (o.status === "imported" && o.sourceId ? [{ id: o.sourceId, title: o.title ?? "" }] : [])),
    duplicates: outcomes.flatMap((o) => (o.status === "duplicate" ? [{ url: o.url ?? "", title: o.title ?? "", reason: o.reason ?? "" }] : [])),
  };
}

const FACT_CHECK_LIST_LIMIT = 50;
const SUGGESTIONS_PER_REVIEW = 3;

/**
 * The workspace's imported fact-checks, newest first, each with its rating, the stance that rating
 * suggests, how many claims it is linked to, and the claims it most likely reviews (the matcher of
 * "checked before?", lib/data/claim-matches, with the claim it reviewed as the statement), leaving out
 * claims it is already linked to. Members only; [] otherwise.
 */
export async function listFactChecksToLink({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return [];
  const db = getDb();
  const sources = await db.source.findMany({
    where: { workspaceId: access.workspace.id, kind: "FACT_CHECK", claimReviewed: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FACT_CHECK_LIST_LIMIT,
    select: {
      id: true, title: true, url: true, publisher: true, publisherSite: true, publishedAt: true, language: true, claimReviewed: true, claimant: true,
      ratingLabel: true, ratingValue: true, ratingBest: true, ratingWorst: true, ratingLevel: { select: { label: true } }, _count: { select: { evidence: true } },
    },
  });
  const reader = { ...actor, checked: access };
  return Promise.all(
    sources.map(async ({ _count, ...source }) => {
      const rating: ReviewRating = { label: source.ratingLabel, value: source.ratingValue, best: source.ratingBest, worst: source.ratingWorst };
      const matches = await listClaimsForFactCheck({ actor: reader, slug, source: { ...source, claimReviewed: source.claimReviewed ?? "" }, limit: SUGGESTIONS_PER_REVIEW });
      return { ...source, linkedClaims: _count.evidence, stance: stanceForRating(rating), note: ratingNote(source.publisher, rating), matches };
    }),
  );
}

export type FactCheckToLink = Awaited<ReturnType<typeof listFactChecksToLink>>[number];

/**
 * Links an imported fact-check to a claim as evidence (reviewers and above): the excerpt is the
 * claim the fact-check reviewed, the stance and note as the reviewer chose (by default from the rating).
 */
export async function linkFactCheck({ actor, slug, input }: { actor: Actor; slug: string; input: LinkFactCheckInput }) {
  const source = await getDb().source.findFirst({
    where: { id: input.sourceId, kind: "FACT_CHECK", claimReviewed: { not: null }, ...memberOf(actor, slug) },
    select: { id: true, claimReviewed: true, _count: { select: { evidence: { where: { claimId: input.claimId } } } } },
  });
  if (!source?.claimReviewed) throw notFound("That fact-check");
  if (source._count.evidence > 0) throw new AppError("CONFLICT", "This fact-check is already linked to that claim.");
  const excerpt = source.claimReviewed.length > MAX_PASSAGE_LENGTH ? `${source.claimReviewed.slice(0, MAX_PASSAGE_LENGTH - 1)}…` : source.claimReviewed;
  return addExternalEvidence({ actor, slug, input: { claimId: input.claimId, sourceMode: "existing", sourceId: source.id, stance: input.stance, note: input.note, excerpt } });
}
