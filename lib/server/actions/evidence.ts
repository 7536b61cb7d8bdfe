"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { addArticleEvidence, addExternalEvidence, removeEvidence } from "@/lib/data/evidence/evidence";
import { addArticleEvidenceSchema, addExternalEvidenceSchema, removeEvidenceSchema } from "@/lib/schemas/evidence";

// Each action takes the workspace slug (bound by the page) and a plain object from the form; each
// parses both, requires a session, and lets lib/data check the role. Evidence shows on the claim
// page, its counts on the sources page and its status in the claims list: the whole workspace is
// revalidated.

type EvidenceResult = ActionResult<{ id: string }>;

export async function addArticleEvidenceAction(slug: string, input: unknown): Promise<EvidenceResult> {
  return runWorkspaceAction(slug, addArticleEvidenceSchema, input, async ({ actor, slug, input }) => {
    const { id } = await addArticleEvidence({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { id };
  });
}

export async function addExternalEvidenceAction(slug: string, input: unknown): Promise<EvidenceResult> {
  return runWorkspaceAction(slug, addExternalEvidenceSchema, input, async ({ actor, slug, input }) => {
    const { id } = await addExternalEvidence({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { id };
  });
}

export async function removeEvidenceAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, removeEvidenceSchema, input, async ({ actor, slug, input }) => {
    await removeEvidence({ actor, slug, evidenceId: input.evidenceId });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}
