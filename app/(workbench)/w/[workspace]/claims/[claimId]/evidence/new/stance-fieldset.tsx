"use client";
import { STANCES } from "@/lib/domain/vocabulary";
import { STANCE_TEXT } from "../evidence-labels";

/** The three stances as radio buttons, each with what it means, and the error next to them. */
export function StanceFieldset({ name, value, onChange, errors, disabled }: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  disabled?: boolean;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? errorId : undefined} data-invalid={errors?.length ? "true" : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Stance</legend>
      {STANCES.map((stance) => (
        <label key={stance} className="flex items-start gap-2 text-sm">
          <input type="radio" name={name} value={stance} checked={value === stance} onChange={() => onChange(stance)} disabled={disabled} className="mt-1 size-4" />
          <span>
            <span className="font-medium">{STANCE_TEXT[stance].button}</span>
            <span className="block text-xs text-slate-500">{STANCE_TEXT[stance].hint}</span>
          </span>
        </label>
      ))}
      {errors?.length ? <p id={errorId} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}
