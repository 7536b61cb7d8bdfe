import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { removeEvidence } from "@/lib/data/evidence/evidence";

export const DELETE = apiHandler(apiRoute("deleteEvidence"), ({ actor, slug, params }) =>
  removeEvidence({ actor, slug, evidenceId: params.evidenceId, claimId: params.claimId }),
);
