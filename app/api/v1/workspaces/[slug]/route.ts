import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";

// The cheapest authenticated call: who am I here. Also the floor of bench/api.ts.
export const GET = apiHandler(apiRoute("getWorkspace"), async ({ access }) => ({ slug: access.workspace.slug, name: access.workspace.name, role: access.role }));
