"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { saveRatingScale } from "@/lib/data/workspaces/rating-scale";
import { ratingScaleSchema } from "@/lib/schemas/rating-scale";

export type SavedScale = { version: string; levels: { id: string; label: string; ordinal: number | null; colour: string }[] };

export async function saveRatingScaleAction(slug: string, input: unknown): Promise<ActionResult<SavedScale>> {
  return runWorkspaceAction(slug, ratingScaleSchema, input, async ({ actor, slug, input }) => {
    const saved = await saveRatingScale({ actor, slug, input });
    // Labels and colours show on every claim page and in the reader's highlights.
    revalidatePath(`/w/${slug}`, "layout");
    return { version: saved.version, levels: saved.levels.map(({ id, label, ordinal, colour }) => ({ id, label, ordinal, colour })) };
  });
}
