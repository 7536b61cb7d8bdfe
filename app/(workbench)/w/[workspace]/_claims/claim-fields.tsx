"use client";
import type { ReactNode } from "react";
import { Field, SelectField, TextareaField } from "@/app/_components/field";
import type { DetectedFigure } from "@/lib/domain/figures/types";
import { numberInputHint } from "@/lib/domain/number-input-hint";
import { FIGURE_QUALIFIERS, FIGURE_UNIT_LABELS, FIGURE_UNITS } from "@/lib/domain/vocabulary";
import type { FieldErrors } from "@/lib/errors";

/** The editable fields of a claim as the form holds them: strings, as inputs do. */
export interface ClaimFieldValues {
  statement: string;
  claimant: string;
  claimDate: string;
  isFigure: boolean;
  figureValue: string;
  figureUnit: string;
  figureQualifier: string;
  figureLow: string;
  figureHigh: string;
  figureCounted: string;
  tags: string;
}

export const EMPTY_CLAIM_VALUES: ClaimFieldValues = {
  statement: "",
  claimant: "",
  claimDate: "",
  isFigure: false,
  figureValue: "",
  figureUnit: "",
  figureQualifier: "",
  figureLow: "",
  figureHigh: "",
  figureCounted: "",
  tags: "",
};

type FigureLike = Pick<DetectedFigure, "value" | "unit" | "qualifier"> & { low?: number | null; high?: number | null; counted?: string | null };

export function figureToValues(figure: FigureLike | null | undefined): Partial<ClaimFieldValues> {
  if (!figure) return { isFigure: false };
  const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  return {
    isFigure: true,
    figureValue: text(figure.value),
    figureUnit: figure.unit,
    figureQualifier: figure.qualifier ?? "",
    figureLow: text(figure.low),
    figureHigh: text(figure.high),
    figureCounted: figure.counted ?? "",
  };
}

export function ClaimFields({ values, onChange, errors, disabled, idPrefix, figureChoices, language }: {
  values: ClaimFieldValues;
  /** The claim's article's language: it decides how "1,500" is read (lib/domain/number-input.ts), and the hints say so. */
  language: string | null;
  /** Shown above the figure's fields: other figures of the passage to take instead. */
  figureChoices?: ReactNode;
  onChange: (values: ClaimFieldValues) => void;
  errors: FieldErrors;
  disabled?: boolean;
  idPrefix: string;
}) {
  const set = (key: keyof ClaimFieldValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  const id = (name: string) => `${idPrefix}-${name}`;
  // The range fields say how a number will be read only when the article's language decides it ("1,500").
  const rangeHint = (text: string) => {
    const hint = numberInputHint(text, language);
    return hint.startsWith("Read as") ? hint : undefined;
  };
  return (
    <fieldset disabled={disabled} className="space-y-4">
      <TextareaField id={id("statement")} label="Statement" name="statement" rows={3} value={values.statement} onChange={set("statement")} errors={errors.statement}
        hint="The claim as a checkable statement, e.g. “IS controlled territory with about 12 million people in 2014”." />
      <div className="grid grid-cols-2 gap-3">
        <Field id={id("claimant")} label="Claimant" name="claimant" value={values.claimant} onChange={set("claimant")} errors={errors.claimant} hint="Who makes the claim." />
        <Field id={id("claimDate")} label="Claim date" name="claimDate" type="date" value={values.claimDate} onChange={set("claimDate")} errors={errors.claimDate} />
      </div>
      <div className="flex items-center gap-2">
        <input id={id("isFigure")} type="checkbox" className="size-4" checked={values.isFigure} onChange={(e) => onChange({ ...values, isFigure: e.target.checked })} />
        <label htmlFor={id("isFigure")} className="text-sm font-medium">This claim is a figure</label>
      </div>
      {values.isFigure ? (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          {figureChoices}
          <div className="grid grid-cols-2 gap-3">
            <Field id={id("figureValue")} label="Value" name="figureValue" inputMode="decimal" value={values.figureValue} onChange={set("figureValue")} errors={errors.figureValue}
              hint={numberInputHint(values.figureValue, language)} />
            <SelectField id={id("figureUnit")} label="Unit" name="figureUnit" value={values.figureUnit} onChange={set("figureUnit")} errors={errors.figureUnit}>
              <option value="">Choose…</option>
              {FIGURE_UNITS.map((unit) => <option key={unit} value={unit}>{FIGURE_UNIT_LABELS[unit]}</option>)}
            </SelectField>
          </div>
          <div className="grid grid-cols-2 gap-3">
            <SelectField id={id("figureQualifier")} label="Qualifier" name="figureQualifier" value={values.figureQualifier} onChange={set("figureQualifier")} errors={errors.figureQualifier}>
              <option value="">None</option>
              {FIGURE_QUALIFIERS.map((qualifier) => <option key={qualifier} value={qualifier}>{qualifier}</option>)}
            </SelectField>
            <Field id={id("figureCounted")} label="What is counted" name="figureCounted" value={values.figureCounted} onChange={set("figureCounted")} errors={errors.figureCounted} hint="people, fighters, percent of territory…" />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Field id={id("figureLow")} label="Range low" name="figureLow" inputMode="decimal" value={values.figureLow} onChange={set("figureLow")} errors={errors.figureLow} hint={rangeHint(values.figureLow)} />
            <Field id={id("figureHigh")} label="Range high" name="figureHigh" inputMode="decimal" value={values.figureHigh} onChange={set("figureHigh")} errors={errors.figureHigh} hint={rangeHint(values.figureHigh)} />
          </div>
        </div>
      ) : null}
      <Field id={id("tags")} label="Tags" name="tags" value={values.tags} onChange={set("tags")} errors={errors.tags} hint="Separate tags with commas." />
    </fieldset>
  );
}
