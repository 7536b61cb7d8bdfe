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

export const NUL_MESSAGE = "Text may not contain the NUL character (\\u0000). It often comes with text copied from a PDF: delete it, or paste the text as plain text.";

/**
 * Postgres cannot store U+0000 in text. Found before parsing (in API bodies and server action input),
 * it is the sender's to fix, with the field named, not a database error later. Null when there is none.
 */
export function nulFieldErrors(value: unknown, whole = "_form"): FieldErrors | null {
  const at = pathOfNul(value, []);
  return at ? { [at.join(".") || whole]: [NUL_MESSAGE] } : null;
}

function pathOfNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key];
    const found = pathOfNul(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** zod issues as { field: [messages] }, the shape forms and the API return. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
