import "server-only";
import { recordEvent } from "@/lib/data/events/events";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { describeSpan } from "@/lib/domain/anchoring";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AddArticleEvidenceInput, AddExternalEvidenceInput } from "@/lib/schemas/evidence";
import { canRemoveEvidence } from "@/lib/domain/permissions";
import { recordAudit } from "@/lib/data/audit";
import { refreshClaimDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { enterReviewIfOpen, lockClaim as lockClaimRow } from "@/lib/data/claims/claim-status";
import { reopenIfDisputed } from "@/lib/data/claims/reopen-on-conflict";
import { memberOf, type Actor, type WorkspaceAccess } from "@/lib/data/scope";
import { ensureArticleSource, insertSource } from "@/lib/data/sources/sources";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

const evidenceSelect = {
  id: true,
  stance: true,
  exact: true,
  start: true,
  end: true,
  anchorStatus: true,
  note: true,
  createdAt: true,
  createdById: true,
  createdBy: { select: { name: true } },
  source: { select: { id: true, kind: true, articleId: true, title: true, url: true, publisher: true, publishedAt: true, archivedUrl: true, reliability: true } },
} satisfies Prisma.EvidenceSelect;

export type EvidenceView = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** A claim's evidence, oldest first, for members of its workspace. */
export async function listClaimEvidence({ actor, slug, claimId, window }: {
  actor: Actor;
  slug: string;
  claimId: string;
  /** The API's page: the evidence after the one `after` names, and no more than `limit`. */
  window?: { limit: number; after: { createdAt: Date; id: string } | null };
}): Promise<EvidenceView[]> {
  const after = window?.after;
  return getDb().evidence.findMany({
    where: { claimId, ...memberOf(actor, slug), ...(after ? { createdAt: { gte: after.createdAt }, OR: [{ createdAt: { gt: after.createdAt } }, { id: { gt: after.id } }] } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(window ? { take: window.limit } : {}),
    select: evidenceSelect,
  });
}

/**
 * The claim being given evidence, locked for the rest of the transaction: two reviewers linking the
 * same passage at once are then checked one after the other, and the first evidence moves the
 * claim to review exactly once.
 */
async function lockClaim(tx: Tx, access: WorkspaceAccess, claimId: string) {
  if (!(await lockClaimRow(tx, access.workspace.id, claimId))) throw notFound("That claim");
  return tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, articleId: true, start: true, end: true, anchorStatus: true } });
}

/** Links a passage of an article of the same workspace (the claim's own included). Reviewers and above. */
export async function addArticleEvidence({ actor, slug, input }: { actor: Actor; slug: string; input: AddArticleEvidenceInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, access, input.claimId);
    // Scoped by workspace: an article of another workspace is "not found", whatever its id.
    const article = await tx.article.findFirst({
      where: { id: input.articleId, workspaceId: access.workspace.id },
      select: { id: true, title: true, publisher: true, publishedAt: true, body: true },
    });
    if (!article) throw notFound("That article");
    const span = describePassage(article.body, input);
    await refuseDuplicatePassage(tx, claim, article.id, span);
    const source = await ensureArticleSource(tx, { workspaceId: access.workspace.id, actorId: actor.id, article });
    const { id, claimStatus } = await insertEvidence(tx, {
      access, actor, claimId: claim.id, source,
      data: { stance: input.stance, note: input.note ?? null, ...span, anchorStatus: "EXACT" },
      after: { articleId: article.id, exact: span.exact, start: span.start, end: span.end, ...(source.created ? { sourceCreated: true } : {}) },
    });
    return { id, claimStatus };
  });
}

/**
 * Writes the evidence, moves the claim into review if it was open, and records both in one audit
 * event: one mutation, one event, one transaction.
 */
async function insertEvidence(tx: Tx, { access, actor, claimId, source, data, after }: {
  access: WorkspaceAccess;
  actor: Actor;
  claimId: string;
  source: { id: string; title: string };
  data: Omit<Prisma.EvidenceUncheckedCreateInput, "workspaceId" | "claimId" | "sourceId" | "createdById">;
  after: Prisma.InputJsonObject;
}) {
  const created = await tx.evidence.create({
    data: { ...data, workspaceId: access.workspace.id, claimId, sourceId: source.id, createdById: actor.id },
    select: { id: true },
  });
  const entered = await enterReviewIfOpen(tx, claimId);
  await recordAudit(tx, {
    workspaceId: access.workspace.id,
    actorId: actor.id,
    entityType: "evidence",
    entityId: created.id,
    claimId,
    action: "create",
    after: { stance: data.stance, source: source.title, sourceId: source.id, note: data.note ?? null, ...after, ...(entered ? { claimStatus: entered } : {}) },
  });
  await recordEvent(tx, { workspaceId: access.workspace.id, name: "evidence.added", claimId, entityId: created.id, actorId: actor.id });
  // Evidence against a resolved claim's final rating reopens it (lib/domain/reopening.ts).
  const cause = { kind: "evidence", evidenceId: created.id, stance: data.stance, source: source.title } as const;
  const reopened = await reopenIfDisputed(tx, { workspaceId: access.workspace.id, claimId, actorId: actor.id, cause });
  await refreshClaimDisagreements(tx, [claimId]);
  return { id: created.id, claimStatus: reopened ? ("DISPUTED" as const) : entered };
}

