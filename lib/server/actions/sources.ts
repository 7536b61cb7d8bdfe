"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { createSource, updateSource } from "@/lib/data/sources/sources";
import { createSourceSchema, updateSourceSchema } from "@/lib/schemas/source";

type SourceResult = ActionResult<{ id: string; version: number }>;

export async function createSourceAction(slug: string, input: unknown): Promise<SourceResult> {
  return runWorkspaceAction(slug, createSourceSchema, input, async ({ actor, slug, input }) => {
    const source = await createSource({ actor, slug, input });
    revalidatePath(`/w/${slug}/sources`);
    return { id: source.id, version: source.version };
  });
}

export async function updateSourceAction(slug: string, input: unknown): Promise<SourceResult> {
  return runWorkspaceAction(slug, updateSourceSchema, input, async ({ actor, slug, input }) => {
    const source = await updateSource({ actor, slug, input });
    // A source's title and links show beside every claim it is evidence for.
    revalidatePath(`/w/${slug}`, "layout");
    return { id: source.id, version: source.version };
  });
}
