import { importClaimReviewFile } from "@/lib/workflows/claimreview-import/claimreview-import";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/server/http/route-handler";
import { workspaceParamsSchema } from "@/lib/schemas/common";

/** Imports one ClaimReview JSON-LD file as fact-check sources (reviewers and above); a refused file is a 422 saying why. */
export const POST = routeHandler(
  { params: workspaceParamsSchema, role: MINIMUM_ROLE.addEvidence, upload: { field: "files", maxFiles: 1 }, signInTo: "import fact-checks" },
  async ({ user, params: { workspace: slug }, upload: { files } }) => {
    const result = await importClaimReviewFile({ actor: user, slug, file: files[0]! });
    if (result.status === "refused") throw new AppError("VALIDATION", `${result.file} was refused: ${result.reason}`, { fieldErrors: { files: [result.reason] } });
    return Response.json(result);
  },
);