/** The passage as the server's copy of the text has it: what the reviewer selected must still be there. */
function describePassage(body: string, span: { start: number; end: number; exact: string }) {
  if (span.end > body.length || body.slice(span.start, span.end) !== span.exact) {
    throw new AppError("CONFLICT", "The article's text changed since you opened it, so the selection no longer matches. Reload the article and select the passage again.");
  }
  return describeSpan(body, span.start, span.end);
}

/** A claim is not its own evidence, and a passage is linked to a claim once. */
async function refuseDuplicatePassage(tx: Tx, claim: { id: string; articleId: string; start: number; end: number; anchorStatus: string }, articleId: string, span: { start: number; end: number }) {
  if (claim.articleId === articleId && claim.anchorStatus !== "ORPHANED" && claim.start === span.start && claim.end === span.end) {
    throw new AppError("VALIDATION", "That passage is the claim itself. Select the passage that supports, contradicts or explains it.", {
      fieldErrors: { exact: ["That passage is the claim itself. Select another passage."] },
    });
  }
  const linked = await tx.evidence.findMany({
    where: { claimId: claim.id, source: { articleId }, anchorStatus: { not: "ORPHANED" } },
    select: { start: true, end: true },
  });
  const spans = linked.flatMap((e) => (e.start === null || e.end === null ? [] : [{ start: e.start, end: e.end }]));
  if (spans.some((s) => s.start === span.start && s.end === span.end)) {
    throw new AppError("CONFLICT", "This passage is already linked as evidence for this claim.");
  }
}

/** Links an excerpt of an external source: one of the workspace's, or one described in the same form. */
export async function addExternalEvidence({ actor, slug, input }: { actor: Actor; slug: string; input: AddExternalEvidenceInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, access, input.claimId);
    const source = await resolveExternalSource(tx, access, actor, input);
    const { id, claimStatus } = await insertEvidence(tx, {
      access, actor, claimId: claim.id, source,
      data: { stance: input.stance, note: input.note ?? null, exact: input.excerpt },
      after: { exact: input.excerpt, ...(source.created ? { sourceCreated: true, url: source.url } : {}) },
    });
    return { id, sourceId: source.id, claimStatus };
  });
}

async function resolveExternalSource(tx: Tx, access: WorkspaceAccess, actor: Actor, input: AddExternalEvidenceInput) {
  if (input.sourceMode === "new") {
    const { kind, title, url, publisher, publishedAt, archivedUrl } = input;
    const created = await insertSource(tx, { workspaceId: access.workspace.id, actorId: actor.id, input: { kind, title, url, publisher, publishedAt, archivedUrl } });
    return { ...created, created: true };
  }
  const existing = await tx.source.findFirst({ where: { id: input.sourceId, workspaceId: access.workspace.id }, select: { id: true, kind: true, title: true, url: true } });
  if (!existing) throw new AppError("NOT_FOUND", "That source was not found in this workspace.", { fieldErrors: { sourceId: ["That source was not found. Choose another."] } });
  if (existing.kind === "ARTICLE") {
    throw new AppError("VALIDATION", "This source is an article of the workspace: link a passage of it instead, so that the excerpt stays anchored.", {
      fieldErrors: { sourceId: ["Choose an external source, or link a passage of this article."] },
    });
  }
  return { ...existing, created: false };
}

/** Removes evidence: editors any, reviewers the evidence they added. The audit event keeps what it was. */
export async function removeEvidence({ actor, slug, evidenceId, claimId }: { actor: Actor; slug: string; evidenceId: string; claimId?: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  return getDb().$transaction(async (tx) => {
    const evidence = await tx.evidence.findFirst({
      where: { id: evidenceId, workspaceId: access.workspace.id, ...(claimId ? { claimId } : {}) },
      select: { id: true, claimId: true, stance: true, exact: true, note: true, createdById: true, sourceId: true, source: { select: { title: true } } },
    });
    if (!evidence) throw notFound("That evidence");
    if (!canRemoveEvidence({ id: actor.id, role: access.role }, evidence)) {
      throw new AppError("FORBIDDEN", "Only editors and the reviewer who added this evidence can remove it.");
    }
    await tx.evidence.delete({ where: { id: evidence.id } });
    await refreshClaimDisagreements(tx, [evidence.claimId]);
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "evidence",
      entityId: evidence.id,
      claimId: evidence.claimId,
      action: "delete",
      before: { stance: evidence.stance, source: evidence.source.title, sourceId: evidence.sourceId, exact: evidence.exact, note: evidence.note },
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "evidence.removed", claimId: evidence.claimId, entityId: evidence.id, actorId: actor.id });
    return { claimId: evidence.claimId };
  });
}

/** Articles a passage may be quoted from, for the evidence form: matched on title, at most 50. */
export async function listEvidenceArticles({ actor, slug, q }: { actor: Actor; slug: string; q?: string }) {
  return getDb().article.findMany({
    where: { ...memberOf(actor, slug), ...(q ? { title: { contains: q, mode: "insensitive" } } : {}) },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, title: true, publisher: true, publishedAt: true },
  });
}
