"use server";
import { revalidatePath } from "next/cache";
import { runAction, formDataToObject, type ActionResult } from "@/lib/actions/safe-action";
import { updateWorkspaceSettings } from "@/lib/data/workspaces";
import { slugSchema } from "@/lib/schemas/common";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";

export type SaveSettingsResult = ActionResult<{ version: number; name: string }>;

export async function saveWorkspaceSettings(slug: string, _previous: SaveSettingsResult | null, formData: FormData): Promise<SaveSettingsResult> {
  const input = { ...formDataToObject(formData), slug };
  return runAction(workspaceSettingsSchema.extend({ slug: slugSchema }), input, async ({ actor, input }) => {
    const saved = await updateWorkspaceSettings({ actor, slug: input.slug, input });
    revalidatePath(`/w/${input.slug}`, "layout");
    return { version: saved.version, name: saved.name };
  });
}
