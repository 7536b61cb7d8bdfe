import "server-only";
import { getDb } from "@/lib/db/client";

/** True on a brand-new database: the moment to seed the demo workspace. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return (await getDb().user.count()) === 0;
}

export type DemoSeedState = "started" | "done" | null;

const DEMO_SEED = "demo-seed";

/** Where the first-run demo seed got to: not begun (null), begun and not finished, or finished. */
export async function getDemoSeedState(): Promise<DemoSeedState> {
  const row = await getDb().instanceState.findUnique({ where: { key: DEMO_SEED }, select: { value: true } });
  return row?.value === "started" || row?.value === "done" ? row.value : null;
}

export async function setDemoSeedState(state: "started" | "done"): Promise<void> {
  await getDb().instanceState.upsert({ where: { key: DEMO_SEED }, create: { key: DEMO_SEED, value: state }, update: { value: state } });
}

/**
 * Removes a workspace whose seeding was interrupted, so that it can be seeded again from the start
 * (the seed's steps are not all resumable). One transaction; the rows that refuse a cascading
 * delete (verdicts, evidence, claims holding a final rating) go first.
 */
export async function deleteInterruptedSeedWorkspace(slug: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.findUnique({ where: { slug }, select: { id: true } });
    if (!workspace) return false;
    const where = { workspaceId: workspace.id };
    await tx.verdict.deleteMany({ where });
    await tx.evidence.deleteMany({ where });
    await tx.claim.deleteMany({ where });
    await tx.workspace.delete({ where: { id: workspace.id } });
    return true;
  }, { timeout: 60_000 });
}
