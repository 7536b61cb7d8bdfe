import "server-only";
import { getDb } from "@/lib/db/client";
import { describeSpan } from "@/lib/domain/anchoring";
import { quantityKey } from "@/lib/domain/same-quantity";
import { toFigureEnum, type FigureQualifier, type FigureUnit } from "@/lib/domain/figures/types";
import type { ClaimStatus } from "@/lib/domain/vocabulary";
import type { FigureQualifier as DbQualifier, FigureUnit as DbUnit } from "@/lib/generated/prisma/client";

// Bulk fixtures for the benchmarks in bench/: hundreds of claims in one statement, where the
// product's createClaim would take a transaction and an audit event per claim. System use only.

export type BenchClaimStatus = ClaimStatus;

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

/**
 * Verdicts and evidence for a share of the workspace's claims, in two statements: `verdictEvery`-th claims
 * get one verdict from each reviewer given, `evidenceEvery`-th claims one supporting and one contradicting
 * piece of evidence from one external source (created here). For the export benchmark, whose claims must carry what real
 * ones do.
 */
export async function insertBenchReviews({ workspaceId, reviewerIds, verdictEvery, evidenceEvery }: {
  workspaceId: string;
  reviewerIds: readonly string[];
  verdictEvery: number;
  evidenceEvery: number;
}): Promise<{ verdicts: number; evidence: number }> {
  const db = getDb();
  const source = await db.source.create({
    data: { workspaceId, kind: "DATASET", title: "Conflict monitor, territorial control (bench)", url: "https://data.example.org/conflict-monitor", publisher: "Conflict Monitor" },
    select: { id: true },
  });
  const sourceId = source.id;
  const verdicts = await db.$executeRaw`
    insert into verdicts (id, "workspaceId", "claimId", "reviewerId", "ratingId", rationale, "createdAt")
    select gen_random_uuid(), c."workspaceId", c.id, r.id, (select id from rating_levels l where l."workspaceId" = c."workspaceId" order by (l.position + r.n + c.n) % 6, l.position limit 1),
      'Rated on the linked evidence; see the source for the figure.', now() - (r.n || ' minutes')::interval
    from (select id, "workspaceId", row_number() over (order by id) as n from claims where "workspaceId" = ${workspaceId}::uuid) c
    cross join (select id, row_number() over (order by id) as n from unnest(${reviewerIds}::uuid[]) as id) r
    where c.n % ${verdictEvery} = 0`;
  const evidence = await db.$executeRaw`
    insert into evidence (id, "workspaceId", "claimId", "sourceId", stance, exact, note, "createdAt", "updatedAt")
    select gen_random_uuid(), c."workspaceId", c.id, ${sourceId}::uuid, s.stance::"Stance", 'An excerpt of the source that bears on the figure.', null, now(), now()
    from (select id, "workspaceId", row_number() over (order by id) as n from claims where "workspaceId" = ${workspaceId}::uuid) c
    cross join (values ('SUPPORTS'), ('CONTRADICTS')) s(stance)
    where c.n % ${evidenceEvery} = 0`;
  return { verdicts, evidence };
}

export async function getUserIdByEmailForBench(email: string): Promise<string | null> {
  return (await getDb().user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
}

export async function countBenchClaims(slug: string): Promise<number> {
  return getDb().claim.count({ where: { workspace: { slug } } });
}
