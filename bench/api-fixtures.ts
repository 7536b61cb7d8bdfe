// The API benchmark's workspace: 100,000 claims over 100 articles, 40 reviewers with tokens, and a
// few thousand claims with split verdicts so that the disagreement queue has depth.
import pg from "pg";

export const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const ARTICLES = 100;
const REVIEWERS = 40;
const SPLIT_CLAIMS = 3_000;
const PASSWORD = "bench-password";
export const SLUG = "bench-api";

export interface ApiFixture {
  workspaceId: string;
  ownerToken: string;
  reviewerTokens: string[];
  articles: { id: string; length: number }[];
  /** Claims open for verdicts (never resolved). */
  openClaimIds: string[];
  ratingIds: string[];
}

/** One sentence after another, each with a figure, as in the seed corpus's register. */
function articleBody(n: number): string {
  const sentences = Array.from({ length: 120 }, (_, i) => `In report ${n}.${i}, officials said about ${(i * 37 + n) % 900 + 100},000 people had left the city, roughly ${(i + n) % 60 + 10} percent of its residents.`);
  return sentences.join(" ");
}

export async function seedApiFixture(databaseUrl: string): Promise<ApiFixture> {
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { ensureArticle } = await import("../lib/data/articles/articles");
  const { insertBenchClaims } = await import("@test-support/bulk-claims");
  const { hashBody } = await import("../lib/formats/body-hash");
  const { countWords } = await import("../lib/formats/clean-article-text");
  const { newApiToken } = await import("../lib/domain/api-token");

  const users = [
    { email: "bench-api-owner@example.org", name: "Bench Owner", role: "OWNER" as const, password: PASSWORD },
    ...Array.from({ length: REVIEWERS }, (_, n) => ({ email: `bench-api-reviewer-${n}@example.org`, name: `Bench Reviewer ${n}`, role: "REVIEWER" as const, password: PASSWORD })),
  ];
  const report = await seedWorkspace({ slug: SLUG, name: "API benchmark", users, withCorpus: false });
  const ownerId = report.userIds[users[0]!.email]!;
  const workspaceId = report.workspaceId;

  const articles: ApiFixture["articles"] = [];
  const perArticle = Math.ceil(CLAIMS / ARTICLES);
  for (let n = 0; n < ARTICLES; n++) {
    const body = articleBody(n);
    const { id } = await ensureArticle({ workspaceId, actorId: ownerId, article: { title: `Bench article ${n}`, body, bodyHash: hashBody(body), wordCount: countWords(body), importFormat: "txt", importRemoved: [] } });
    articles.push({ id, length: body.length });
    const spans = Array.from({ length: Math.min(perArticle, CLAIMS - n * perArticle) }, (_, i) => {
      const start = (i * 97) % (body.length - 40);
      const status = (["OPEN", "IN_REVIEW", "RESOLVED", "DISPUTED"] as const)[i % 4];
      return { start, end: start + 30, statement: `Bench claim ${n}.${i}`, status, tags: i % 3 ? ["population"] : ["displacement"], figure: i % 2 ? { value: 1000 * i, unit: "count" as const, qualifier: null } : undefined };
    });
    await insertBenchClaims({ workspaceId, articleId: id, spans, createdById: ownerId });
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ratingIds = (await client.query<{ id: string }>(`select id from rating_levels where "workspaceId" = $1 and ordinal is not null order by ordinal`, [workspaceId])).rows.map((r) => r.id);
    const reviewerIds = users.slice(1).map((user) => report.userIds[user.email]!);
    // Split verdicts: two reviewers, the scale's two ends, on claims in review.
    await client.query(
      `insert into verdicts (id, "workspaceId", "claimId", "reviewerId", "ratingId", rationale)
       select gen_random_uuid(), $1, c.id, r.reviewer, r.rating, 'Bench rationale'
       from (select id from claims where "workspaceId" = $1 and status = 'IN_REVIEW' limit ${SPLIT_CLAIMS}) c
       cross join (values ($2::uuid, $4::uuid), ($3::uuid, $5::uuid)) as r(reviewer, rating)`,
      [workspaceId, reviewerIds[0], reviewerIds[1], ratingIds[0], ratingIds.at(-1)],
    );
    const reviewerTokens: string[] = [];
    for (const userId of [ownerId, ...reviewerIds]) {
      const { token, hash, prefix } = newApiToken();
      await client.query(`insert into api_tokens (id, "userId", "workspaceId", name, "tokenHash", prefix) values (gen_random_uuid(), $1, $2, 'bench', $3, $4)`, [userId, workspaceId, hash, prefix]);
      reviewerTokens.push(token);
    }
    const openClaimIds = (await client.query<{ id: string }>(`select id from claims where "workspaceId" = $1 and status = 'OPEN' limit 20000`, [workspaceId])).rows.map((r) => r.id);
    await client.query("analyze");
    return { workspaceId, ownerToken: reviewerTokens.shift()!, reviewerTokens, articles, openClaimIds, ratingIds };
  } finally {
    await client.end();
  }
}
