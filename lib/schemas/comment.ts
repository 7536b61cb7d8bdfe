import { z } from "zod";
import { COMMENT_MAX_LENGTH } from "@/lib/domain/comments";
import { idSchema, versionSchema } from "./common";

const commentBody = z
  .string({ error: "Write your comment." })
  .trim()
  .min(1, "Write your comment.")
  .max(COMMENT_MAX_LENGTH, `A comment has at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters.`);

/** A new comment on a claim, or a reply to one of its comments (parentId). */
export const createCommentSchema = z.object({
  claimId: idSchema,
  body: commentBody,
  /** The comment answered; empty from a form means none. */
  parentId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

/** An edit: the new text and the version the author read. */
export const editCommentSchema = z.object({
  commentId: idSchema,
  body: commentBody,
  version: versionSchema,
});
export type EditCommentInput = z.infer<typeof editCommentSchema>;

export const deleteCommentSchema = z.object({
  commentId: idSchema,
  version: versionSchema,
});
export type DeleteCommentInput = z.infer<typeof deleteCommentSchema>;

// The API's shapes. A comment's text is plain text in JSON: whatever it holds (HTML, a script) is a string
// for the client to show as text.
export const apiEditCommentSchema = z.strictObject({ body: commentBody });

const date = z.string().describe("ISO 8601 date-time");
export const commentResponse = z.looseObject({
  id: z.uuid(),
  parentId: z.uuid().nullable().describe("The comment this one replies to; replies are one level deep."),
  author: z.looseObject({ id: z.uuid(), name: z.string() }).nullable(),
  importedAuthor: z.string().nullable().describe("Who wrote it, for a comment that came in a workspace import (author is then null)."),
  body: z.string().describe("Plain text; empty when the comment was deleted."),
  mentions: z.array(z.looseObject({ id: z.uuid(), name: z.string() })),
  createdAt: date,
  editedAt: date.nullable(),
  deletedAt: date.nullable(),
  deleted: z.boolean().describe("A tombstone: the comment was deleted and its replies stay."),
  version: z.number().int().describe("Send it as If-Match to edit or delete."),
});
export const commentThreadResponse = z.looseObject({
  comments: z.array(commentResponse),
  hiddenCount: z.number().int().describe("Comments by reviewers that blind review hides from the caller until they record their verdict on the claim."),
  notice: z.string().nullable(),
});
export const savedCommentResponse = z.looseObject({ id: z.uuid(), version: z.number().int(), mentions: z.array(z.uuid()) });
