import "server-only";
import { getDb } from "@/lib/db/client";
import { describeSpan } from "@/lib/domain/anchoring";
import { quantityKey } from "@/lib/domain/same-quantity";
import { toFigureEnum, type FigureQualifier, type FigureUnit } from "@/lib/domain/figures";
import type { FigureQualifier as DbQualifier, FigureUnit as DbUnit } from "@/lib/generated/prisma/client";

// Bulk fixtures for the benchmarks in bench/: hundreds of claims in one statement, where the
// product's createClaim would take a transaction and an audit event per claim. System use only.

export type BenchClaimStatus = "OPEN" | "IN_REVIEW" | "DISPUTED" | "RESOLVED";

export interface BenchClaimSpan {
  start: number;
  end: number;
  statement: string;
  status?: BenchClaimStatus;
  tags?: string[];
  figure?: { value: number; unit: FigureUnit; qualifier: FigureQualifier | null; low?: number; high?: number; counted?: string };
}

/**
 * Inserts the claims on the article in one createMany. Prefix and suffix come from the stored body,
 * so the spans must be offsets into it. RESOLVED claims get the workspace's rating levels in turn.
 */
export async function insertBenchClaims({ workspaceId, articleId, spans, createdById }: {
  workspaceId: string;
  articleId: string;
  spans: readonly BenchClaimSpan[];
  createdById: string;
}): Promise<number> {
  const db = getDb();
  const article = await db.article.findFirstOrThrow({ where: { id: articleId, workspaceId }, select: { body: true } });
  const levels = await db.ratingLevel.findMany({ where: { workspaceId }, orderBy: { position: "asc" }, select: { id: true } });
  let resolved = 0;
  const data = spans.map((span) => {
    const status = span.status ?? "OPEN";
    const finalRatingId = status === "RESOLVED" && levels.length ? levels[resolved++ % levels.length]!.id : null;
    const figure = span.figure;
    return {
      ...describeSpan(article.body, span.start, span.end),
      workspaceId,
      articleId,
      anchorStatus: "EXACT" as const,
      statement: span.statement,
      status,
      finalRatingId,
      resolvedAt: finalRatingId ? new Date() : null,
      resolvedById: finalRatingId ? createdById : null,
      tags: span.tags ?? [],
      createdById,
      figureValue: figure?.value ?? null,
      figureUnit: figure ? (toFigureEnum(figure.unit) as DbUnit) : null,
      figureQualifier: figure?.qualifier ? (toFigureEnum(figure.qualifier) as DbQualifier) : null,
      figureLow: figure?.low ?? null,
      figureHigh: figure?.high ?? null,
      figureCounted: figure?.counted ?? null,
      figureKey: figure ? quantityKey(figure.unit, figure.counted) : null,
    };
  });
  const { count } = await db.claim.createMany({ data });
  return count;
}
