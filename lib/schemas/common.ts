import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

export const idSchema = z.uuid({ message: "Not a valid id." });
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
