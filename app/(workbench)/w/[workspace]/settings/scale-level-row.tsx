"use client";

export interface LevelRow {
  /** Stable React key: the level's id, or a temporary one for a level added in this edit. */
  key: string;
  id?: string;
  /** The label as saved, naming the row for screen readers while its field is edited. */
  savedLabel: string | null;
  label: string;
  ordinal: string;
  colour: string;
  usage: { verdicts: number; finalRatings: number };
  deleted: boolean;
}

export type RowErrors = Partial<Record<"label" | "ordinal" | "colour", string[]>>;

interface Props {
  row: LevelRow;
  errors: RowErrors;
  disabled: boolean;
  isFirst: boolean;
  isLast: boolean;
  onChange: (patch: Partial<LevelRow>) => void;
  onMove: (by: -1 | 1) => void;
}

const input = (invalid: boolean) => `block w-full rounded-md border px-2.5 py-1.5 text-sm shadow-sm ${invalid ? "border-red-500" : "border-slate-300"} disabled:bg-slate-100`;
const small = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 disabled:text-slate-300";

function usageText({ verdicts, finalRatings }: LevelRow["usage"]): string {
  const parts = [verdicts ? `${verdicts} verdict${verdicts === 1 ? "" : "s"}` : null, finalRatings ? `${finalRatings} final rating${finalRatings === 1 ? "" : "s"}` : null].filter(Boolean);
  return parts.length ? `Used by ${parts.join(" and ")}: can be renamed, not deleted.` : "Not used yet.";
}

/** One level of the scale: label, ordinal value (or none) and colour, with its place and a delete. */
export function ScaleLevelRow({ row, errors, disabled, isFirst, isLast, onChange, onMove }: Props) {
  const name = row.savedLabel ?? "New level";
  const id = `level-${row.key}`;
  const errorId = `${id}-error`;
  const errorText = [...(errors.label ?? []), ...(errors.ordinal ?? []), ...(errors.colour ?? [])];
  return (
    <fieldset className={`rounded-md border p-3 ${row.deleted ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-200"}`} disabled={disabled}>
      <legend className="sr-only">{name}</legend>
      <div className="grid grid-cols-[minmax(0,1fr)_5.5rem_3.5rem_auto] items-end gap-3">
        <div>
          <label htmlFor={`${id}-label`} className="block text-xs font-medium text-slate-600">Label</label>
          <input id={`${id}-label`} value={row.label} onChange={(e) => onChange({ label: e.target.value })} disabled={row.deleted} aria-invalid={Boolean(errors.label) || undefined} aria-describedby={errors.label ? errorId : undefined} className={`${input(Boolean(errors.label))} ${row.deleted ? "line-through" : ""}`} dir="auto" />
        </div>
        <div>
          <label htmlFor={`${id}-ordinal`} className="block text-xs font-medium text-slate-600">Value</label>
          <input dir="auto" id={`${id}-ordinal`} value={row.ordinal} onChange={(e) => onChange({ ordinal: e.target.value })} disabled={row.deleted} inputMode="numeric" placeholder="none" aria-invalid={Boolean(errors.ordinal) || undefined} aria-describedby={errors.ordinal ? errorId : undefined} className={input(Boolean(errors.ordinal))} />
        </div>
        <div>
          <label htmlFor={`${id}-colour`} className="block text-xs font-medium text-slate-600">Colour</label>
          <input id={`${id}-colour`} type="color" aria-invalid={Boolean(errors.colour) || undefined} aria-describedby={errors.colour ? errorId : undefined} value={row.colour} onChange={(e) => onChange({ colour: e.target.value })} disabled={row.deleted} className="h-8 w-full cursor-pointer rounded-md border border-slate-300" />
        </div>
        <div className="flex gap-1">
          <button type="button" className={small} onClick={() => onMove(-1)} disabled={isFirst || row.deleted} aria-label={`Move ${name} up`}>↑</button>
          <button type="button" className={small} onClick={() => onMove(1)} disabled={isLast || row.deleted} aria-label={`Move ${name} down`}>↓</button>
          <button type="button" className={`${small} w-14`} onClick={() => onChange({ deleted: !row.deleted })} aria-label={row.deleted ? `Keep ${name}` : `Delete ${name}`}>
            {row.deleted ? "Keep" : "Delete"}
          </button>
        </div>
      </div>
      <p className="mt-1.5 text-xs text-slate-500">{row.deleted ? "Deleted when you save." : row.id ? usageText(row.usage) : "Added when you save."}</p>
      {errorText.length ? <p id={errorId} className="mt-1 text-sm text-red-700">{errorText.join(" ")}</p> : null}
    </fieldset>
  );
}
