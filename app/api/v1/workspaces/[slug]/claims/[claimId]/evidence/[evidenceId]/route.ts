import { apiHandler } from "@/lib/api/handler";
import { apiRoute } from "@/lib/api/routes";
import { removeEvidence } from "@/lib/data/evidence";

export const DELETE = apiHandler(apiRoute("deleteEvidence"), ({ actor, slug, params }) =>
  removeEvidence({ actor, slug, evidenceId: params.evidenceId, claimId: params.claimId }),
);
