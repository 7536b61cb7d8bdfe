import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { revokeInvitation } from "@/lib/data/invitations";

export const DELETE = apiHandler(apiRoute("revokeInvitation"), async ({ actor, slug, params }) => revokeInvitation({ actor, slug, invitationId: params.invitationId }));
