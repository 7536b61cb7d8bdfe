import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { createWorkspace } from "@/lib/data/workspace-create";

// About the caller's account, not a workspace: a session's only (lib/api/handler.ts accountAccess).
export const POST = apiHandler(apiRoute("createWorkspace"), async ({ actor, body }) => createWorkspace({ actor, input: body }));
