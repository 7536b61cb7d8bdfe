import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listArticles } from "@/lib/data/articles";
import { seedDemo, DEMO_USERS, DEMO_WORKSPACE } from "./demo";
import { seedWorkspace } from "./seed-workspace";
import { countRows } from "@/lib/data/testing";

describe("seeding", () => {
  it("is idempotent: a second run creates nothing twice", async () => {
    const first = await seedDemo();
    const countsAfterFirst = await countRows();
    const second = await seedDemo();

    expect(second).toMatchObject({ workspaceCreated: false, usersCreated: 0, articlesCreated: 0, workspaceId: first.workspaceId });
    expect(await countRows()).toEqual(countsAfterFirst);

    const owner = { id: first.userIds[DEMO_USERS[0]!.email]! };
    const articles = await listArticles({ actor: owner, slug: DEMO_WORKSPACE.slug });
    expect(articles.map((a) => a.title).sort()).toEqual([
      "How the Islamic State ends: scrambling for Deir al-Zour",
      "ISIS enters its final days",
      "ISIS: No Longer Everlasting, Ever Growing",
      "The End of the Caliphate",
      "What happened to ISIS after the raids of the international Alliance?",
    ]);
  });

  it("gives every demo user the role their name says", async () => {
    const report = await seedDemo();
    const { getWorkspaceAccess } = await import("@/lib/data/workspaces");
    for (const user of DEMO_USERS) {
      const access = await getWorkspaceAccess({ actor: { id: report.userIds[user.email]! }, slug: DEMO_WORKSPACE.slug });
      expect(access?.role).toBe(user.role);
    }
  });

  it("does not reset the password or role of a user who already exists", async () => {
    const id = randomBytes(4).toString("hex");
    const email = `keep-${id}@test.example.org`;
    const spec = { slug: `keep-${id}`, name: "Keep", withCorpus: false, users: [{ email, name: "K", role: "OWNER" as const, password: "first-password" }] };
    await seedWorkspace(spec);
    await seedWorkspace({ ...spec, users: [{ ...spec.users[0]!, password: "second-password" }] });
    const { verifyCredentials } = await import("@/lib/data/users");
    expect(await verifyCredentials({ email, password: "first-password" })).not.toBeNull();
    expect(await verifyCredentials({ email, password: "second-password" })).toBeNull();
  });
});
