import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

export const idSchema = z.uuid({ message: "Not a valid id." });

/** The largest value of a Postgres `integer` column (versions, offsets, counts). */
export const PG_INT_MAX = 2_147_483_647;

/** The version of a record as the editor read it, for optimistic concurrency (form string or number). */
export const versionSchema = z.coerce
  .number()
  .int("Send the version as a whole number.")
  .positive("Send the version you read, such as 3.")
  .max(PG_INT_MAX, "No record has that version: send the version you read.");
export const slugSchema = z
  .string()
  .min(2, "A slug has at least 2 characters.")
  .max(64, "A slug has at most 64 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, such as isis-decline.");

export const workspaceParamsSchema = z.object({ workspace: slugSchema });
export const articleParamsSchema = z.object({ workspace: slugSchema, articleId: idSchema });

/** zod issues as { field: [messages] }, the shape forms and the API return. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
