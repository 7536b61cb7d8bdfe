"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { reopenClaim, resolveClaim } from "@/lib/workflows/review/resolution";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { recordVerdictSchema, reopenClaimSchema, resolveClaimSchema } from "@/lib/schemas/verdict";

// Each takes the workspace slug (bound by the page) and the form's fields; lib/data checks roles.
// A verdict or resolution changes the claim page, the reader's highlight colours and the queue.

export async function recordVerdictAction(slug: string, input: unknown): Promise<ActionResult<{ id: string; reopened: boolean; claimVersion: number }>> {
  return runWorkspaceAction(slug, recordVerdictSchema, input, async ({ actor, slug, input }) => {
    const verdict = await recordVerdict({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { id: verdict.id, reopened: verdict.reopened, claimVersion: verdict.claimVersion };
  });
}

export async function resolveClaimAction(slug: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runWorkspaceAction(slug, resolveClaimSchema, input, async ({ actor, slug, input }) => {
    const claim = await resolveClaim({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { version: claim.version };
  });
}

export async function reopenClaimAction(slug: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runWorkspaceAction(slug, reopenClaimSchema, input, async ({ actor, slug, input }) => {
    const claim = await reopenClaim({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { version: claim.version };
  });
}
