"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { dismissMatch, linkClaims, unlinkClaims } from "@/lib/data/claims/claim-links";
import { resolveClaimAsIn } from "@/lib/workflows/review/resolution";
import { claimPairSchema, resolveAsInSchema } from "@/lib/schemas/claim-links";

// "Same claim" links, dismissed matches and resolving "as in" (issue 17). Each takes the workspace slug
// (bound by the page) and the pair; lib/data checks roles. A link changes both claim pages, the
// claims list's group sizes and the review queue (inconsistent ratings), hence the whole workspace.

export async function linkClaimAction(slug: string, input: unknown): Promise<ActionResult<{ groupSize: number }>> {
  return runWorkspaceAction(slug, claimPairSchema, input, async ({ actor, slug, input }) => {
    const linked = await linkClaims({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { groupSize: linked.groupSize };
  });
}

export async function unlinkClaimAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, claimPairSchema, input, async ({ actor, slug, input }) => {
    await unlinkClaims({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}

export async function dismissMatchAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, claimPairSchema, input, async ({ actor, slug, input }) => {
    await dismissMatch({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}

export async function resolveAsInAction(slug: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runWorkspaceAction(slug, resolveAsInSchema, input, async ({ actor, slug, input }) => {
    const claim = await resolveClaimAsIn({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { version: claim.version };
  });
}
