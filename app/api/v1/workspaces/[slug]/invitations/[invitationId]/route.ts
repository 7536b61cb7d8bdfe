import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { revokeInvitation } from "@/lib/data/workspaces/invitations";

export const DELETE = apiHandler(apiRoute("revokeInvitation"), async ({ actor, slug, params }) => revokeInvitation({ actor, slug, invitationId: params.invitationId }));
