import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface Labelled {
  label: ReactNode;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  id?: string;
}

const controlClass = (invalid: boolean) =>
  `block w-full rounded-md border px-3 py-2 text-sm shadow-sm ${invalid ? "border-red-500" : "border-slate-300"} disabled:bg-slate-100`;

// Every text control is dir="auto": an Arabic statement or title is typed and read right to left, a Latin
// one left to right, each by its first strong character (callers may still override it).

/** Label, control, hint and errors, with the errors tied to the control for screen readers. */
function FieldShell({ label, name, errors, hint, id, children }: Labelled & { children: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
  const controlId = id ?? `field-${name}`;
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? `${controlId}-error` : null, hint ? `${controlId}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={controlId} className="block text-sm font-medium text-slate-800">{label}</label>
      {children({ id: controlId, describedBy, invalid })}
      {hint ? <p id={`${controlId}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      {invalid ? <p id={`${controlId}-error`} className="text-sm text-red-700">{errors!.join(" ")}</p> : null}
    </div>
  );
}

export function Field({ label, name, errors, hint, id, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <input dir="auto" {...input} id={controlId} name={name} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={controlClass(invalid)} />
      )}
    </FieldShell>
  );
}

export function TextareaField({ label, name, errors, hint, id, ...textarea }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <textarea dir="auto" {...textarea} id={controlId} name={name} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={controlClass(invalid)} />
      )}
    </FieldShell>
  );
}

export function SelectField({ label, name, errors, hint, id, children, ...select }: Labelled & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} id={id}>
      {({ id: controlId, describedBy, invalid }) => (
        <select {...select} id={controlId} name={name} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={controlClass(invalid)}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

/**
 * The address of one web page to fetch (import by URL, a ClaimReview address): a `url` input named `url`,
 * with the mobile keyboard for addresses. The server checks the address and answers under `url`.
 */
export function UrlField(props: Omit<Labelled, "name"> & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "name" | "inputMode">) {
  return <Field name="url" type="url" dir="auto" inputMode="url" placeholder="https://" {...props} />;
}
