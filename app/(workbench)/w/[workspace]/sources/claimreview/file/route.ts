import { importClaimReviewFile } from "@/lib/data/claimreview-import";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { readUploadRequest } from "@/lib/http/upload-request";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";

/** Imports one ClaimReview JSON-LD file as fact-check sources (reviewers and above). */
export async function POST(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const upload = await readUploadRequest(request, params, MINIMUM_ROLE.addEvidence, "import fact-checks");
  if (!upload.ok) return upload.response;
  const { user, slug, files } = upload;
  const [file] = files;
  if (!file || files.length > 1) return Response.json({ message: "Upload one ClaimReview file at a time." }, { status: 422 });
  try {
    const result = await importClaimReviewFile({ actor: user, slug, file });
    return Response.json(result, { status: result.status === "refused" ? 422 : 200 });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ message: error.message }, { status: ERROR_STATUS[error.code] });
    console.error("ClaimReview import failed", error);
    return Response.json({ message: "The file could not be imported because of an error on our side, and nothing of it was saved. Try again." }, { status: 500 });
  }
}
