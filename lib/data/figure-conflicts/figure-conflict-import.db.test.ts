import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { countWorkspaceRows, oneQuantityWorkspaceJson, ONE_QUANTITY_STATEMENT } from "@test-support/one-quantity-workspace";
import { countOpenDisagreements } from "../disagreements/disagreement-counts";
import { listDisagreements } from "../disagreements/disagreements";
import { getClaimFigureConflicts } from "./figure-conflicts";
import { EDITOR_READER } from "@test-support/data";
import { importWorkspace } from "@/lib/workflows/workspace-import/workspace-import";

// Issue 20, item 1: a 0.65 MB workspace file of 1,000 claims on one quantity stored 497,268 conflict
// pairs (and took 111 s, stalling the server). What an import stores must grow with the claims, not
// with their pairs.
describe("a workspace import of 1,000 claims stating one quantity", () => {
  it("stores rows in proportion to the claims without stalling the process, and still shows every claim's conflicts", async () => {
    const claims = 1000;
    const { owner, bytes } = await oneQuantityWorkspaceJson(claims);
    const slug = `cq-import-${Date.now().toString(36)}`;
    // The old pair loop blocked the event loop (every other request waited up to 9.7 s). The bound is
    // a stall detector, far above any normal pause, not a speed target.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const { workspace } = await importWorkspace({ actor: owner, input: { fileName: "one-quantity.json", bytes, slug } });
    lag.disable();
    expect(lag.max / 1e6, "longest event-loop stall during the import, in ms").toBeLessThan(2_000);
    const rows = await countWorkspaceRows(workspace.id);
    const stored = Object.values(rows).reduce((sum, n) => sum + n, 0);
    // The claims, their queue rows, the workspace's own few rows (scale, membership, article, import
    // event): linear. The pairs alone were ~500 times the claims.
    expect(stored, JSON.stringify(rows)).toBeLessThanOrEqual(2 * claims + 50);

    expect(await getDb().claim.count({ where: { workspaceId: workspace.id, figureConflict: { not: null } } })).toBe(claims);
    expect((await countOpenDisagreements(workspace.id, EDITOR_READER))["figure-conflict"]).toBe(claims);
    const queue = await listDisagreements({ actor: owner, slug, filters: { kind: "figure-conflict" }, page: 1 });
    expect(queue.total).toBe(claims);
    expect(queue.items[0]).toMatchObject({ statement: ONE_QUANTITY_STATEMENT, kinds: ["figure-conflict"], moreFigurePartners: true });
    expect(queue.items[0]!.figurePartners).toHaveLength(3);
    const sides = await getClaimFigureConflicts({ actor: owner, slug, claimId: queue.items[0]!.id });
    expect(sides.total).toBeGreaterThan(claims * 0.9);
    expect(sides.conflicts).toHaveLength(20);
  });
});
