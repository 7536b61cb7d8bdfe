import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { listMembers } from "@/lib/data/workspaces";

// Emails only for owners: listMembers decides (lib/domain/roles.ts canSeeMemberEmails).
export const GET = apiHandler(apiRoute("listMembers"), async ({ actor, slug }) => ({ items: await listMembers({ actor, slug }) }));
