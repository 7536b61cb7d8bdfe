import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/domain/roles";
import { hashPassword } from "./users";

// Helpers for integration tests: each test makes a workspace and users of its own, so tests never
// depend on one another's data and can run in any order.

export async function countRows() {
  const db = getDb();
  const [users, workspaces, memberships, articles, ratingLevels, auditEvents] = await Promise.all([
    db.user.count(), db.workspace.count(), db.membership.count(), db.article.count(), db.ratingLevel.count(), db.auditEvent.count(),
  ]);
  return { users, workspaces, memberships, articles, ratingLevels, auditEvents };
}

export async function createTestWorkspace(roles: Role[] = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"]) {
  const id = randomBytes(5).toString("hex");
  const db = getDb();
  const passwordHash = await hashPassword("test-password");
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of roles) {
    users[role] = await db.user.create({ data: { email: `${role.toLowerCase()}-${id}@test.example.org`, name: `${role} ${id}`, passwordHash }, select: { id: true, email: true } });
  }
  const workspace = await db.workspace.create({
    data: { slug: `t-${id}`, name: `Test ${id}`, memberships: { create: roles.map((role) => ({ userId: users[role].id, role })) } },
    select: { id: true, slug: true, version: true },
  });
  return { workspace, users };
}

export async function createTestArticle(workspaceId: string, body = `A body with a population of around 12 million people. ${randomBytes(6).toString("hex")}`) {
  return getDb().article.create({
    data: { workspaceId, title: "Test article", body, bodyHash: randomBytes(16).toString("hex"), wordCount: body.split(/\s+/).length, importFormat: "txt" },
    select: { id: true },
  });
}

export async function auditEventsFor(entityId: string) {
  return getDb().auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
}
