import "server-only";
import { getDb } from "@/lib/db/client";
import { ratingLevelFor } from "@/lib/domain/claimreview-rating-level";
import type { ParsedClaimReview } from "@/lib/domain/fact-check";

/** An outside fact-check as the ClaimReview import read it, with where the file holds it ("ClaimReview 3 of 5"), to name it when a later one repeats it. */
export type NewFactCheck = ParsedClaimReview & { where: string };

export type StoredFactCheck =
  | { status: "imported"; id: string; ratingLevel: { id: string; label: string } | null; ratingLevelWhy: string | null }
  | { status: "duplicate"; reason: string };

/** Rows per insert: well under Postgres's 65,535 bind parameters at 16 columns. */
const BATCH = 1_000;
/** A file of thousands of reviews takes seconds to write; Prisma's default of 5 s would end it halfway. */
const TRANSACTION_TIMEOUT_MS = 120_000;

const chunks = <T,>(items: T[]) => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

/**
 * Stores fact-checks as FACT_CHECK sources of the workspace, each with an audit event, in one
 * transaction, and answers for each, in order, what became of it. A fact-check whose address the
 * workspace already holds as a source, or that an earlier one of the same batch has, is a duplicate
 * and is not stored. Each rating is placed on the workspace's scale where that is clear
 * (lib/domain/claimreview-rating-level.ts); otherwise it is kept as its text. The caller has checked
 * the actor's role.
 */
export async function storeFactChecks({ workspaceId, actorId, fileName, factChecks }: {
  workspaceId: string;
  actorId: string;
  fileName: string;
  factChecks: readonly NewFactCheck[];
}): Promise<StoredFactCheck[]> {
  return getDb().$transaction(async (tx) => {
    const levels = await tx.ratingLevel.findMany({ where: { workspaceId }, select: { id: true, label: true, ordinal: true } });
    const existing = await tx.source.findMany({ where: { workspaceId, url: { in: factChecks.map((f) => f.url) } }, select: { url: true, title: true } });
    const known = new Map(existing.map((source) => [source.url, `the workspace already holds it as the source "${source.title}".`]));
    const answers: StoredFactCheck[] = [];
    const fresh: { index: number; factCheck: NewFactCheck; levelId: string | null }[] = [];
    for (const [index, factCheck] of factChecks.entries()) {
      const seen = known.get(factCheck.url);
      if (seen) {
        answers[index] = { status: "duplicate", reason: seen };
        continue;
      }
      known.set(factCheck.url, `it has the same address as ${factCheck.where}, imported from this file.`);
      const level = ratingLevelFor(factCheck.rating, levels);
      answers[index] = "why" in level
        ? { status: "imported", id: "", ratingLevel: null, ratingLevelWhy: level.why }
        : { status: "imported", id: "", ratingLevel: { id: level.levelId, label: level.label }, ratingLevelWhy: null };
      fresh.push({ index, factCheck, levelId: level.levelId });
    }
    for (const batch of chunks(fresh)) {
      const created = await tx.source.createManyAndReturn({
        data: batch.map(({ factCheck: f, levelId }) => ({
          workspaceId,
          kind: "FACT_CHECK" as const,
          title: f.title,
          url: f.url,
          publisher: f.publisher,
          publisherSite: f.publisherSite,
          publishedAt: f.publishedAt ? new Date(`${f.publishedAt}T00:00:00Z`) : null,
          language: f.language,
          claimReviewed: f.claimReviewed,
          claimant: f.claimant,
          ratingLabel: f.rating.label,
          ratingValue: f.rating.value,
          ratingBest: f.rating.best,
          ratingWorst: f.rating.worst,
          ratingLevelId: levelId,
          note: f.claimant ? `The claim was made by ${f.claimant}.` : null,
          createdById: actorId,
        })),
        select: { id: true, url: true },
      });
      // Addresses are unique within a batch (repeats are duplicates), so they pair rows with reviews.
      const idOf = new Map(created.map((row) => [row.url, row.id]));
      for (const { index, factCheck } of batch) {
        const answer = answers[index];
        if (answer?.status === "imported") answer.id = idOf.get(factCheck.url) ?? "";
      }
      await tx.auditEvent.createMany({
        data: batch.map(({ index, factCheck: f }) => {
          const answer = answers[index] as Extract<StoredFactCheck, { status: "imported" }>;
          return {
            workspaceId,
            actorId,
            entityType: "source",
            entityId: answer.id,
            action: "import-claimreview",
            after: {
              kind: "FACT_CHECK", title: f.title, url: f.url, publisher: f.publisher, publisherSite: f.publisherSite, language: f.language,
              publishedAt: f.publishedAt, claimReviewed: f.claimReviewed, claimant: f.claimant, rating: { ...f.rating },
              ratingLevel: answer.ratingLevel?.label ?? null, fileName,
            },
          };
        }),
      });
    }
    return answers;
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
}
