import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { patchWorkspaceSettings, readWorkspaceSettings } from "@/lib/data/workspaces/workspaces";

export const GET = apiHandler(apiRoute("getWorkspaceSettings"), async ({ actor, slug }) => readWorkspaceSettings({ actor, slug }));

export const PATCH = apiHandler(apiRoute("updateWorkspaceSettings"), async ({ actor, slug, body }) => patchWorkspaceSettings({ actor, slug, patch: body }));
