import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { describeSpan } from "@/lib/domain/anchoring";
import { resolveClaimNumbers, type ClaimFields, type CreateClaimInput, type SpanInput, type UpdateClaimInput } from "@/lib/schemas/claim";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canDeleteClaim, canEditClaim } from "@/lib/domain/permissions";
import { requireVersion, updateAtVersion } from "@/lib/data/version-conflict";
import { recordEvent } from "@/lib/data/events/events";
import { recordAudit, type AuditInput } from "@/lib/data/audit";
import { refreshClaimDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { beginFigureWrite, finishFigureWrite, type FigureWrite } from "@/lib/data/figure-conflicts/figure-conflict-writes";
import { fromDbFigure, toDbFigure } from "@/lib/data/claims/figure-codes";
import { currentCapture } from "@/lib/data/articles/captures";
import { lockGroupsForDeletion } from "@/lib/data/claims/claim-groups";
import { memberOf, type Actor } from "../scope";
import { requireWorkspaceRole } from "../workspaces/workspaces";

export const claimSelect = {
  id: true,
  articleId: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorStatus: true,
  statement: true,
  claimant: true,
  claimDate: true,
  figureValue: true,
  figureUnit: true,
  figureQualifier: true,
  figureLow: true,
  figureHigh: true,
  figureCounted: true,
  tags: true,
  status: true,
  resolutionNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdById: true,
  createdBy: { select: { id: true, name: true } },
  finalRating: { select: { id: true, label: true, ordinal: true, colour: true } },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

function toClaim(row: ClaimRow) {
  return { ...row, figure: fromDbFigure(row) };
}
export type ClaimView = ReturnType<typeof toClaim>;

/** A plain JSON copy (dates as ISO strings) for the audit trail. */
function toJson(value: object): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

function fieldsToData(fields: ClaimFields) {
  return {
    statement: fields.statement,
    claimant: fields.claimant ?? null,
    claimDate: fields.claimDate ?? null,
    tags: fields.tags,
    ...toDbFigure(fields),
  };
}

/**
 * The figure's numbers read as the claim's article writes them: "1,500" is 1500 in an English article and 1.5 in a
 * French or Spanish one; elsewhere it is refused (422) with a message saying how to write it.
 */
export function readClaimNumbers<T extends Parameters<typeof resolveClaimNumbers>[0]>(fields: T, language: string | null) {
  const read = resolveClaimNumbers(fields, language);
  if (!read.ok) throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: read.fieldErrors });
  return read.fields;
}

/** Marks a claim on an article. Reviewers and above. */
export async function createClaim({ actor, slug, input }: { actor: Actor; slug: string; input: CreateClaimInput }): Promise<ClaimView> {
  const access = await requireWorkspaceRole({ actor, slug, action: "markClaim" });
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, workspaceId: access.workspace.id },
      select: { id: true, body: true, bodyHash: true, language: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists: it was deleted while you were marking the claim. Nothing was saved.");
    const span = spanInBody(article.body, input);
    const { figureKey, ...data } = fieldsToData(readClaimNumbers(input, article.language));
    // Only a figure can conflict with another (and a new claim has no verdicts or evidence yet), so
    // a claim without one has nothing to check and no queue row to write.
    const figures = figureKey === null ? null : await beginFigureWrite(tx, access.workspace.id, []);
    // A new claim has no final rating: not selected, so Prisma sends no query for it.
    const { finalRating: _none, ...newClaimSelect } = claimSelect;
    // The claim cites the capture whose text it was marked on (an article imported from the web), read in
    // this transaction so a change applied meanwhile cannot pair the claim with the wrong capture. Only
    // while the article's text is still that capture's: after an editor's own text edit the claim was
    // marked on text no capture holds, and citing the capture would claim otherwise.
    const current = await currentCapture(tx, article.id);
    const capture = current?.bodyHash === article.bodyHash ? current : null;
    const inserted = await tx.claim.create({
      data: { ...data, ...span, figureKey, workspaceId: access.workspace.id, articleId: article.id, anchorStatus: "EXACT", createdById: actor.id, captureId: capture?.id ?? null },
      select: newClaimSelect,
    });
    const created: ClaimRow = { ...inserted, finalRating: null };
    if (figures) await finishFigures(tx, { ...figures, claimIds: [created.id] });
    await recordClaimAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, claimId: created.id }, {
      action: "create",
      after: toJson({ ...data, exact: span.exact, start: span.start, end: span.end }),
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "claim.created", claimId: created.id, articleId: article.id, actorId: actor.id });
    return toClaim(created);
  });
}

