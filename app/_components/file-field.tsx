import type { InputHTMLAttributes, ReactNode, Ref } from "react";

/** A labelled file input, styled like the other fields. */
export function FileField({ label, id, inputRef, hint, ...input }: { label: ReactNode; id: string; inputRef?: Ref<HTMLInputElement>; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id">) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        {...input}
        ref={inputRef}
        id={id}
        type="file"
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}
