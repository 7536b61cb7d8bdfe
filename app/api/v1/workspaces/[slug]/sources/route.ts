import { apiHandler } from "@/lib/server/api/handler";
import { byCreation } from "@/lib/server/api/keysets";
import { fetchPage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { createSource, listSources } from "@/lib/data/sources/sources";

export const GET = apiHandler(apiRoute("listSources"), ({ actor, slug, query }) =>
  fetchPage(query, byCreation, (window) => listSources({ actor, slug, q: query.q, window })),
);

export const POST = apiHandler(apiRoute("createSource"), ({ actor, slug, body }) => createSource({ actor, slug, input: body }));
