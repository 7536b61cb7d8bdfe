import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listMembers } from "@/lib/data/workspaces/workspaces";

// Emails only for owners: listMembers decides (lib/domain/roles.ts canSeeMemberEmails).
export const GET = apiHandler(apiRoute("listMembers"), async ({ actor, slug }) => ({ items: await listMembers({ actor, slug }) }));
