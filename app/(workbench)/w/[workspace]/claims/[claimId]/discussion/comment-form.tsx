"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { addCommentAction, editCommentAction } from "@/lib/server/actions/comments";
import { MentionTextarea, type MentionMember } from "./mention-textarea";

/** A new comment, a reply (parentId) or an edit (editing: the comment and the version read). */
export function CommentForm({ slug, claimId, members, parentId, editing, onDone }: {
  slug: string;
  claimId: string;
  members: readonly MentionMember[];
  parentId?: string;
  editing?: { id: string; body: string; version: number };
  onDone?: () => void;
}) {
  const router = useRouter();
  const [body, setBody] = useState(editing?.body ?? "");
  const form = useActionForm();
  const { fieldErrors: errors, pending } = form;
  const key = editing?.id ?? parentId ?? "new";
  const label = editing ? "Edit your comment" : parentId ? "Your reply" : "Add a comment";

  function submit(event: FormEvent) {
    event.preventDefault();
    const done = () => {
      setBody("");
      onDone?.();
      router.refresh();
    };
    if (editing) form.run(() => editCommentAction(slug, { commentId: editing.id, body, version: editing.version }), { onSuccess: done });
    else form.run(() => addCommentAction(slug, { claimId, body, parentId: parentId ?? "" }), { notice: parentId ? "Reply posted." : "Comment posted.", onSuccess: done });
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-label={label} className="space-y-2" noValidate>
      <FormStatus form={form} />
      <MentionTextarea id={`comment-body-${key}`} label={label} value={body} onChange={setBody} members={members} errors={errors.body ?? errors.parentId} disabled={pending} autoFocus={Boolean(editing || parentId)} />
      <div className="flex gap-2">
        <PendingButton type="submit" pending={pending} pendingLabel="Saving…">{editing ? "Save comment" : parentId ? "Post reply" : "Post comment"}</PendingButton>
        {onDone ? <Button type="button" variant="secondary" onClick={onDone}>Cancel</Button> : null}
      </div>
    </form>
  );
}
