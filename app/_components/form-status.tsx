import type { ReactNode } from "react";
import type { ActionForm } from "./use-action-form";

const styles = {
  /** A box above the form's fields. */
  banner: { error: "rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800", notice: "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" },
  /** A line under a button in a list (a suggestion, a token, a line to put back). */
  inline: { error: "mt-1 w-full text-sm text-red-700", notice: "mt-1 w-full text-sm text-green-800" },
} as const;

/**
 * The outcome of a form's last submission: a notice (role="status") or what went wrong
 * (role="alert", focusable so that useActionForm can move focus to it when no field is to blame).
 * Rendered only when there is something to say: an empty live region would be one more "status" or
 * "alert" on the page for nothing. `children` go inside the error, for what a conflict found.
 */
export function FormStatus({ form, variant = "banner", children }: { form: Pick<ActionForm, "outcome" | "statusId">; variant?: keyof typeof styles; children?: ReactNode }) {
  const { outcome } = form;
  if (!outcome) return null;
  if (outcome.kind === "notice") return <p role="status" className={styles[variant].notice}>{outcome.message}</p>;
  if (!children) return <p id={form.statusId} role="alert" tabIndex={-1} className={`${styles[variant].error} outline-offset-2`}>{outcome.message}</p>;
  return (
    <div id={form.statusId} role="alert" tabIndex={-1} className={`${styles[variant].error} outline-offset-2`}>
      <p>{outcome.message}</p>
      {children}
    </div>
  );
}
