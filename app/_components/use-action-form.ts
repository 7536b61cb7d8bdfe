"use client";
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** What the last submission left to show: a notice, an error (with its field errors), or nothing. */
export type FormOutcome =
  | { kind: "notice"; message: string }
  | { kind: "error"; code: ErrorCode; message: string; fieldErrors: FieldErrors; current?: unknown };

export interface RunHandlers<T> {
  /** The success notice (role="status"); none when the form goes elsewhere on success. */
  notice?: string | ((data: T) => string | null);
  onSuccess?: (data: T) => void;
  onFailure?: (failure: Extract<FormOutcome, { kind: "error" }>) => void;
}

export interface ActionForm {
  pending: boolean;
  outcome: FormOutcome | null;
  /** The last failure's field errors, keyed by the form's field names ({} when none). */
  fieldErrors: FieldErrors;
  /** What the record holds now, when the last failure was a version conflict that said so. */
  conflict: unknown;
  /** Calls a server action in a transition and shows its outcome. */
  run: <T>(call: () => Promise<ActionResult<T>>, handlers?: RunHandlers<T>) => void;
  /** Shows an error the browser found itself (a check before sending, a choice after a conflict). */
  fail: (message: string, fieldErrors?: FieldErrors) => void;
  clear: () => void;
  /** The <form>'s id: after a failure, focus goes to its first invalid control. */
  formId: string;
  /** The message's id (FormStatus sets it): focused when no control is invalid. */
  statusId: string;
}

// A server action's promise rejects only when its request failed (runAction answers every other
// failure), so this is the one thing left to say.
export const UNREACHABLE_MESSAGE = "The server could not be reached. Check your connection and try again.";

/**
 * The submission state every form of the workbench needs, kept once: pending while the action runs
 * (and while the navigation it starts loads), the error and its field errors, the success notice,
 * the version-conflict details, and focus moved to what went wrong so keyboard and screen-reader
 * users land on it.
 */
export function useActionForm(): ActionForm {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  // Ids rather than refs: the form object stays plain data that components pass to each other.
  const formId = useId();
  const statusId = `${formId}-status`;
  const [failures, setFailures] = useState(0);
  const focusDue = useRef(false);

  const showFailure = useCallback((failure: Extract<FormOutcome, { kind: "error" }>) => {
    setOutcome(failure);
    setFailures((n) => n + 1);
    focusDue.current = true;
  }, []);

  const run = useCallback(<T,>(call: () => Promise<ActionResult<T>>, handlers: RunHandlers<T> = {}) => {
    // The last outcome goes at once: the next one is then a new message, which screen readers say
    // even when its text is the same (a second "Verdict recorded.", the same refusal again).
    setOutcome(null);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await call();
      } catch {
        result = { ok: false, code: "UNAVAILABLE", message: UNREACHABLE_MESSAGE };
      }
      if (result.ok) {
        const notice = typeof handlers.notice === "function" ? handlers.notice(result.data) : handlers.notice;
        setOutcome(notice ? { kind: "notice", message: notice } : null);
        handlers.onSuccess?.(result.data);
        return;
      }
      const failure = { kind: "error" as const, code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {}, current: result.current };
      showFailure(failure);
      handlers.onFailure?.(failure);
    });
  }, [showFailure]);

  const fail = useCallback((message: string, fieldErrors: FieldErrors = {}) => showFailure({ kind: "error", code: "VALIDATION", message, fieldErrors }), [showFailure]);
  const clear = useCallback(() => setOutcome(null), []);

  // After the failure is on screen and the controls are enabled again (they are disabled while pending).
  useEffect(() => {
    if (pending || !focusDue.current) return;
    focusDue.current = false;
    focusFailure(document.getElementById(formId), document.getElementById(statusId));
  }, [pending, failures, formId, statusId]);

  const error = outcome?.kind === "error" ? outcome : null;
  return {
    pending,
    outcome,
    fieldErrors: error?.fieldErrors ?? NO_ERRORS,
    conflict: error?.code === "CONFLICT" ? error.current ?? null : null,
    run,
    fail,
    clear,
    formId,
    statusId,
  };
}

const NO_ERRORS: FieldErrors = {};

/** The first invalid control (a group marked invalid gives its first control), else the message. */
export function focusFailure(form: HTMLElement | null, status: HTMLElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
  const control = invalid?.matches("input, select, textarea") ? invalid : invalid?.querySelector<HTMLElement>("input:not([disabled]), select:not([disabled]), textarea:not([disabled])");
  (control ?? status)?.focus();
}
