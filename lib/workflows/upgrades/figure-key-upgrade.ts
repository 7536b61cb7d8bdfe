import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { FIGURE_KEY_VERSION } from "@/lib/domain/same-quantity";
import { refreshWorkspaceDisagreements } from "@/lib/data/disagreements/claim-disagreements";
import { figureKeyOfStored } from "@/lib/data/claims/figure-codes";
import { lockFigures, recountWorkspaceFigureConflicts } from "@/lib/data/figure-conflicts/figure-conflict-writes";

// Stored quantity keys (claims.figureKey) are made by lib/domain/same-quantity.ts quantityKey, from the cross-
// language concept vocabulary. When its rules or its words change, keys already stored are stale: a claim keyed
// "count:people" would never meet a new one keyed "count:[people]". A SQL migration cannot recompute them (the key
// is TypeScript, and copying the vocabulary into SQL would make a second home that drifts), so this runs after
// the migrations, wherever they are applied for a database that holds data (npm start, db:deploy, db:seed):
// - the installation records the version its keys were made with (instance_state "figure-keys"); the version is
//   FIGURE_KEY_VERSION, which fingerprints the vocabulary, so a new word is an upgrade too;
// - when it differs, each workspace is rekeyed in one transaction, under the workspace's figure lock (so no
//   claim write interleaves): every figure claim's key recomputed from its stored figure, and when any key
//   changed, the workspace's intervals, severities and queue rows recomputed, as after a workspace import;
// - the version is recorded only after every workspace is done. An interrupted upgrade is simply run again:
//   a workspace already rekeyed has nothing left to change, so a rerun (or two servers starting at once) ends in
//   the same state. Keys are written without touching updatedAt: this is no one's edit.

const MARKER = "figure-keys";
const BATCH = 5000;

export interface FigureKeyUpgrade {
  /** False when the stored keys were already current. */
  ran: boolean;
  /** Claims whose key changed, and the workspaces they are in. */
  claims: number;
  workspaces: number;
}

export async function upgradeFigureKeys(): Promise<FigureKeyUpgrade> {
  const db = getDb();
  const stored = await db.instanceState.findUnique({ where: { key: MARKER }, select: { value: true } });
  if (stored?.value === FIGURE_KEY_VERSION) return { ran: false, claims: 0, workspaces: 0 };
  const workspaces = await db.$queryRaw<{ workspaceId: string }[]>`
    select distinct "workspaceId" from claims where "figureUnit" is not null or "figureKey" is not null`;
  let claims = 0;
  let touched = 0;
  for (const { workspaceId } of workspaces) {
    const changed = await db.$transaction((tx) => rekeyWorkspace(tx, workspaceId), { timeout: 600_000 });
    claims += changed;
    if (changed > 0) touched += 1;
  }
  await db.instanceState.upsert({ where: { key: MARKER }, create: { key: MARKER, value: FIGURE_KEY_VERSION }, update: { value: FIGURE_KEY_VERSION } });
  return { ran: true, claims, workspaces: touched };
}

/** Recomputes the workspace's stored keys; when any changed, its conflicts and queue rows. Returns how many changed. */
async function rekeyWorkspace(tx: Tx, workspaceId: string): Promise<number> {
  await lockFigures(tx, workspaceId);
  const rows = await tx.claim.findMany({
    where: { workspaceId, OR: [{ figureUnit: { not: null } }, { figureKey: { not: null } }] },
    select: { id: true, figureUnit: true, figureValue: true, figureCounted: true, figureKey: true },
  });
  const changed = rows.flatMap((row) => {
    const key = figureKeyOfStored(row.figureUnit, row.figureValue, row.figureCounted);
    return key === row.figureKey ? [] : [[row.id, key] as const];
  });
  for (let i = 0; i < changed.length; i += BATCH) {
    const batch = changed.slice(i, i + BATCH);
    await tx.$executeRaw`
      update claims c set "figureKey" = nullif(u.key, '')
      from unnest(${batch.map(([id]) => id)}::uuid[], ${batch.map(([, key]) => key ?? "")}::text[]) as u(id, key)
      where c.id = u.id`;
  }
  if (changed.length > 0) {
    await recountWorkspaceFigureConflicts(tx, workspaceId);
    await refreshWorkspaceDisagreements(tx, workspaceId);
  }
  return changed.length;
}
