"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { updateWorkspaceSettings } from "@/lib/data/workspaces/workspaces";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";

export type SaveSettingsResult = ActionResult<{ version: number; name: string }>;

export async function saveWorkspaceSettings(slug: string, _previous: SaveSettingsResult | null, formData: FormData): Promise<SaveSettingsResult> {
  return runWorkspaceAction(slug, workspaceSettingsSchema, formDataToObject(formData), async ({ actor, slug, input }) => {
    const saved = await updateWorkspaceSettings({ actor, slug, input });
    revalidatePath(`/w/${slug}`, "layout");
    return { version: saved.version, name: saved.name };
  });
}
