import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listInvitations } from "@/lib/data/workspaces/invitations";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { inviteMember } from "@/lib/workflows/invitations/invite-member";

export const GET = apiHandler(apiRoute("listInvitations"), async ({ actor, slug }) => ({ items: await listInvitations({ actor, slug }) }));

// The link is in this answer only (the secret is stored hashed); it is mailed too where SMTP is set.
export const POST = apiHandler(apiRoute("createInvitation"), async ({ actor, slug, body, request }) =>
  inviteMember({ actor, slug, input: body, baseUrl: requestBaseUrl(request) }));
