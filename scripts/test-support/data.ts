import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { describeSpan } from "@/lib/domain/anchoring";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import type { Role, Stance } from "@/lib/domain/vocabulary";
import { hashPassword } from "@/lib/data/accounts/users";

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
    data: {
      slug: `t-${id}`,
      name: `Test ${id}`,
      memberships: { create: roles.map((role) => ({ userId: users[role].id, role })) },
      // The scale every real workspace starts with (see ensureWorkspace).
      ratingLevels: { create: DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, position })) },
    },
    select: { id: true, slug: true, version: true },
  });
  return { workspace, users };
}

/** An article in English unless told otherwise, as an import of an English text would store it (its search follows the language). */
export async function createTestArticle(workspaceId: string, body = `A body with a population of around 12 million people. ${randomBytes(6).toString("hex")}`, language: string | null = "en") {
  return getDb().article.create({
    data: { workspaceId, title: "Test article", body, bodyHash: randomBytes(16).toString("hex"), wordCount: body.split(/\s+/).length, importFormat: "txt", language },
    select: { id: true },
  });
}

export async function auditEventsFor(entityId: string) {
  return getDb().auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
}

/** A claim on a span of the article's body, written directly (no audit event): a starting point for tests of what follows. */
export async function createSpanClaim({ workspaceId, articleId, body, quote, statement = quote, createdById = null, figure }: {
  workspaceId: string;
  articleId: string;
  body: string;
  quote: string;
  statement?: string;
  createdById?: string | null;
  figure?: { value: number; unit: "COUNT" | "PERCENT"; counted?: string };
}) {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the body`);
  const span = describeSpan(body, start, start + quote.length);
  return getDb().claim.create({
    data: {
      workspaceId, articleId, ...span, statement, createdById,
      ...(figure ? { figureValue: figure.value, figureUnit: figure.unit, figureCounted: figure.counted ?? null } : {}),
    },
    select: { id: true, status: true, version: true },
  });
}

/** What a workspace holds of evidence, sources and audit events: to show that a refused write wrote nothing. */
export async function countEvidenceRows(workspaceId: string) {
  const db = getDb();
  const [evidence, sources, auditEvents] = await Promise.all([
    db.evidence.count({ where: { workspaceId } }), db.source.count({ where: { workspaceId } }), db.auditEvent.count({ where: { workspaceId } }),
  ]);
  return { evidence, sources, auditEvents };
}

/** Another member of a test workspace, for tests that need two reviewers. */
export async function addTestMember(workspaceId: string, role: Role, name: string) {
  const id = randomBytes(5).toString("hex");
  const user = await getDb().user.create({ data: { email: `${name.toLowerCase().replace(/\W+/g, "-")}-${id}@test.example.org`, name: `${name} ${id}`, passwordHash: "x" }, select: { id: true, email: true } });
  await getDb().membership.create({ data: { workspaceId, userId: user.id, role } });
  return user;
}

/** The workspace's rating levels by label: { "Mostly true": id, ... }. */
/** Gives a member another role, as an owner would by hand (the app has no page for it yet). */
export async function setTestMemberRole({ slug, userId, role }: { slug: string; userId: string; role: Role }) {
  const workspace = await getDb().workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  await getDb().membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } }, data: { role } });
}

export async function ratingIds(workspaceId: string): Promise<Record<string, string>> {
  const levels = await getDb().ratingLevel.findMany({ where: { workspaceId }, select: { id: true, label: true } });
  return Object.fromEntries(levels.map((level) => [level.label, level.id]));
}

/** An open claim on a new article of its own, for tests of verdicts and what follows them. */
export async function createTestClaim(workspaceId: string, statement = "IS ruled about 12 million people") {
  const body = `A body with a population of around 12 million people. ${randomBytes(6).toString("hex")}`;
  const article = await createTestArticle(workspaceId, body);
  return createSpanClaim({ workspaceId, articleId: article.id, body, quote: "around 12 million people", statement });
}

/** Claims' stored figure fields, figureKey included: no list the product shows carries the key that pairs figures. */
export async function claimFigureRows(ids: string[]) {
  return getDb().claim.findMany({ where: { id: { in: ids } }, select: { statement: true, claimDate: true, figureUnit: true, figureCounted: true, figureKey: true } });
}

export async function claimEvents(claimId: string) {
  return getDb().auditEvent.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { entityType: true, action: true, actorId: true, before: true, after: true } });
}

/**
 * Makes the database refuse every audit event about `id` (as claim or entity) while `run` runs: a
 * real failure after the change's own write, to show the two commit together or not at all.
 * Scoped to one id, so tests running in parallel are not affected.
 */
export async function withAuditFailingFor<T>(id: string, run: () => Promise<T>): Promise<T> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Not a uuid: ${id}`);
  const name = `fail_audit_${id.replace(/-/g, "")}`;
  const db = getDb();
  await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused by test'; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON audit_events FOR EACH ROW WHEN (NEW."claimId" = '${id}' OR NEW."entityId" = '${id}') EXECUTE FUNCTION ${name}()`);
  try {
    return await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON audit_events`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}

/** A personal API token for a member, written directly (as createApiToken would); returns the plain token. */
export async function createTestApiToken({ workspaceId, userId, readOnly = false, revoked = false, expiresAt = null }: {
  workspaceId: string; userId: string; readOnly?: boolean; revoked?: boolean; expiresAt?: Date | null;
}): Promise<string> {
  const { newApiToken } = await import("@/lib/domain/api-token");
  const { token, hash, prefix } = newApiToken();
  await getDb().apiToken.create({ data: { workspaceId, userId, name: "test", tokenHash: hash, prefix, readOnly, expiresAt, revokedAt: revoked ? new Date() : null } });
  return token;
}

/** An external source and an excerpt of it linked to the claim, written directly (no audit event). */
/** Makes a workspace's live events look `minutes` old, so the sweep's retention removes them and no other test's. */
export async function ageTestLiveEvents(workspaceId: string, minutes: number) {
  await getDb().liveEvent.updateMany({ where: { workspaceId }, data: { createdAt: new Date(Date.now() - minutes * 60_000) } });
}

/** Revokes every API token of the user, as the token settings would one by one. */
export async function revokeTestApiTokens(userId: string) {
  await getDb().apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function createTestEvidence({ workspaceId, claimId, createdById = null, stance = "SUPPORTS" }: {
  workspaceId: string; claimId: string; createdById?: string | null; stance?: Stance;
}) {
  const source = await createTestSource(workspaceId);
  return getDb().evidence.create({ data: { workspaceId, claimId, sourceId: source.id, stance, exact: "An excerpt", createdById }, select: { id: true, sourceId: true } });
}

export async function createTestSource(workspaceId: string) {
  return getDb().source.create({ data: { workspaceId, kind: "WEB_PAGE", title: `Source ${randomBytes(4).toString("hex")}`, url: "https://example.org/report" }, select: { id: true, version: true } });
}

/** A claim assigned to a reviewer, written directly (no audit event). */
export async function assignTestClaim({ workspaceId, claimId, reviewerId }: { workspaceId: string; claimId: string; reviewerId: string }) {
  await getDb().claimAssignment.create({ data: { workspaceId, claimId, reviewerId } });
}

/** A finished job of `userId` with a file of its own (as an export job leaves it), written directly. */
export async function createTestJobFile({ workspaceId, userId, content = "a,b\n1,2\n" }: { workspaceId: string; userId: string; content?: string }) {
  const bytes = new TextEncoder().encode(content);
  const result = { filename: "claims.csv", contentType: "text/csv; charset=utf-8", size: bytes.byteLength };
  const job = await getDb().job.create({
    data: { workspaceId, createdById: userId, kind: "export", payload: {}, status: "SUCCEEDED", progress: 1, total: 1, result, message: "Done", finishedAt: new Date() },
    select: { id: true },
  });
  await getDb().jobFileChunk.create({ data: { jobId: job.id, seq: 0, data: bytes } });
  return job;
}

/**
 * What the API could write to in a workspace, by table: to show that a refused request wrote
 * nothing (audit events included, so a write rolled back with its event is seen too).
 */
export async function countWorkspaceRows(workspaceId: string) {
  const db = getDb();
  const where = { workspaceId };
  const [articles, claims, evidence, sources, verdicts, auditEvents, apiTokens, jobs, assignments] = await Promise.all([
    db.article.count({ where }), db.claim.count({ where }), db.evidence.count({ where }), db.source.count({ where }),
    db.verdict.count({ where }), db.auditEvent.count({ where }), db.apiToken.count({ where }), db.job.count({ where }), db.claimAssignment.count({ where }),
  ]);
  const versions = await db.claim.aggregate({ where, _sum: { version: true } });
  const sourceVersions = await db.source.aggregate({ where, _sum: { version: true } });
  const articleVersions = await db.article.aggregate({ where, _sum: { version: true } });
  return { articles, claims, evidence, sources, verdicts, auditEvents, apiTokens, jobs, assignments, claimVersions: versions._sum.version ?? 0, sourceVersions: sourceVersions._sum.version ?? 0, articleVersions: articleVersions._sum.version ?? 0 };
}

/** A reader who sees every disagreement (an editor): for counts that apply blind review per reader. */
export const EDITOR_READER = { actorId: "00000000-0000-0000-0000-000000000000", role: "EDITOR", blindReview: true } as const;

/** Lets the growing delay of a sign-in limit run out now, instead of a test waiting for it. */
export async function endSlotDelay(key: string): Promise<void> {
  await getDb().rateLimit.update({ where: { key }, data: { notBefore: new Date(Date.now() - 1_000) } });
}

/** An outside fact-check as the ClaimReview import stores it (a source of kind FACT_CHECK), in the workspace of `slug`. */
export async function createTestFactCheck(slug: string, fields: { claimReviewed: string; ratingLabel: string; publisher: string; url: string; publishedAt: string; ratingLevelId?: string }) {
  const db = getDb();
  const { id: workspaceId } = await db.workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return db.source.create({
    data: { workspaceId, kind: "FACT_CHECK", title: `Fact-check: ${fields.claimReviewed}`, ...fields, publishedAt: new Date(`${fields.publishedAt}T00:00:00Z`) },
    select: { id: true },
  });
}
