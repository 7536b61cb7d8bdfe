// A verdict and a resolution of the same claim, at the same moment: the verdict must wait for the
// resolution and then see it, so that a differing verdict reopens the claim rather than landing
// unnoticed on a resolved one. The resolution is held open in a
// second real connection, so the interleaving is forced rather than hoped for.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { claimEvents, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "./record-verdict";

describe("a verdict racing a resolution", () => {
  it("waits for the resolution's transaction, then reopens the claim it disputes", async () => {
    const { workspace, users } = await createTestWorkspace();
    const claim = await createTestClaim(workspace.id);
    const ratings = await ratingIds(workspace.id);

    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("begin");
      await other.query(`update claims set status = 'RESOLVED', "finalRatingId" = $2, version = version + 1 where id = $1`, [claim.id, ratings.Mixed]);

      let settled = false;
      const verdict = recordVerdict({
        actor: users.REVIEWER,
        slug: workspace.slug,
        input: { claimId: claim.id, ratingId: ratings.False!, rationale: "Recorded while the editor resolves." },
      }).finally(() => {
        settled = true;
      });
      verdict.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false); // blocked on the claim's row lock

      await other.query("commit");
      await verdict;
      const after = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { status: true, finalRatingId: true } });
      expect(after).toEqual({ status: "DISPUTED", finalRatingId: null });
      expect((await claimEvents(claim.id)).map((event) => event.action)).toEqual(["record", "reopen"]);
    } finally {
      await other.end();
    }
  });
});
