"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { COMMENT_DELETED_TEXT } from "@/lib/domain/comments";
import { deleteCommentAction } from "@/lib/server/actions/comments";
import { CommentForm } from "./comment-form";
import { CommentText } from "./comment-text";
import type { MentionMember } from "./mention-textarea";

export interface CommentItemView {
  id: string;
  parentId: string | null;
  author: string;
  body: string;
  deleted: boolean;
  version: number;
  createdAt: string;
  editedAt: string | null;
  canEdit: boolean;
  canDelete: boolean;
  canReply: boolean;
}

// Fixed locale and zone: the server and the browser render the same text.
const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const at = (iso: string) => `${timeFormat.format(new Date(iso))} UTC`;

/** One comment with its controls, and (for a top-level comment) its replies and a reply form. */
export function CommentItem({ slug, claimId, comment, replies = [], members }: {
  slug: string;
  claimId: string;
  comment: CommentItemView;
  replies?: CommentItemView[];
  members: readonly MentionMember[];
}) {
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const close = () => setMode("view");
  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-4 text-sm" aria-label={comment.deleted ? "Deleted comment" : `Comment by ${comment.author}`}>
      <article className="rounded-md border border-slate-200 p-3">
        {comment.deleted ? (
          <p className="text-slate-500 italic">{COMMENT_DELETED_TEXT}</p>
        ) : (
          <>
            <p className="text-xs text-slate-600">
              <bdi className="font-medium text-slate-900">{comment.author}</bdi> · <time dateTime={comment.createdAt}>{at(comment.createdAt)}</time>
              {comment.editedAt ? <> · <span data-testid="comment-edited">edited {at(comment.editedAt)}</span></> : null}
            </p>
            {mode === "edit" ? (
              <CommentForm slug={slug} claimId={claimId} members={members} editing={{ id: comment.id, body: comment.body, version: comment.version }} onDone={close} />
            ) : (
              <div className="mt-1"><CommentText body={comment.body} /></div>
            )}
          </>
        )}
        {mode === "view" ? (
          <div className="mt-2 flex flex-wrap gap-2">
            {comment.canReply ? <Button type="button" variant="secondary" onClick={() => setMode("reply")}>Reply</Button> : null}
            {comment.canEdit ? <Button type="button" variant="secondary" onClick={() => setMode("edit")}>Edit</Button> : null}
            {comment.canDelete ? <DeleteComment slug={slug} comment={comment} /> : null}
          </div>
        ) : null}
      </article>
      {replies.length > 0 || mode === "reply" ? (
        <ol className="mt-2 ms-6 space-y-2 border-s border-slate-200 ps-3" aria-label="Replies">
          {replies.map((reply) => <CommentItem key={reply.id} slug={slug} claimId={claimId} comment={reply} members={members} />)}
          {mode === "reply" ? <li><CommentForm slug={slug} claimId={claimId} members={members} parentId={comment.id} onDone={close} /></li> : null}
        </ol>
      ) : null}
    </li>
  );
}

/** Delete, then confirm in place: no browser dialog, and the keyboard reaches both steps. */
function DeleteComment({ slug, comment }: { slug: string; comment: CommentItemView }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useActionForm();
  if (!confirming) return <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>Delete</Button>;
  return (
    <div role="group" aria-label="Confirm deletion" className="flex flex-wrap items-center gap-2">
      <span className="text-slate-700">Delete this comment? Its replies stay.</span>
      <button type="button" autoFocus disabled={form.pending}
        className="rounded-md bg-red-700 px-2.5 py-1 font-medium text-white hover:bg-red-800 disabled:bg-red-300"
        onClick={() => form.run(() => deleteCommentAction(slug, { commentId: comment.id, version: comment.version }), { onSuccess: () => router.refresh() })}>
        {form.pending ? "Deleting…" : "Yes, delete"}
      </button>
      <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
      <FormStatus form={form} variant="inline" />
    </div>
  );
}
