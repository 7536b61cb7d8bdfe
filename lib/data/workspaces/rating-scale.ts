import "server-only";
import { createHash } from "node:crypto";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { isEmptyPlan, planScaleChange, type SavedLevel, type ScalePlan } from "@/lib/domain/rating-scale";
import type { RatingScaleInput } from "@/lib/schemas/rating-scale";
import { recordAudit } from "@/lib/data/audit";
import { requireVersion } from "@/lib/data/version-conflict";
import { refreshWorkspaceDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { workspaceScope, type Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

const levelSelect = { id: true, label: true, ordinal: true, colour: true, position: true } as const;
const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];

/**
 * The scale's version is a digest of its levels rather than a counter: a scale edit then neither
 * needs a column of its own nor bumps the workspace's version, which would make the settings form
 * on the same page refuse its next save as a conflict although nobody touched the settings.
 * Saves are serialised by a lock (see lockScale), so comparing digests is as safe as a counter.
 */
export function scaleVersion(levels: readonly SavedLevel[]): string {
  const canonical = JSON.stringify(levels.map((l) => [l.id, l.label, l.ordinal, l.colour, l.position]));
  return createHash("sha256").update(canonical).digest("hex").slice(0, 20);
}

async function readLevels(db: Tx | ReturnType<typeof getDb>, workspaceId: string): Promise<SavedLevel[]> {
  return db.ratingLevel.findMany({ where: { workspaceId }, orderBy: byPosition, select: levelSelect });
}

/** The workspace's scale in order, for any member: verdict forms and badges need it. */
export async function getRatingScale({ actor, slug }: { actor: Actor; slug: string }) {
  const workspace = await getDb().workspace.findFirst({ where: workspaceScope(actor, slug), select: { id: true } });
  if (!workspace) throw notFound("That workspace");
  const levels = await readLevels(getDb(), workspace.id);
  return { version: scaleVersion(levels), levels };
}

/** For the owner's scale editor: each level with how often it is used, which decides if it can go. */
export async function getRatingScaleForEditing({ actor, slug }: { actor: Actor; slug: string }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  const rows = await getDb().ratingLevel.findMany({
    where: { workspaceId: access.workspace.id },
    orderBy: byPosition,
    select: { ...levelSelect, _count: { select: { verdicts: true, importedVerdicts: true, claimsResolved: true } } },
  });
  // Imported verdicts hold a level as surely as verdicts recorded here do.
  const levels = rows.map(({ _count, ...level }) => ({ ...level, usage: { verdicts: _count.verdicts + _count.importedVerdicts, finalRatings: _count.claimsResolved } }));
  return { version: scaleVersion(levels), levels };
}

/** A level of this workspace's scale, or null (another workspace's level is as good as none). */
export async function findRatingLevel(tx: Tx, workspaceId: string, id: string) {
  return tx.ratingLevel.findFirst({ where: { id, workspaceId }, select: { id: true, label: true, colour: true, ordinal: true } });
}

/** A rating id that is not a level of this workspace's scale, reported next to its field. */
export const notOnScale = (field: string) =>
  new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { [field]: ["Choose a rating from this workspace's scale."] } });

/**
 * Replaces the scale with the submitted levels, in their order, if nobody changed it since the
 * owner read it. Levels left out are deleted, unless a verdict or final rating uses them.
 */
export async function saveRatingScale({ actor, slug, input }: { actor: Actor; slug: string; input: RatingScaleInput }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "manageWorkspace" });
  const workspaceId = access.workspace.id;
  return inUseGuard(() => getDb().$transaction(async (tx) => {
    await lockScale(tx, workspaceId);
    const saved = await readLevels(tx, workspaceId);
    const version = scaleVersion(saved);
    // The scale's version is a digest of its levels (scaleVersion), so the message names no numbers.
    requireVersion({ what: "the rating scale", then: "Nothing of yours was saved; the scale as it is now is shown below." }, input.version, { version, current: { version, levels: saved } });
    const plan = planScaleChange(saved, input.levels);
    if (plan.unknownIds.length) throw new AppError("VALIDATION", "A level in your edit is not part of this workspace's scale. Reload the page and edit again.");
    if (isEmptyPlan(plan)) return { version, levels: saved };
    await applyPlan(tx, workspaceId, plan);
    // Ordinals set the severity of reviewer splits: the stored queue rows follow the new scale.
    await refreshWorkspaceDisagreements(tx, workspaceId);
    const after = await readLevels(tx, workspaceId);
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.id,
      entityType: "rating-scale",
      entityId: workspaceId,
      action: "update",
      before: { levels: saved.map(describeLevel) },
      after: { levels: after.map(describeLevel) },
    });
    return { version: scaleVersion(after), levels: after };
  }));
}

/** The database refuses to delete a level that a verdict recorded meanwhile uses (a foreign key). */
async function inUseGuard<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "P2003") throw error;
    throw new AppError("CONFLICT", "A level you deleted was used by a verdict recorded a moment ago. Nothing was saved; reload the page to see the scale as it is now.");
  }
}

/** Two owners saving at once queue here, so each compares against the scale the other left. */
async function lockScale(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`SELECT 1 FROM workspaces WHERE id = ${workspaceId}::uuid FOR UPDATE`;
}

// Labels are unique per workspace, so a swap (A→B, B→A), or a new level taking a deleted one's
// label, would collide half-way; the levels whose label goes away step aside under a placeholder
// longer than any real label first.
async function applyPlan(tx: Tx, workspaceId: string, plan: ScalePlan) {
  const stepAside = [...plan.updates.filter((level) => level.labelChanged), ...plan.deletes];
  for (const level of stepAside) await tx.ratingLevel.update({ where: { id: level.id }, data: { label: `~moving~${level.id}` } });
  for (const { id, label, ordinal, colour, position } of plan.updates) {
    await tx.ratingLevel.update({ where: { id }, data: { label, ordinal, colour, position } });
  }
  if (plan.creates.length) await tx.ratingLevel.createMany({ data: plan.creates.map((level) => ({ ...level, workspaceId })) });
  for (const level of plan.deletes) await deleteUnusedLevel(tx, level);
}

async function deleteUnusedLevel(tx: Tx, level: SavedLevel) {
  const [recorded, imported, finalRatings] = await Promise.all([
    tx.verdict.count({ where: { ratingId: level.id } }),
    tx.importedVerdict.count({ where: { ratingId: level.id } }),
    tx.claim.count({ where: { finalRatingId: level.id } }),
  ]);
  const verdicts = recorded + imported;
  if (verdicts + finalRatings > 0) {
    const uses = [verdicts ? plural(verdicts, "verdict") : null, finalRatings ? plural(finalRatings, "final rating") : null].filter(Boolean).join(" and ");
    throw new AppError("VALIDATION", `“${level.label}” cannot be deleted: ${uses} ${verdicts + finalRatings === 1 ? "uses" : "use"} it. You can rename it instead. Nothing was saved.`);
  }
  await tx.ratingLevel.delete({ where: { id: level.id } });
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const describeLevel = ({ label, ordinal, colour }: SavedLevel) => ({ label, ordinal, colour });
