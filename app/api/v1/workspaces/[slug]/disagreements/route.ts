import { apiHandler } from "@/lib/api/handler";
import { disagreementsBySeverity } from "@/lib/api/keysets";
import { fetchPage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/routes";
import { listDisagreements } from "@/lib/data/disagreements";

export const GET = apiHandler(apiRoute("listDisagreements"), ({ actor, slug, query: { limit, cursor, ...filters } }) =>
  fetchPage({ limit, cursor }, disagreementsBySeverity, async (window) => (await listDisagreements({ actor, slug, filters, window })).items),
);
