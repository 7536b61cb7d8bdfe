import { languageName } from "@/lib/domain/languages";
import type { ClaimReviewImportResult, ReviewOutcome } from "@/lib/workflows/claimreview-import/claimreview-import";

type Imported = Extract<ClaimReviewImportResult, { status: "imported" }>;

const STATUS_TEXT: Record<ReviewOutcome["status"], string> = { imported: "Imported", duplicate: "Not imported again", skipped: "Skipped" };
const STATUS_TONE: Record<ReviewOutcome["status"], string> = { imported: "text-green-800", duplicate: "text-slate-600", skipped: "text-red-800" };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line that says how the whole file went. */
export function outcomeSummary({ file, shape, reviews }: Imported): string {
  const by = (status: ReviewOutcome["status"]) => reviews.filter((r) => r.status === status).length;
  const parts = [`imported ${count(by("imported"), "fact-check")}`];
  if (by("duplicate")) parts.push(`${by("duplicate")} not imported again`);
  if (by("skipped")) parts.push(`${by("skipped")} skipped`);
  return `${file} (${shape}): ${parts.join("; ")}.`;
}

function ratingText(outcome: ReviewOutcome): string | null {
  const rating = outcome.rating;
  if (!rating) return null;
  const value = rating.value !== null ? `${rating.value}${rating.best !== null ? ` of ${rating.best}` : ""}` : null;
  const said = rating.label ? `“${rating.label}”${value ? ` (${value})` : ""}` : value;
  if (!said) return null;
  if (outcome.status !== "imported") return `Rated ${said}`;
  return outcome.ratingLevel ? `Rated ${said}, on this workspace's scale: ${outcome.ratingLevel}` : `Rated ${said}, kept as text (${outcome.ratingLevelWhy})`;
}

/** Every review of the imported file with what became of it and why, then what else was passed over. */
export function ImportOutcome({ result }: { result: Imported }) {
  return (
    <div className="mt-2 space-y-2">
      <ul aria-label="Reviews in the file" className="space-y-2">
        {result.reviews.map((outcome, index) => {
          const facts = [outcome.publisher, outcome.publisherSite, outcome.publishedAt, outcome.language ? languageName(outcome.language) : null].filter(Boolean).join(" · ");
          const rating = ratingText(outcome);
          return (
            <li key={index} className="rounded-md bg-white/70 px-3 py-2 text-slate-800">
              <p>
                <span className={`font-medium ${STATUS_TONE[outcome.status]}`}>{STATUS_TEXT[outcome.status]}:</span>{" "}
                <bdi>{outcome.title ?? outcome.where}</bdi>
              </p>
              {facts ? <p className="text-xs text-slate-600"><bdi>{facts}</bdi></p> : null}
              {rating ? <p className="text-xs text-slate-600" dir="auto">{rating}</p> : null}
              {/* A review without a title goes by where it is, already shown above. */}
              {outcome.reason ? <p className="text-xs">{outcome.title ? `${outcome.where}: ` : ""}{outcome.reason}</p> : null}
            </li>
          );
        })}
      </ul>
      {result.notes.length ? (
        <ul aria-label="Also passed over" className="list-disc pl-5 text-xs text-slate-700">
          {result.notes.map((note, i) => <li key={i}>{note}</li>)}
        </ul>
      ) : null}
    </div>
  );
}
