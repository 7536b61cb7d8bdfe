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
export const claimParamsSchema = z.object({ workspace: slugSchema, claimId: idSchema });

export const NUL_MESSAGE = "Text may not contain the NUL character (\\u0000). It often comes with text copied from a PDF: delete it, or paste the text as plain text.";
export const SURROGATE_MESSAGE = "Text holds a broken character (half of a UTF-16 surrogate pair). Copy the text again from its source, or retype the character.";
/** Deeper than any form or API body of ours nests; a deeper document is a probe, not data. */
export const MAX_INPUT_DEPTH = 32;
export const DEPTH_MESSAGE = `The input nests objects or arrays more than ${MAX_INPUT_DEPTH} levels deep. No field of this app does: send the fields the reference lists.`;

/**
 * Every string that enters (API bodies, query strings and cursors, server action input, page filters)
 * passes this once, before any schema: Postgres cannot store U+0000 in text nor a lone surrogate in
 * jsonb, and a deeply nested document would make any recursive walk overflow. Each is the sender's to
 * fix, with the field named, not a database error later. Null when the input is clean. The walk is
 * iterative, so no input can exhaust the stack.
 */
export function inputFieldErrors(value: unknown, whole = "_form"): FieldErrors | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length) {
    const { value: item, path } = stack.pop()!;
    const fault = textFault(item);
    if (fault) return { [path.join(".") || whole]: [fault] };
    if (typeof item !== "object" || item === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { [path.join(".") || whole]: [DEPTH_MESSAGE] };
    const entries = Object.entries(item);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const keyFault = textFault(key);
      if (keyFault) return { [[...path, key].join(".")]: [keyFault] };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

// String.prototype.isWellFormed is ES2024; Node 20 has it, but the TypeScript lib here is ES2023.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textFault(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
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

/**
 * schema.safeParse for input from outside (page filters, query strings): the text checks of
 * inputFieldErrors come first and fail the parse the same way a schema would, so callers keep one path.
 */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  const faults = inputFieldErrors(input);
  if (!faults) return schema.safeParse(input);
  const issues = Object.entries(faults).map(([key, [message]]) => ({ code: "custom" as const, path: key === "_form" ? [] : key.split("."), message: message!, input }));
  return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<z.output<S>>;
}
