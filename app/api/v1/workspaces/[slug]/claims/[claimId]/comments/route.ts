import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { listClaimComments } from "@/lib/data/comments/comments";
import { addComment } from "@/lib/data/comments/comment-writes";
import { hiddenCommentsNotice } from "@/lib/domain/comments";

// The claim page's thread from the same function, so blind review hides exactly what the page hides.
export const GET = apiHandler(apiRoute("listComments"), async ({ actor, slug, params }) => {
  const { comments, hiddenCount } = await listClaimComments({ actor, slug, claimId: params.claimId });
  return { comments, hiddenCount, notice: hiddenCommentsNotice(hiddenCount) };
});

export const POST = apiHandler(apiRoute("createComment"), ({ actor, slug, body }) => addComment({ actor, slug, input: body }));
