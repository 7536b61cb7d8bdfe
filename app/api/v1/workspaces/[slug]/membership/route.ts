import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { leaveWorkspace } from "@/lib/data/workspaces/members";

// The caller's own membership: any member leaves; their work stays, their tokens here are revoked.
export const DELETE = apiHandler(apiRoute("leaveWorkspace"), async ({ actor, slug }) => leaveWorkspace({ actor, slug }));
