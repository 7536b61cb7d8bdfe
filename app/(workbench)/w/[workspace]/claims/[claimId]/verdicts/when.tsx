const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A moment as the claim page shows it (UTC, like the history). */
export function When({ at }: { at: Date | string }) {
  const date = new Date(at);
  return <time dateTime={date.toISOString()} className="text-xs text-slate-500">{timeFormat.format(date)} UTC</time>;
}