/** The span as the server's copy of the text has it: the text the reviewer saw must still be there. */
function spanInBody(body: string, span: SpanInput) {
  if (span.end > body.length || body.slice(span.start, span.end) !== span.exact) {
    throw new AppError("CONFLICT", "The article's text changed since you opened it, so the selection no longer matches. Reload the article and select the passage again.");
  }
  return describeSpan(body, span.start, span.end);
}

export async function getClaim({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const row = await getDb().claim.findFirst({
    where: { id: claimId, ...memberOf(actor, slug) },
    select: { ...claimSelect, article: { select: { id: true, title: true, body: true, publisher: true, language: true } }, capture: { select: { id: true, capturedAt: true } } },
  });
  return row ? { ...toClaim(row), article: row.article, capture: row.capture } : null;
}

/** Editors edit any claim; reviewers only the claims they marked (lib/domain/permissions.ts canEditClaim). */
async function requireClaimEditor(tx: Tx, actor: Actor, slug: string, claimId: string) {
  const access = await requireWorkspaceRole({ actor, slug, action: "markClaim" });
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id }, select: { ...claimSelect, article: { select: { body: true, language: true } } } });
  if (!claim) throw notFound("That claim");
  if (!canEditClaim({ id: actor.id, role: access.role }, claim)) {
    throw new AppError("FORBIDDEN", "Only editors and the reviewer who marked this claim can edit it.");
  }
  return { access, claim };
}

/**
 * Saves the fields if nobody has saved the claim since the caller read it. Otherwise CONFLICT,
 * carrying the claim as it now is and the fields that differ, so nothing is silently overwritten.
 */
export async function updateClaim({ actor, slug, input }: { actor: Actor; slug: string; input: UpdateClaimInput }): Promise<ClaimView> {
  return getDb().$transaction(async (tx) => {
    const { access, claim } = await requireClaimEditor(tx, actor, slug, input.claimId);
    const { figureKey, ...data } = fieldsToData(readClaimNumbers(input, claim.article.language));
    const figures = await beginFigureWrite(tx, access.workspace.id, [claim.id]);
    // What the matcher reads changed: the claim is to be checked again (the worker's match check, triage's hasMatch).
    const recheck = Object.keys(changedFields(pickFields(claim), data).after).some((key) => key !== "tags");
    await updateAtVersion(CLAIM_SAVED, input.version,
      () => tx.claim.updateMany({ where: { id: claim.id, version: input.version }, data: { ...data, figureKey, version: { increment: 1 }, ...(recheck ? { matchCheckedAt: null } : {}) } }),
      // Read again: the copy above may predate the save that won (it committed while we waited).
      async () => claimNow(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect })));
    await finishFigures(tx, figures);
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect });
    await recordClaimAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, claimId: claim.id }, {
      action: "update",
      ...changedFields(pickFields(claim), data),
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "claim.updated", claimId: claim.id, articleId: claim.articleId, actorId: actor.id });
    return toClaim(after);
  });
}

/** Gives an orphaned (or misplaced) claim a new span, selected by a reviewer. */
export async function reattachClaim({ actor, slug, input }: { actor: Actor; slug: string; input: SpanInput & { claimId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const { access, claim } = await requireClaimEditor(tx, actor, slug, input.claimId);
    const span = spanInBody(claim.article.body, input);
    const figures = await beginFigureWrite(tx, access.workspace.id, [claim.id]);
    await updateAtVersion(CLAIM_SAVED, input.version,
      () => tx.claim.updateMany({ where: { id: claim.id, version: input.version }, data: { ...span, anchorStatus: "EXACT", version: { increment: 1 } } }),
      async () => claimNow(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect })));
    await finishFigures(tx, figures);
    await recordClaimAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, claimId: claim.id }, {
      action: "reattach",
      before: { exact: claim.exact, start: claim.start, end: claim.end, anchorStatus: claim.anchorStatus },
      after: { exact: span.exact, start: span.start, end: span.end, anchorStatus: "EXACT" },
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "claim.updated", claimId: claim.id, articleId: claim.articleId, actorId: actor.id });
    return toClaim(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect }));
  });
}

