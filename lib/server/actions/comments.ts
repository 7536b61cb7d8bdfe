"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { addComment, deleteComment, editComment } from "@/lib/data/comments/comment-writes";
import { createCommentSchema, deleteCommentSchema, editCommentSchema } from "@/lib/schemas/comment";

// The claim page's discussion. Each takes the workspace slug (bound by the page) and the form's fields;
// lib/data checks who may write, edit or delete. Only the claim page shows comments.

export async function addCommentAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runWorkspaceAction(slug, createCommentSchema, input, async ({ actor, slug, input }) => {
    const { id } = await addComment({ actor, slug, input });
    revalidatePath(`/w/${slug}/claims/${input.claimId}`);
    return { id };
  });
}

export async function editCommentAction(slug: string, input: unknown): Promise<ActionResult<{ version: number }>> {
  return runWorkspaceAction(slug, editCommentSchema, input, async ({ actor, slug, input }) => {
    const { version } = await editComment({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { version };
  });
}

export async function deleteCommentAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, deleteCommentSchema, input, async ({ actor, slug, input }) => {
    await deleteComment({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return null;
  });
}
