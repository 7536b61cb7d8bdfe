"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { updateArticleText } from "@/lib/data/articles/article-text";
import { createClaim, reattachClaim, updateClaim, type ClaimView } from "@/lib/data/claims/claims";
import { dismissSuggestion } from "@/lib/data/articles/suggestions";
import { createClaimSchema, dismissSuggestionSchema, reattachClaimSchema, updateClaimSchema } from "@/lib/schemas/claim";
import { articleTextSchema } from "@/lib/schemas/article";

// Every action takes the workspace slug first (bound by the page) and a plain object from the
// form; each parses both, requires a session, and lets lib/data check the role.

type ClaimResult = ActionResult<Pick<ClaimView, "id" | "version" | "start" | "end" | "statement">>;
const summary = (claim: ClaimView) => ({ id: claim.id, version: claim.version, start: claim.start, end: claim.end, statement: claim.statement });

export async function createClaimAction(slug: string, input: unknown): Promise<ClaimResult> {
  return runWorkspaceAction(slug, createClaimSchema, input, async ({ actor, slug, input }) => {
    const claim = await createClaim({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return summary(claim);
  });
}

export async function updateClaimAction(slug: string, input: unknown): Promise<ClaimResult> {
  return runWorkspaceAction(slug, updateClaimSchema, input, async ({ actor, slug, input }) => {
    const claim = await updateClaim({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return summary(claim);
  });
}

export async function reattachClaimAction(slug: string, input: unknown): Promise<ClaimResult> {
  return runWorkspaceAction(slug, reattachClaimSchema, input, async ({ actor, slug, input }) => {
    const claim = await reattachClaim({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return summary(claim);
  });
}

export async function dismissSuggestionAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, dismissSuggestionSchema, input, async ({ actor, slug, input }) => {
    await dismissSuggestion({ actor, slug, input });
    revalidatePath(`/w/${slug}/articles/${input.articleId}`);
    return null;
  });
}

export async function updateArticleTextAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, articleTextSchema, input, async ({ actor, slug, input }) => {
    const report = await updateArticleText({ actor, slug, ...input });
    revalidatePath(`/w/${slug}`, "layout");
    return report;
  });
}
