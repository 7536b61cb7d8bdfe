"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { updateClaimAssignments } from "@/lib/data/claims/assignments";
import { updateAssignmentsSchema } from "@/lib/schemas/assignment";

export async function updateAssignmentsAction(slug: string, input: unknown): Promise<ActionResult<{ reviewers: string[] }>> {
  return runWorkspaceAction(slug, updateAssignmentsSchema, input, async ({ actor, slug, input }) => {
    const result = await updateClaimAssignments({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