/**
 * Figures are compared when a claim's figure, statement or span changes (a span that moves may come
 * with a corrected statement): beginFigureWrite before the write, then this after it brings the
 * claims' figure conflicts and the queue rows of every claim whose conflicts changed up to date in
 * the write's transaction.
 */
export async function finishFigures(tx: Tx, figures: FigureWrite) {
  await refreshClaimDisagreements(tx, await finishFigureWrite(tx, figures));
}

/**
 * Deletes a claim with its evidence, verdicts, assignments and "same claim" links (editors any, reviewers
 * the claims they marked and nobody has rated yet). Its figure conflicts go with it; the claims it
 * conflicted with, and the rest of its group, are re-listed. The audit event keeps what the claim was.
 */
export async function deleteClaim({ actor, slug, input }: { actor: Actor; slug: string; input: { claimId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const { access, claim } = await requireClaimEditor(tx, actor, slug, input.claimId);
    requireVersion(CLAIM_SAVED, input.version, claimNow(claim));
    const hasVerdicts = (await tx.verdict.count({ where: { claimId: claim.id } })) > 0;
    if (!canDeleteClaim({ id: actor.id, role: access.role }, { createdById: claim.createdById, hasVerdicts })) {
      throw new AppError("FORBIDDEN", "This claim has verdicts, so only an editor can delete it.");
    }
    const figures = await beginFigureWrite(tx, access.workspace.id, [claim.id]);
    const groupMates = await lockGroupsForDeletion(tx, access.workspace.id, [claim.id]);
    await tx.claim.delete({ where: { id: claim.id } });
    await finishFigures(tx, figures);
    // Its links go with it: the rest of its group may split, and may no longer be rated two ways.
    await refreshClaimDisagreements(tx, groupMates);
    await recordClaimAudit(tx, { workspaceId: access.workspace.id, actorId: actor.id, claimId: claim.id }, {
      action: "delete",
      before: toJson({ ...pickFields(claim), exact: claim.exact, start: claim.start, end: claim.end, articleId: claim.articleId, status: claim.status }),
    });
    await recordEvent(tx, { workspaceId: access.workspace.id, name: "claim.deleted", claimId: claim.id, articleId: claim.articleId, actorId: actor.id });
    return { id: claim.id, articleId: claim.articleId };
  });
}

function pickFields(claim: ClaimRow) {
  const { statement, claimant, claimDate, tags, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted } = claim;
  return { statement, claimant, claimDate, tags, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted };
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  const pick = (row: Record<string, unknown>) => toJson(Object.fromEntries(keys.map((key) => [key, row[key] ?? null])));
  return { before: pick(before), after: pick(after) };
}

/** An event about the claim itself, on its own timeline. */
function recordClaimAudit(tx: Tx, who: { workspaceId: string; actorId: string; claimId: string }, change: Pick<AuditInput, "action" | "before" | "after">) {
  return recordAudit(tx, { ...who, entityType: "claim", entityId: who.claimId, ...change });
}

const CLAIM_SAVED = { what: "this claim", then: "Their version is shown below; nothing of yours was saved." };

/** The claim as saved now, in the shape the claim page shows beside a conflict. */
function claimNow(current: ClaimRow) {
  return {
    version: current.version,
    current: {
      version: current.version,
      statement: current.statement,
      claimant: current.claimant,
      claimDate: current.claimDate?.toISOString().slice(0, 10) ?? null,
      tags: current.tags,
      figure: fromDbFigure(current),
    },
  };
}

export async function listArticleClaims({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }) {
  const rows = await getDb().claim.findMany({
    where: { articleId, ...memberOf(actor, slug) },
    orderBy: [{ start: "asc" }, { end: "desc" }],
    select: claimSelect,
  });
  return rows.map(toClaim);
}
