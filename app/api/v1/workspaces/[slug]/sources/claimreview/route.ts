import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { importClaimReviewFile } from "@/lib/workflows/claimreview-import/claimreview-import";
import { AppError } from "@/lib/errors";

// As the ClaimReview page's upload: one file, one transaction; a refused file is a 422 saying why.
export const POST = apiHandler(apiRoute("importClaimReview"), async ({ actor, slug, upload }) => {
  const result = await importClaimReviewFile({ actor, slug, file: upload.files[0]! });
  if (result.status === "refused") throw new AppError("VALIDATION", `${result.file} was not imported: ${result.reason}`, { fieldErrors: { files: [result.reason] } });
  return result;
});
