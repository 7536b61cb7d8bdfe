"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { applyClaimBulk, type BulkOutcome } from "@/lib/data/claims/claim-bulk";
import { claimBulkSchema } from "@/lib/schemas/claim-table";

/** The claims table's bulk form: assign, resolve or reopen the selected claims, all or none. */
export async function bulkClaimsAction(slug: string, input: unknown): Promise<ActionResult<{ results: BulkOutcome[] }>> {
  return runWorkspaceAction(slug, claimBulkSchema, input, async ({ actor, slug, input }) => {
    const result = await applyClaimBulk({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
