// The demo workspace the product ships with: the five seed articles on the decline of ISIS, a reader's
// letter and an Arabic and a French brief written for the demo (seeds/demo-content.ts and demo-briefs.ts say
// why) and one user per role. Idempotent: running it again creates nothing twice.
import type { Role } from "@/lib/domain/roles";
import { seedDemoActivity, seedDemoWritten, type ActivityReport } from "./demo-activity";
import { seedWorkspace, type SeedReport } from "./seed-workspace";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_WORKSPACE = {
  slug: "isis-decline",
  name: "ISIS decline 2015–2017",
  description: "Five articles on the territorial collapse of the Islamic State, 2015–2017, with a reader's letter and an Arabic and a French brief written for the demo.",
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
  const written = await seedDemoWritten({ workspaceId: report.workspaceId, ownerId });
  const activity = await seedDemoActivity(DEMO_WORKSPACE.slug, {
    reviewer1: id("reviewer1@example.org"),
    reviewer2: id("reviewer2@example.org"),
    editor: id("editor@example.org"),
  });
  return { ...report, articlesCreated: report.articlesCreated + written, activity };
}
