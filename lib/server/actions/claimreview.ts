"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction } from "@/lib/server/actions/safe-action";
import { linkFactCheck } from "@/lib/workflows/claimreview-import/claimreview-import";
import { linkFactCheckSchema } from "@/lib/schemas/claimreview-import";

export async function linkFactCheckAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, linkFactCheckSchema, input, async ({ actor, slug, input }) => {
    const { id, claimStatus } = await linkFactCheck({ actor, slug, input });
    revalidatePath(`/w/${slug}/sources/claimreview`);
    revalidatePath(`/w/${slug}/claims/${input.claimId}`);
    return { id, claimStatus };
  });
}
