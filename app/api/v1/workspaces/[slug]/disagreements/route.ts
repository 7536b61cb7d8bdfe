import { apiHandler } from "@/lib/server/api/handler";
import { disagreementsBySeverity } from "@/lib/server/api/keysets";
import { fetchPage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { listDisagreements } from "@/lib/data/disagreements/disagreements";

export const GET = apiHandler(apiRoute("listDisagreements"), ({ actor, slug, query: { limit, cursor, ...filters } }) =>
  fetchPage({ limit, cursor }, disagreementsBySeverity, async (window) => (await listDisagreements({ actor, slug, filters, window })).items),
);
