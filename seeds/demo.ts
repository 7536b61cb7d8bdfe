// The demo workspace the product ships with: the five seed articles on the decline of ISIS, a reader's
// letter written for the demo (seeds/demo-content.ts says why) and one user per role. Idempotent: running it again creates nothing twice.
import { ensureArticle } from "@/lib/data/articles";
import type { Role } from "@/lib/domain/roles";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import { DEMO_LETTER } from "./demo-content";
import { seedDemoActivity, type ActivityReport } from "./demo-activity";
import { seedWorkspace, type SeedReport } from "./seed-workspace";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_WORKSPACE = {
  slug: "isis-decline",
  name: "ISIS decline 2015–2017",
  description: "Five articles on the territorial collapse of the Islamic State, 2015–2017: the demo corpus.",
  organizationName: "Claimbench demo desk",
};

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "owner@example.org", name: "Olivia Owner", role: "OWNER" },
  { email: "editor@example.org", name: "Edward Editor", role: "EDITOR" },
  { email: "reviewer1@example.org", name: "Rania Reviewer", role: "REVIEWER" },
  { email: "reviewer2@example.org", name: "Rafael Reviewer", role: "REVIEWER" },
  { email: "viewer@example.org", name: "Vera Viewer", role: "VIEWER" },
];

export async function seedDemo(): Promise<SeedReport & { activity: ActivityReport }> {
  const report = await seedWorkspace({
    ...DEMO_WORKSPACE,
    users: DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD })),
    withCorpus: true,
  });
  const id = (email: string) => ({ id: report.userIds[email]! });
  const ownerId = report.userIds[DEMO_USERS[0]!.email]!;
  const letter = await seedDemoLetter({ workspaceId: report.workspaceId, ownerId });
  const activity = await seedDemoActivity(DEMO_WORKSPACE.slug, {
    reviewer1: id("reviewer1@example.org"),
    reviewer2: id("reviewer2@example.org"),
    editor: id("editor@example.org"),
  });
  return { ...report, articlesCreated: report.articlesCreated + (letter.created ? 1 : 0), activity };
}

/** The demo's sixth article, a reader's letter written for the demo (see demo-content.ts), once. */
export async function seedDemoLetter({ workspaceId, ownerId }: { workspaceId: string; ownerId: string }) {
  return ensureArticle({
    workspaceId,
    actorId: ownerId,
    article: {
      title: DEMO_LETTER.title, publisher: DEMO_LETTER.publisher, publishedNote: DEMO_LETTER.publishedNote, language: "en",
      body: DEMO_LETTER.body, bodyHash: hashBody(DEMO_LETTER.body), wordCount: countWords(DEMO_LETTER.body), importFormat: "txt", importRemoved: [],
    },
  });
}
