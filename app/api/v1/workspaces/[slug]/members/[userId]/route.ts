import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { changeMemberRole, removeMember } from "@/lib/data/workspaces/members";

export const PATCH = apiHandler(apiRoute("changeMemberRole"), async ({ actor, slug, body }) => changeMemberRole({ actor, slug, input: body }));

// Their claims, evidence and verdicts stay, in their name; their tokens for this workspace are revoked.
export const DELETE = apiHandler(apiRoute("removeMember"), async ({ actor, slug, params }) => removeMember({ actor, slug, userId: params.userId }));
