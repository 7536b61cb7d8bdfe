"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject, runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { createApiToken, revokeApiToken } from "@/lib/data/workspaces/api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-token";

export type CreateTokenResult = ActionResult<{ id: string; name: string; token: string }>;

/** The plain token is in this answer only: it is shown once and never stored. */
export async function createApiTokenAction(slug: string, _previous: CreateTokenResult | null, formData: FormData): Promise<CreateTokenResult> {
  return runWorkspaceAction(slug, createApiTokenSchema, formDataToObject(formData), async ({ actor, slug, input }) => {
    const created = await createApiToken({ actor, slug, input });
    revalidatePath(`/w/${slug}/settings`);
    return { id: created.id, name: created.name, token: created.token };
  });
}

export async function revokeApiTokenAction(slug: string, input: unknown): Promise<ActionResult<null>> {
  return runWorkspaceAction(slug, revokeApiTokenSchema, input, async ({ actor, slug, input }) => {
    await revokeApiToken({ actor, slug, tokenId: input.tokenId });
    revalidatePath(`/w/${slug}/settings`);
    return null;
  });
}
