// Builds a workspace with users and the seed corpus. The demo seed uses it with fixed names; tests
// use it with unique ones, so that each test has a workspace of its own.
import { ensureArticle } from "@/lib/data/articles/articles";
import { ensureUser } from "@/lib/data/accounts/users";
import { ensureMembership, ensureWorkspace } from "@/lib/data/workspaces/workspaces";
import type { Role } from "@/lib/domain/roles";
import { loadSeedArticles } from "./articles";

export interface WorkspaceSpec {
  slug: string;
  name: string;
  description?: string;
  organizationName?: string;
  users: { email: string; name: string; role: Role; password: string }[];
  withCorpus: boolean;
}

export interface SeedReport {
  workspaceId: string;
  workspaceCreated: boolean;
  usersCreated: number;
  articlesCreated: number;
  userIds: Record<string, string>;
}

export async function seedWorkspace(spec: WorkspaceSpec): Promise<SeedReport> {
  const userIds: Record<string, string> = {};
  let usersCreated = 0;
  for (const user of spec.users) {
    const saved = await ensureUser(user);
    userIds[user.email] = saved.id;
    if (saved.created) usersCreated += 1;
  }
  const owner = spec.users.find((user) => user.role === "OWNER");
  if (!owner) throw new Error(`Workspace ${spec.slug} needs an owner.`);
  const ownerId = userIds[owner.email]!;
  const workspace = await ensureWorkspace({ ...spec, ownerId });
  for (const user of spec.users) await ensureMembership({ workspaceId: workspace.id, userId: userIds[user.email]!, role: user.role });

  let articlesCreated = 0;
  for (const seed of spec.withCorpus ? await loadSeedArticles() : []) {
    const result = await ensureArticle({
      workspaceId: workspace.id,
      actorId: ownerId,
      article: {
        title: seed.title,
        url: seed.url,
        publisher: seed.publisher,
        author: seed.author,
        publishedAt: seed.publishedAt,
        publishedNote: seed.publishedNote,
        language: seed.language,
        body: seed.body,
        bodyHash: seed.bodyHash,
        wordCount: seed.wordCount,
        importFormat: "txt",
        importFileName: seed.file,
        importRemoved: seed.removed.map((item) => ({ ...item })),
      },
    });
    if (result.created) articlesCreated += 1;
  }
  return { workspaceId: workspace.id, workspaceCreated: workspace.created, usersCreated, articlesCreated, userIds };
}
