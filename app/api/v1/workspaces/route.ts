import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { createWorkspace } from "@/lib/data/workspaces/workspace-create";

// About the caller's account, not a workspace: a session's only (lib/api/handler.ts accountAccess).
export const POST = apiHandler(apiRoute("createWorkspace"), async ({ actor, body }) => createWorkspace({ actor, input: body }));
