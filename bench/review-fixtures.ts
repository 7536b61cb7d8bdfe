import "server-only";
import { getDb } from "@/lib/db/client";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { refreshWorkspaceDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { recountWorkspaceFigureConflicts } from "@/lib/data/figure-conflicts/figure-conflict-writes";

// Bulk fixtures for bench/review.ts: a workspace of a hundred thousand claims with their evidence and
// verdicts, written with set-based SQL (generate_series), since the product's one-transaction-per-write
// functions would take hours at this size. The stored state the product keeps incrementally (figure
// conflicts, queue rows) is then computed in bulk the same way. System use only.

export interface ReviewBenchSize {
  articles: number;
  claims: number;
  evidence: number;
  verdicts: number;
  sources: number;
}

export interface ReviewBenchFixture {
  workspaceId: string;
  slug: string;
  editorId: string;
  reviewerIds: string[];
  articleIds: string[];
  figureClaimId: string;
  seconds: Record<string, number>;
}

/**
 * One workspace: an editor, four reviewers, the default scale, and `size` of everything. Claims: 10%
 * resolved, 40% figures about 4,000 quantities (ten claims per quantity, one in 23 with
 * a value that conflicts with the others). Evidence: supporting, contradicting or context, spread over the claims. Verdicts: two
 * reviewers per claim (each claim gets verdicts/claims of them), agreeing three times in four.
 */
export async function seedReviewBench({ slug, size, passwordHash }: { slug: string; size: ReviewBenchSize; passwordHash: string }): Promise<ReviewBenchFixture> {
  const db = getDb();
  const seconds: Record<string, number> = {};
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[label] = (performance.now() - started) / 1000;
    return result;
  };
  const users = await Promise.all(["editor", "reviewer-a", "reviewer-b", "reviewer-c", "reviewer-d"].map((name) =>
    db.user.create({ data: { email: `${name}@${slug}.bench.example.org`, name, passwordHash }, select: { id: true } })));
  const [editor, ...reviewers] = users.map((user) => user.id) as [string, ...string[]];
  const workspace = await db.workspace.create({
    data: {
      slug, name: `Bench ${slug}`,
      memberships: { create: [{ userId: editor, role: "EDITOR" }, ...reviewers.map((userId) => ({ userId, role: "REVIEWER" as const }))] },
      ratingLevels: { create: DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, position })) },
    },
    select: { id: true },
  });
  const ws = workspace.id;

  await db.$transaction(async (tx) => {
    await timed("articles and sources", async () => {
      await tx.$executeRaw`
        insert into articles (id, "workspaceId", title, body, "bodyHash", "wordCount", "importFormat", "updatedAt")
        select gen_random_uuid(), ${ws}::uuid, 'Bench article ' || g, 'In 2014 IS ruled about 12 million people, article ' || g || '.', md5('bench' || g), 10, 'txt', now()
        from generate_series(1, ${size.articles}) g`;
      await tx.$executeRaw`
        insert into sources (id, "workspaceId", kind, title, reliability, "updatedAt")
        select gen_random_uuid(), ${ws}::uuid, 'WEB_PAGE', 'Bench source ' || g, 1 + g % 5, now() from generate_series(1, ${size.sources}) g`;
    });
    await timed("claims", () => tx.$executeRaw`
      with numbered as (select id, row_number() over (order by id) as n from articles where "workspaceId" = ${ws}::uuid)
      insert into claims (id, "workspaceId", "articleId", exact, start, "end", statement, status, "finalRatingId", "resolvedAt",
        "figureValue", "figureUnit", "figureQualifier", "figureCounted", "figureKey", "updatedAt")
      select gen_random_uuid(), ${ws}::uuid, a.id, 'about 12 million people', 17, 40,
        case when g % 5 < 2 then 'In 2014 IS ruled ' || (case when g % 23 = 0 then 8 else 10 end) || ' million people in region ' || (g % 4000) else 'Bench claim ' || g || ' about the siege' end,
        (case when g % 10 = 0 then 'RESOLVED' when g % 10 < 5 then 'IN_REVIEW' else 'OPEN' end)::"ClaimStatus",
        case when g % 10 = 0 then (select id from rating_levels where "workspaceId" = ${ws}::uuid and label = 'Mixed') end,
        case when g % 10 = 0 then now() end,
        case when g % 5 < 2 then (case when g % 23 = 0 then 8 else 10 end) * 1000000 end,
        case when g % 5 < 2 then 'COUNT'::"FigureUnit" end,
        case when g % 5 < 2 and g % 3 = 0 then 'ABOUT'::"FigureQualifier" end,
        case when g % 5 < 2 then 'people in region ' || (g % 4000) end,
        case when g % 5 < 2 then 'count:people in region ' || (g % 4000) end,
        now()
      from generate_series(1, ${size.claims}::bigint) g
      join numbered a on a.n = 1 + g % ${size.articles}`);
    await tx.$executeRaw`create temporary table bench_claims on commit drop as select id, row_number() over (order by id) as n from claims where "workspaceId" = ${ws}::uuid`;
    await tx.$executeRaw`create index on bench_claims (n)`;
    await timed("evidence", () => tx.$executeRaw`
      with numbered as (select id, row_number() over (order by id) as n from sources where "workspaceId" = ${ws}::uuid)
      insert into evidence (id, "workspaceId", "claimId", "sourceId", stance, exact, "updatedAt")
      select gen_random_uuid(), ${ws}::uuid, c.id, s.id,
        (case when g % 7 = 0 then 'CONTRADICTS' when g % 7 < 4 then 'SUPPORTS' else 'CONTEXT' end)::"Stance",
        'Excerpt ' || g, now()
      from generate_series(1, ${size.evidence}::bigint) g
      join bench_claims c on c.n = 1 + (g * 7919) % ${size.claims}
      join numbered s on s.n = 1 + g % ${size.sources}`);
    await timed("verdicts", () => tx.$executeRaw`
      with levels as (select id, row_number() over (order by position) as n from rating_levels where "workspaceId" = ${ws}::uuid),
      reviewers as (select t.id, t.n from unnest(${reviewers}::uuid[]) with ordinality as t(id, n))
      insert into verdicts (id, "workspaceId", "claimId", "reviewerId", "ratingId", rationale, "createdAt")
      select gen_random_uuid(), ${ws}::uuid, c.id, r.id, l.id, 'Bench rationale ' || g, now() - (g % 1000) * interval '1 minute'
      from generate_series(0, ${size.verdicts - 1}::bigint) g
      join bench_claims c on c.n = 1 + (g / 2) % ${size.claims}
      join reviewers r on r.n = 1 + (g % 2) + 2 * ((g / 2) % 2)
      join levels l on l.n = 1 + case when g % 2 = 1 and (g / 2) % 4 = 0 then ((g / 2) % 6 + 3) % 6 else (g / 2) % 6 end`);
    await tx.$executeRaw`
      insert into claim_assignments (id, "workspaceId", "claimId", "reviewerId", "createdAt")
      select gen_random_uuid(), ${ws}::uuid, c.id, ${reviewers[0]!}::uuid, now() from bench_claims c where c.n % 50 = 0`;
    await tx.$executeRaw`analyze claims; `;
    await tx.$executeRaw`analyze evidence`;
    await tx.$executeRaw`analyze verdicts`;
    await timed("figure conflicts (bulk detection)", () => recountWorkspaceFigureConflicts(tx, ws));
    await timed("queue rows (bulk refresh)", () => refreshWorkspaceDisagreements(tx, ws));
    await tx.$executeRaw`analyze claims`;
    await tx.$executeRaw`analyze claim_disagreements`;
  }, { timeout: 30 * 60_000, maxWait: 60_000 });

  const articleIds = (await db.article.findMany({ where: { workspaceId: ws }, orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
  // An unresolved claim with figure conflicts: the plans then show every part of the refresh at work.
  const figureClaim = await db.claim.findFirstOrThrow({ where: { workspaceId: ws, figureConflict: { not: null }, status: { not: "RESOLVED" } }, orderBy: { id: "asc" }, select: { id: true } });
  return { workspaceId: ws, slug, editorId: editor, reviewerIds: reviewers, articleIds, figureClaimId: figureClaim.id, seconds };
}
