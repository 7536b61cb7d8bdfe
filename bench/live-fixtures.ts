// The live events benchmark's workspace: an owner, editors, reviewers and viewers, each with a personal
// API token (the events clients and the writers use them), and a few articles to mark claims on. Members
// are inserted in bulk (one password hash for all): what is measured is the stream, not the sign-up.
import pg from "pg";

export const LIVE_SLUG = "bench-live";
const ARTICLES = 5;
const ROLES = { EDITOR: 10, REVIEWER: 60, VIEWER: 29 } as const;

export interface LiveMember {
  id: string;
  role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER";
  token: string;
}

export interface LiveFixture {
  workspaceId: string;
  members: LiveMember[];
  articles: { id: string; length: number }[];
  ratingIds: string[];
}

function articleBody(n: number): string {
  return Array.from({ length: 80 }, (_, i) => `In briefing ${n}.${i}, officials said about ${(i * 41 + n) % 900 + 100},000 people had returned, roughly ${(i + n) % 50 + 10} percent of those who left.`).join(" ");
}

export async function seedLiveFixture(databaseUrl: string): Promise<LiveFixture> {
  const { seedWorkspace } = await import("../seeds/seed-workspace");
  const { ensureArticle } = await import("../lib/data/articles/articles");
  const { hashBody } = await import("../lib/formats/body-hash");
  const { countWords } = await import("../lib/formats/clean-article-text");
  const { newApiToken } = await import("../lib/domain/api-token");

  const owner = { email: "bench-live-owner@example.org", name: "Bench Owner", role: "OWNER" as const, password: "bench-password" };
  const report = await seedWorkspace({ slug: LIVE_SLUG, name: "Live events benchmark", users: [owner], withCorpus: false });
  const workspaceId = report.workspaceId;
  const ownerId = report.userIds[owner.email]!;
  const articles: LiveFixture["articles"] = [];
  for (let n = 0; n < ARTICLES; n++) {
    const body = articleBody(n);
    const { id } = await ensureArticle({ workspaceId, actorId: ownerId, article: { title: `Live bench article ${n}`, body, bodyHash: hashBody(body), wordCount: countWords(body), importFormat: "txt", importRemoved: [] } });
    articles.push({ id, length: body.length });
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [hash] } = await client.query<{ passwordHash: string }>(`select "passwordHash" from users where id = $1`, [ownerId]);
    const members: LiveMember[] = [];
    const addToken = async (id: string, role: LiveMember["role"]) => {
      const { token, hash: tokenHash, prefix } = newApiToken();
      await client.query(`insert into api_tokens (id, "userId", "workspaceId", name, "tokenHash", prefix) values (gen_random_uuid(), $1, $2, 'bench', $3, $4)`, [id, workspaceId, tokenHash, prefix]);
      members.push({ id, role, token });
    };
    await addToken(ownerId, "OWNER");
    for (const [role, count] of Object.entries(ROLES) as [LiveMember["role"], number][]) {
      for (let n = 0; n < count; n++) {
        const { rows: [user] } = await client.query<{ id: string }>(
          `insert into users (id, email, name, "passwordHash", "updatedAt") values (gen_random_uuid(), $1, $2, $3, now()) returning id`,
          [`bench-live-${role.toLowerCase()}-${n}@example.org`, `Bench ${role.toLowerCase()} ${n}`, hash!.passwordHash],
        );
        await client.query(`insert into memberships (id, "workspaceId", "userId", role) values (gen_random_uuid(), $1, $2, $3::"Role")`, [workspaceId, user!.id, role]);
        await addToken(user!.id, role);
      }
    }
    const ratingIds = (await client.query<{ id: string }>(`select id from rating_levels where "workspaceId" = $1 and ordinal is not null order by ordinal`, [workspaceId])).rows.map((r) => r.id);
    await client.query("analyze");
    return { workspaceId, members, articles, ratingIds };
  } finally {
    await client.end();
  }
}
