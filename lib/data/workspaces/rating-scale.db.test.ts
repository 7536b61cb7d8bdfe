import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ratingScaleSchema } from "@/lib/schemas/rating-scale";
import { getRatingScale, getRatingScaleForEditing, saveRatingScale } from "./rating-scale";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { auditEventsFor, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";

type Level = { id?: string; label: string; ordinal: number | null; colour: string };

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const scale = await getRatingScale({ actor: users.OWNER, slug: workspace.slug });
  const levels: Level[] = scale.levels.map(({ id, label, ordinal, colour }) => ({ id, label, ordinal, colour }));
  return { slug: workspace.slug, workspaceId: workspace.id, users, version: scale.version, levels };
}

const labels = async (workspaceId: string) =>
  (await getDb().ratingLevel.findMany({ where: { workspaceId }, orderBy: { position: "asc" }, select: { label: true } })).map((l) => l.label);

const byLabel = (levels: Level[], label: string) => levels.find((level) => level.label === label)!;

describe("editing the rating scale", () => {
  it("an owner renames, recolours, re-orders and adds levels in one save, with one audit event", async () => {
    const { slug, workspaceId, users, version, levels } = await setup();
    const [t, mt, ...rest] = levels;
    const input = ratingScaleSchema.parse({
      version,
      levels: [{ ...mt, label: "Largely true" }, { ...t, colour: "#0000FF" }, ...rest, { label: "Misleading", ordinal: "", colour: "#7c3aed" }],
    });
    const saved = await saveRatingScale({ actor: users.OWNER, slug, input });
    expect(saved.version).not.toBe(version);
    expect(await labels(workspaceId)).toEqual(["Largely true", "True", "Mixed", "Mostly false", "False", "Unverifiable", "Misleading"]);
    expect(saved.levels[1]).toMatchObject({ id: t!.id, colour: "#0000ff", position: 1 });
    expect(saved.levels[6]).toMatchObject({ label: "Misleading", ordinal: null });

    const events = await auditEventsFor(workspaceId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "update", actorId: users.OWNER.id, before: { levels: expect.arrayContaining([{ label: "Mostly true", ordinal: 4, colour: "#65a30d" }]) } });
  });

  it("swaps two labels and gives a deleted level's label to a new one", async () => {
    const { slug, workspaceId, users, version, levels } = await setup();
    const swapped = levels.slice(0, 5).map((level, i) => (i === 0 ? { ...level, label: "False" } : i === 4 ? { ...level, label: "True" } : level));
    await saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: [...swapped, { label: "Unverifiable", ordinal: null, colour: "#000000" }] }) });
    expect(await labels(workspaceId)).toEqual(["False", "Mostly true", "Mixed", "Mostly false", "True", "Unverifiable"]);
  });

  it("keeps a level in use: it can be renamed but not deleted, and a refused save writes nothing at all", async () => {
    const { slug, workspaceId, users, version, levels } = await setup();
    const claim = await createTestClaim(workspaceId);
    const ratings = await ratingIds(workspaceId);
    await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["Mostly true"]!, rationale: "r" } });
    await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: 2, finalRatingId: ratings["Mixed"]!, resolutionNote: "n" } });

    // The rename is written before the deletion is refused: the transaction must take it back.
    const withoutMostlyTrue = levels.filter((level) => level.label !== "Mostly true").map((level) => (level.label === "True" ? { ...level, label: "Accurate" } : level));
    await expect(saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: withoutMostlyTrue }) })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "“Mostly true” cannot be deleted: 1 verdict uses it. You can rename it instead. Nothing was saved.",
    });
    const withoutMixed = levels.filter((level) => level.label !== "Mixed");
    await expect(saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: withoutMixed }) })).rejects.toMatchObject({
      message: expect.stringContaining("1 final rating uses it"),
    });
    expect(await labels(workspaceId)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"]);
    expect(await auditEventsFor(workspaceId)).toEqual([]);

    const renamed = levels.map((level) => (level.label === "Mostly true" ? { ...level, label: "Largely accurate" } : level));
    await saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: renamed }) });
    const editing = await getRatingScaleForEditing({ actor: users.OWNER, slug });
    expect(editing.levels[1]).toMatchObject({ label: "Largely accurate", usage: { verdicts: 1, finalRatings: 0 } });

    const unused = editing.levels.filter((level) => level.label !== "Unverifiable").map(({ id, label, ordinal, colour }) => ({ id, label, ordinal, colour }));
    await saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version: editing.version, levels: unused }) });
    expect(await labels(workspaceId)).not.toContain("Unverifiable");
  });

  it("refuses a save based on a scale someone changed since, returning the scale as it is", async () => {
    const { slug, workspaceId, users, version, levels } = await setup();
    await saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: [...levels, { label: "Satire", ordinal: "", colour: "#111111" }] }) });
    const stale = levels.map((level) => (level.label === "Mixed" ? { ...level, label: "Half true" } : level));
    await expect(saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: stale }) })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { levels: expect.arrayContaining([expect.objectContaining({ label: "Satire" })]) } },
    });
    expect(await labels(workspaceId)).toContain("Mixed");
    expect(await auditEventsFor(workspaceId)).toHaveLength(1);
  });

  it("waits for a save in progress and then refuses to overwrite what it changed", async () => {
    const { slug, workspaceId, users, version, levels } = await setup();
    let save: Promise<unknown> = Promise.resolve();
    // Another owner's save, held open: it has locked the scale and adds a level before committing.
    await getDb().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM workspaces WHERE id = ${workspaceId}::uuid FOR UPDATE`;
      save = saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: [...levels, { label: "Misleading", ordinal: "", colour: "#111111" }] }) });
      save.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await tx.ratingLevel.create({ data: { workspaceId, label: "Satire", ordinal: null, colour: "#222222", position: 6 } });
    });
    await expect(save).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await labels(workspaceId)).toEqual(["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable", "Satire"]);
  });

  it("is for owners only, and refuses another workspace's level ids", async () => {
    const { slug, users, version, levels } = await setup();
    const input = ratingScaleSchema.parse({ version, levels });
    for (const actor of [users.EDITOR, users.REVIEWER]) await expect(saveRatingScale({ actor, slug, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRatingScaleForEditing({ actor: users.EDITOR, slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await setup();
    const foreign = { ...byLabel(other.levels, "Mixed"), label: "Borrowed", ordinal: null };
    await expect(saveRatingScale({ actor: users.OWNER, slug, input: ratingScaleSchema.parse({ version, levels: [...levels, foreign] }) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await labels(other.workspaceId)).toContain("Mixed");
  });
});
