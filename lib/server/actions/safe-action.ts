import "server-only";
import type { z } from "zod";
import type { ErrorCode, FieldErrors } from "@/lib/errors";
import { classifyError } from "@/lib/server/errors";
import { inputFieldErrors, slugSchema, toFieldErrors } from "@/lib/schemas/common";
import { requireActor, type SessionUser } from "@/lib/auth/session";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; current?: unknown };

/**
 * The one way a server action runs: parse the input with its schema, require a session, call the
 * handler (lib/data checks the workspace role), and turn every failure into a result the form can
 * show. No action can skip a step, and no unknown error's text reaches the browser.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (args: { actor: SessionUser; input: z.infer<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const faults = inputFieldErrors(input);
    if (faults) return { ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: faults };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: toFieldErrors(parsed.error) };
    }
    const actor = await requireActor();
    return { ok: true, data: await handler({ actor, input: parsed.data }) };
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * runAction for the few actions whose credential is a link's secret rather than a session (accepting
 * an invitation as a new person, setting a password with an owner's link): the same parsing and the
 * same classifier, no session asked for.
 */
export async function runLinkAction<S extends z.ZodType, T>(schema: S, input: unknown, handler: (input: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const faults = inputFieldErrors(input);
    if (faults) return { ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: faults };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: "Some fields need attention.", fieldErrors: toFieldErrors(parsed.error) };
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    return toFailure(error);
  }
}

/**
 * runAction for an action on one workspace: the slug (bound by the page) is checked apart from the
 * form's fields, so that field errors keep the form's own names.
 */
export async function runWorkspaceAction<S extends z.ZodType, T>(
  slug: unknown,
  schema: S,
  input: unknown,
  handler: (args: { actor: SessionUser; slug: string; input: z.infer<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return { ok: false, code: "NOT_FOUND", message: "That workspace was not found." };
  return runAction(schema, input, ({ actor, input }) => handler({ actor, slug: parsedSlug.data, input }));
}

/** Any thrown value as the form's failure, through the one classifier (lib/errors.ts). */
export function toFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  const known = classifyError(error, "a server action");
  return { ok: false, code: known.code, message: known.message, fieldErrors: known.details?.fieldErrors, current: known.details?.current };
}

export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formData.entries());
}
