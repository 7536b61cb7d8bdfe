import { apiHandler } from "@/lib/api/handler";
import { byCreation } from "@/lib/api/keysets";
import { fetchPage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/routes";
import { createSource, listSources } from "@/lib/data/sources";

export const GET = apiHandler(apiRoute("listSources"), ({ actor, slug, query }) =>
  fetchPage(query, byCreation, (window) => listSources({ actor, slug, q: query.q, window })),
);

export const POST = apiHandler(apiRoute("createSource"), ({ actor, slug, body }) => createSource({ actor, slug, input: body }));
