import { apiHandler } from "@/lib/server/api/handler";
import { ifMatchVersion } from "@/lib/server/api/preconditions";
import { apiRoute } from "@/lib/server/api/routes";
import { deleteComment, editComment } from "@/lib/data/comments/comment-writes";

export const PATCH = apiHandler(apiRoute("updateComment"), async ({ actor, slug, params, body, request }) => {
  const saved = await editComment({ actor, slug, claimId: params.claimId, input: { commentId: params.commentId, body: body.body, version: ifMatchVersion(request) } });
  return { id: saved.id, version: saved.version, mentions: saved.mentions };
});

export const DELETE = apiHandler(apiRoute("deleteComment"), ({ actor, slug, params, request }) =>
  deleteComment({ actor, slug, claimId: params.claimId, input: { commentId: params.commentId, version: ifMatchVersion(request) } }),
);
