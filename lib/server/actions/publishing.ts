"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { publicUrlBases } from "@/lib/server/http/public-url-bases";
import { publishFormSchema, unpublishFormSchema } from "@/lib/schemas/api-publication";
import { publishClaim } from "@/lib/workflows/publishing/publish-claim";
import { unpublishClaim } from "@/lib/workflows/publishing/unpublish-claim";

// The claim page's Publish, Republish and Unpublish (issue 19). Each takes the workspace slug (bound by the
// page) and the form's fields; the workflow checks the role and the claim's state.

export async function publishClaimAction(slug: string, input: unknown): Promise<ActionResult<{ url: string; republished: boolean; correction: string | null }>> {
  return runWorkspaceAction(slug, publishFormSchema, input, async ({ actor, slug, input: { claimId, ...choices } }) => {
    const published = await publishClaim({ actor, slug, claimId, input: choices, bases: publicUrlBases(await headers()) });
    revalidatePath(`/w/${slug}/claims/${claimId}`);
    return { url: published.url, republished: published.republished, correction: published.correction };
  });
}

export async function unpublishClaimAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runWorkspaceAction(slug, unpublishFormSchema, input, async ({ actor, slug, input: { claimId } }) => {
    const withdrawn = await unpublishClaim({ actor, slug, claimId });
    revalidatePath(`/w/${slug}/claims/${claimId}`);
    return withdrawn;
  });
}
