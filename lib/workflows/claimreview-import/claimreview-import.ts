import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { ratingNote, stanceForRating, type ReviewRating } from "@/lib/domain/claimreview-stance";
import { MAX_PASSAGE_LENGTH } from "@/lib/domain/evidence-ranking";
import { parseClaimReviewFile } from "@/lib/formats/import/claimreview";
import { tooLargeReason } from "@/lib/formats/import/article-file";
import type { LinkFactCheckInput } from "@/lib/schemas/claimreview-import";
import { maxUploadBytes } from "@/lib/uploads";
import type { ImportFile } from "@/lib/workflows/article-import/article-import";
import { recordAudit } from "@/lib/data/audit";
import { addExternalEvidence } from "@/lib/data/evidence/evidence";
import { memberOf, type Actor } from "@/lib/data/scope";
import { getWorkspaceAccess, requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

export type ClaimReviewImportResult =
  | { file: string; status: "refused"; reason: string }
  | { file: string; status: "imported"; imported: { id: string; title: string }[]; duplicates: { url: string; title: string; reason: string }[] };

/**
 * Imports the fact-checks of a ClaimReview JSON-LD file as external sources (reviewers and above),
 * all in one transaction with an audit event each: a bad file writes nothing. A fact-check whose
 * address the workspace already holds as a source, or that the file repeats, is reported, not added.
 */
export async function importClaimReviewFile({ actor, slug, file }: { actor: Actor; slug: string; file: ImportFile }): Promise<ClaimReviewImportResult> {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  const name = file.name || "(unnamed file)";
  const maxBytes = maxUploadBytes();
  if (file.size > maxBytes) return { file: name, status: "refused", reason: tooLargeReason(file.size, maxBytes) };
  if (!/\.(json|jsonld)$/i.test(name)) return { file: name, status: "refused", reason: "ClaimReview files are JSON-LD: upload a .json or .jsonld file." };
  const parsed = parseClaimReviewFile(await file.read());
  if (!parsed.ok) return { file: name, status: "refused", reason: parsed.reason };
  const workspaceId = access.workspace.id;
  return getDb().$transaction(async (tx) => {
    const urls = parsed.reviews.map((review) => review.url);
    const existing = await tx.source.findMany({ where: { workspaceId, url: { in: urls } }, select: { url: true, title: true } });
    const known = new Map(existing.map((source) => [source.url, `the workspace already holds it as the source "${source.title}".`]));
    const imported: { id: string; title: string }[] = [];
    const duplicates: { url: string; title: string; reason: string }[] = [];
    for (const [index, review] of parsed.reviews.entries()) {
      const seen = known.get(review.url);
      if (seen) {
        duplicates.push({ url: review.url, title: review.title, reason: seen });
        continue;
      }
      const source = await tx.source.create({
        data: {
          workspaceId,
          kind: "FACT_CHECK",
          title: review.title,
          url: review.url,
          publisher: review.publisher,
          publishedAt: review.publishedAt ? new Date(`${review.publishedAt}T00:00:00Z`) : null,
          claimReviewed: review.claimReviewed,
          ratingLabel: review.rating.label,
          ratingValue: review.rating.value,
          ratingBest: review.rating.best,
          ratingWorst: review.rating.worst,
          note: review.claimant ? `The claim was made by ${review.claimant}.` : null,
          createdById: actor.id,
        },
        select: { id: true, title: true },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.id,
        entityType: "source",
        entityId: source.id,
        action: "import-claimreview",
        after: { kind: "FACT_CHECK", title: review.title, url: review.url, publisher: review.publisher, claimReviewed: review.claimReviewed, rating: { ...review.rating }, fileName: name },
      });
      known.set(review.url, `it repeats ClaimReview ${index + 1} of the same file.`);
      imported.push(source);
    }
    return { file: name, status: "imported", imported, duplicates };
  });
}

const FACT_CHECK_LIST_LIMIT = 50;
const SUGGESTIONS_PER_REVIEW = 3;
/** pg_trgm similarity below which a claim is no suggestion. */
const MIN_SIMILARITY = 0.3;

export interface ClaimMatch {
  claimId: string;
  statement: string;
  exact: string;
  articleTitle: string;
  score: number;
}

/**
 * The workspace's imported fact-checks, newest first, each with its rating, the stance that rating
 * suggests, how many claims it is linked to, and the claims it most likely reviews (by the trigram
 * similarity of what it reviewed to the claim's statement or quote), leaving out claims it is
 * already linked to. Members only; [] otherwise.
 */
export async function listFactChecksToLink({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return [];
  const db = getDb();
  const sources = await db.source.findMany({
    where: { workspaceId: access.workspace.id, kind: "FACT_CHECK", claimReviewed: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FACT_CHECK_LIST_LIMIT,
    select: { id: true, title: true, url: true, publisher: true, publishedAt: true, claimReviewed: true, ratingLabel: true, ratingValue: true, ratingBest: true, ratingWorst: true, _count: { select: { evidence: true } } },
  });
  return Promise.all(
    sources.map(async ({ _count, ...source }) => {
      const rating: ReviewRating = { label: source.ratingLabel, value: source.ratingValue, best: source.ratingBest, worst: source.ratingWorst };
      const matches = await matchClaims(access.workspace.id, source.id, source.claimReviewed ?? "");
      return { ...source, linkedClaims: _count.evidence, stance: stanceForRating(rating), note: ratingNote(source.publisher, rating), matches };
    }),
  );
}

export type FactCheckToLink = Awaited<ReturnType<typeof listFactChecksToLink>>[number];

async function matchClaims(workspaceId: string, sourceId: string, reviewed: string): Promise<ClaimMatch[]> {
  const rows = await getDb().$queryRaw<{ claimId: string; statement: string; exact: string; articleTitle: string; score: number }[]>`
    select * from (
      select c.id as "claimId", c.statement, c.exact, a.title as "articleTitle",
             greatest(similarity(c.statement, ${reviewed}), word_similarity(c.statement, ${reviewed}),
                      similarity(c.exact, ${reviewed}), word_similarity(c.exact, ${reviewed}))::float8 as score
      from claims c join articles a on a.id = c."articleId"
      where c."workspaceId" = ${workspaceId}::uuid
        and not exists (select 1 from evidence e where e."claimId" = c.id and e."sourceId" = ${sourceId}::uuid)
    ) as ranked
    where score >= ${MIN_SIMILARITY}
    order by score desc, "claimId"
    limit ${SUGGESTIONS_PER_REVIEW}`;
  return rows.map((row) => ({ ...row, score: Number(row.score) }));
}

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
