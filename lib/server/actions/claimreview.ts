"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction } from "@/lib/server/actions/safe-action";
import { linkFactCheck } from "@/lib/workflows/claimreview-import/claimreview-import";
import { linkFactCheckSchema } from "@/lib/schemas/claimreview-import";
import { importUrlSchema } from "@/lib/schemas/url-import";
import { limitHeavyAction } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { importClaimReviewUrl } from "@/lib/workflows/claimreview-import/claimreview-url-import";

export async function linkFactCheckAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, linkFactCheckSchema, input, async ({ actor, slug, input }) => {
    const { id, claimStatus } = await linkFactCheck({ actor, slug, input });
    revalidatePath(`/w/${slug}/sources/claimreview`);
    revalidatePath(`/w/${slug}/claims/${input.claimId}`);
    return { id, claimStatus };
  });
}

/** "Import from a URL" on the ClaimReview page: fetches the address and imports its fact-checks (a refusal is a `url` field error). */
export async function importClaimReviewUrlAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, importUrlSchema, input, async ({ actor, slug, input }) => {
    // The server fetches what the user names: counted like an upload.
    await limitHeavyAction(actor.id);
    const result = await importClaimReviewUrl({ actor, slug, url: input.url, fetchPage });
    revalidatePath(`/w/${slug}/sources/claimreview`);
    revalidatePath(`/w/${slug}/sources`);
    return result;
  });
}
