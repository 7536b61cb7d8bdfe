import { apiHandler } from "@/lib/server/api/handler";
import { claimsByChange, claimsByRelevance } from "@/lib/server/api/keysets";
import { fetchPage } from "@/lib/server/api/pagination";
import { apiRoute } from "@/lib/server/api/routes";
import { listClaims } from "@/lib/data/claims/claim-search";
import { createClaimFromSelector } from "@/lib/data/claims/claims-api";

export const GET = apiHandler(apiRoute("listClaims"), ({ actor, slug, query: { limit, cursor, ...filters } }) =>
  filters.q
    ? fetchPage({ limit, cursor }, claimsByRelevance, async (window) => (await listClaims({ actor, slug, query: filters, window })).claims)
    : fetchPage({ limit, cursor }, claimsByChange, async (window) => (await listClaims({ actor, slug, query: filters, window })).claims),
);

export const POST = apiHandler(apiRoute("createClaim"), ({ actor, slug, body }) => createClaimFromSelector({ actor, slug, input: body }));
