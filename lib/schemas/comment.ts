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
