"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, PendingButton } from "@/app/_components/button";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { saveRatingScaleAction, type SavedScale } from "@/lib/server/actions/rating-scale";
import type { FieldErrors } from "@/lib/errors";
import { ScaleLevelRow, type LevelRow, type RowErrors } from "./scale-level-row";

type Level = SavedScale["levels"][number] & { usage?: LevelRow["usage"] };

// Keys for levels added in the browser (crypto.randomUUID needs a secure context, which a desk
// serving the app over plain http on its network does not have).
let newRows = 0;

function toRows(levels: Level[], usageOf: (id: string) => LevelRow["usage"] | undefined): LevelRow[] {
  return levels.map((level) => ({
    key: level.id, id: level.id, savedLabel: level.label, label: level.label, ordinal: level.ordinal === null ? "" : String(level.ordinal),
    colour: level.colour, usage: level.usage ?? usageOf(level.id) ?? { verdicts: 0, finalRatings: 0 }, deleted: false,
  }));
}

/** zod paths such as "levels.2.label" name the position among the levels sent; map them back to rows. */
function errorsByRow(fieldErrors: FieldErrors, sent: LevelRow[]): Record<string, RowErrors> {
  const byRow: Record<string, RowErrors> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const [, index, field] = path.split(".");
    const row = sent[Number(index)];
    if (row && (field === "label" || field === "ordinal" || field === "colour")) (byRow[row.key] ??= {})[field] = messages;
  }
  return byRow;
}

/**
 * The owner's editor of the rating scale. The whole scale is saved at once with the version it was
 * read at: if someone else saved meanwhile, nothing is overwritten and their scale is offered.
 */
export function RatingScaleEditor({ slug, initial }: { slug: string; initial: { version: string; levels: Level[] } }) {
  const router = useRouter();
  const [version, setVersion] = useState(initial.version);
  const [rows, setRows] = useState(() => toRows(initial.levels, () => undefined));
  // Field errors name positions among the levels sent ("levels.2.label"): kept per row, so that a
  // row keeps its error however the rows are moved afterwards.
  const [rowErrors, setRowErrors] = useState<Record<string, RowErrors>>({});
  const form = useActionForm();
  const { pending } = form;
  const theirs = form.conflict as SavedScale | null;
  const usageOf = (id: string) => rows.find((row) => row.id === id)?.usage;

  const update = (key: string, patch: Partial<LevelRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const add = () => setRows((current) => [...current, { key: `new-${(newRows += 1)}`, savedLabel: null, label: "", ordinal: "", colour: "#64748b", usage: { verdicts: 0, finalRatings: 0 }, deleted: false }]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const sent = rows.filter((row) => !row.deleted);
    form.run(async () => {
      const result = await saveRatingScaleAction(slug, { version, levels: sent.map(({ id, label, ordinal, colour }) => ({ id, label, ordinal, colour })) });
      // An error about the scale as a whole (no levels, two alike) has no row to sit beside: it joins the message.
      const overall = result.ok ? undefined : result.fieldErrors?.levels?.join(" ");
      return overall && !result.ok ? { ...result, message: `${result.message} ${overall}` } : result;
    }, {
      notice: "Rating scale saved.",
      onSuccess: (data) => {
        setVersion(data.version);
        setRows(toRows(data.levels, usageOf));
        setRowErrors({});
        router.refresh();
      },
      onFailure: (failure) => setRowErrors(errorsByRow(failure.fieldErrors, sent)),
    });
  }

  function loadTheirs() {
    if (!theirs) return;
    setVersion(theirs.version);
    setRows(toRows(theirs.levels, usageOf));
    setRowErrors({});
    form.clear();
  }

  return (
    <form id={form.formId} onSubmit={submit} aria-labelledby="scale-heading" className="mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <FormStatus form={form}>
        {theirs ? (
          <div className="mt-2 text-slate-800">
            <p>Saved now: {theirs.levels.map((level) => level.label).join(", ")}.</p>
            <Button type="button" variant="secondary" className="mt-2" onClick={loadTheirs}>Load the saved scale</Button>
          </div>
        ) : null}
      </FormStatus>
      <ol className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.key}>
            <ScaleLevelRow row={row} errors={rowErrors[row.key] ?? {}} disabled={pending} isFirst={index === 0} isLast={index === rows.length - 1} onChange={(patch) => update(row.key, patch)} onMove={(by) => move(index, by)} />
          </li>
        ))}
      </ol>
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={add} disabled={pending}>Add level</Button>
        <PendingButton type="submit" pending={pending} pendingLabel="Saving…">Save rating scale</PendingButton>
      </div>
    </form>
  );
}
