import { requirePageWorkspace } from "@/lib/server/http/page";
import { listClaimComments } from "@/lib/data/comments/comments";
import { listMembers } from "@/lib/data/workspaces/workspaces";
import { hiddenCommentsNotice } from "@/lib/domain/comments";
import { canComment, canDeleteComment, canEditComment } from "@/lib/domain/permissions";
import { CommentForm } from "./comment-form";
import { CommentItem, type CommentItemView } from "./comment-item";

/** The claim's discussion: comments with one level of replies, and for reviewers and above a way to write. */
export async function DiscussionSection({ slug, claimId }: { slug: string; claimId: string }) {
  const { user: actor, role } = await requirePageWorkspace(slug, `/w/${slug}/claims/${claimId}`);
  const member = { id: actor.id, role };
  const mayComment = canComment(role);
  const [thread, members] = await Promise.all([listClaimComments({ actor, slug, claimId }), mayComment ? listMembers({ actor, slug }) : Promise.resolve([])]);
  const people = members.map((m) => ({ id: m.id, name: m.name }));
  const view = (c: (typeof thread.comments)[number]): CommentItemView => ({
    id: c.id, parentId: c.parentId, author: c.author?.name ?? (c.importedAuthor ? `${c.importedAuthor} (imported)` : "Someone (account removed)"), body: c.body, deleted: c.deleted, version: c.version,
    createdAt: c.createdAt.toISOString(), editedAt: c.editedAt?.toISOString() ?? null,
    canEdit: !c.deleted && canEditComment(member, { authorId: c.author?.id ?? null }),
    canDelete: !c.deleted && canDeleteComment(member, { authorId: c.author?.id ?? null }),
    canReply: mayComment && !c.deleted && c.parentId === null,
  });
  const topLevel = thread.comments.filter((c) => c.parentId === null);
  const notice = hiddenCommentsNotice(thread.hiddenCount);

  return (
    <section aria-labelledby="discussion-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="discussion-heading" className="font-semibold">Discussion</h2>
      {notice ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="hidden-comments">{notice}</p> : null}
      {topLevel.length === 0 ? (
        <p className="text-sm text-slate-600">
          {/* With comments hidden by blind review, "no comments yet" would be untrue. */}
          {thread.hiddenCount > 0 ? "No comments you can see yet." : "No comments yet."}{" "}
          {mayComment ? "Ask a question or note what you found; type @ to mention a member." : "Reviewers and editors discuss the claim here."}
        </p>
      ) : (
        <ol className="space-y-4" aria-label="Comments">
          {topLevel.map((comment) => (
            <CommentItem key={comment.id} slug={slug} claimId={claimId} comment={view(comment)} members={people}
              replies={thread.comments.filter((r) => r.parentId === comment.id).map(view)} />
          ))}
        </ol>
      )}
      {mayComment ? <CommentForm slug={slug} claimId={claimId} members={people} /> : null}
    </section>
  );
}
