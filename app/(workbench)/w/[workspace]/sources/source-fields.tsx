"use client";
import { Field, SelectField } from "@/app/_components/field";
import type { FieldErrors } from "@/lib/errors";
import { EXTERNAL_SOURCE_KINDS, SOURCE_KIND_LABELS } from "@/lib/domain/vocabulary";

// Article sources are made by linking a passage, never described by hand.

/** An external source's fields as the form holds them: strings, as inputs do. */
export interface SourceFieldValues {
  kind: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  archivedUrl: string;
}

export const EMPTY_SOURCE_VALUES: SourceFieldValues = { kind: "WEB_PAGE", title: "", url: "", publisher: "", publishedAt: "", archivedUrl: "" };

/** Kind, title, address, publisher, date and archived copy of an external source, each with its error. */
export function SourceFields({ idPrefix, values, onChange, errors, disabled }: {
  idPrefix: string;
  values: SourceFieldValues;
  onChange: (values: SourceFieldValues) => void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const set = (key: keyof SourceFieldValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField id={`${idPrefix}-kind`} label="Kind" name="kind" value={values.kind} onChange={set("kind")} errors={errors.kind} disabled={disabled}>
        {EXTERNAL_SOURCE_KINDS.map((kind) => <option key={kind} value={kind}>{SOURCE_KIND_LABELS[kind]}</option>)}
      </SelectField>
      <Field id={`${idPrefix}-title`} label="Title" name="title" dir="auto" value={values.title} onChange={set("title")} errors={errors.title} disabled={disabled} />
      <Field
        id={`${idPrefix}-url`}
        label="URL"
        name="url"
        type="url"
        inputMode="url"
        value={values.url}
        onChange={set("url")}
        errors={errors.url}
        hint="http:// or https:// only. Nothing is fetched: the address is kept for readers to follow."
        disabled={disabled}
      />
      <Field id={`${idPrefix}-publisher`} label="Publisher" name="publisher" dir="auto" value={values.publisher} onChange={set("publisher")} errors={errors.publisher} disabled={disabled} />
      <Field id={`${idPrefix}-published`} label="Published" name="publishedAt" type="date" value={values.publishedAt} onChange={set("publishedAt")} errors={errors.publishedAt} disabled={disabled} />
      <Field
        id={`${idPrefix}-archived`}
        label="Archived copy URL"
        name="archivedUrl"
        type="url"
        inputMode="url"
        value={values.archivedUrl}
        onChange={set("archivedUrl")}
        errors={errors.archivedUrl}
        hint="A copy that will not change, such as one on web.archive.org (optional)."
        disabled={disabled}
      />
    </div>
  );
}
