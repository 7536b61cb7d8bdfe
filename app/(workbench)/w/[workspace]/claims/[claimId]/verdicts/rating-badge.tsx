/** A rating in its level's colour: a swatch and an outline, so the label keeps its contrast on any colour. */
export function RatingBadge({ label, colour }: { label: string; colour: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border bg-white px-2 py-0.5 text-xs font-medium text-slate-800" style={{ borderColor: colour }} data-colour={colour}>
      <span className="size-2.5 rounded-full" style={{ backgroundColor: colour }} aria-hidden />
      {label}
    </span>
  );
}
