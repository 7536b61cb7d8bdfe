import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from "@/lib/domain/vocabulary";

const isStatus = (value: string): value is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(value);

interface HistoryEvent {
  id: string;
  entityType: string;
  action: string;
  actor: string;
  at: string;
  /** Set when the event came in a workspace import: it happened elsewhere, by `actor` there. */
  imported: { fileName: string; by: string; at: string } | null;
  /** The changed fields as the audit trail stored them (JSON objects). */
  before: unknown;
  after: unknown;
}

// "<entity type>:<action>" → what the timeline says. Unknown pairs fall back to their raw names.
const ACTIONS: Record<string, string> = {
  "claim:create": "marked the claim",
  "claim:update": "edited the claim",
  "claim:reattach": "re-attached the claim to new text",
  "evidence:create": "linked evidence",
  "evidence:delete": "removed evidence",
  "claim:resolve": "resolved the claim",
  "claim:reopen": "reopened the claim",
  "claim:assign": "changed the assigned reviewers",
  "verdict:record": "recorded a verdict",
  "claim:link": "linked the claim as the same claim as another",
  "claim:unlink": "unlinked the claim from another",
  "claim:dismiss-match": "marked a suggested claim as not the same claim",
  "claim:resolve-as-in": "resolved the claim as in another claim of its group",
  "claim:publish": "published the claim as a public fact-check",
  "claim:republish": "republished the public fact-check",
  "claim:unpublish": "unpublished the public fact-check",
  "comment:create": "commented",
  "comment:edit": "edited a comment",
  "comment:delete": "deleted a comment",
};

const FIELDS: Record<string, string> = {
  statement: "Statement", claimant: "Claimant", claimDate: "Claim date", tags: "Tags", figureValue: "Value",
  figureUnit: "Unit", figureQualifier: "Qualifier", figureLow: "Range low", figureHigh: "Range high",
  figureCounted: "What is counted", exact: "Quote", start: "Start", end: "End", anchorStatus: "Anchoring",
  status: "Status", rating: "Rating", rationale: "Rationale", finalRating: "Final rating", resolutionNote: "Resolution note",
  reason: "Reason", reviewers: "Reviewers", sameClaimAs: "Other claim", asIn: "Resolved as in", body: "Comment",
  headline: "Headline", url: "Public page", correction: "Correction", published: "Published", evidence: "Evidence cited",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function show(value: unknown, key?: string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (key === "status" && typeof value === "string" && isStatus(value)) return CLAIM_STATUS_LABELS[value];
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** Who changed what, when, with each changed field's value before and after. */
export function ClaimHistory({ events }: { events: HistoryEvent[] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history-heading" className="font-semibold">History</h2>
      <ol className="mt-3 space-y-4 border-l border-slate-200 pl-4">
        {events.map((event) => {
          const before = (event.before ?? {}) as Record<string, unknown>;
          const after = (event.after ?? {}) as Record<string, unknown>;
          const changed = event.action === "create" ? [] : Object.keys(after).filter((key) => key in FIELDS);
          return (
            <li key={event.id} className="text-sm">
              <p>
                <bdi className="font-medium">{event.actor}</bdi> {ACTIONS[`${event.entityType}:${event.action}`] ?? `${event.action} (${event.entityType})`}
              </p>
              <time dateTime={event.at} className="text-xs text-slate-500">{timeFormat.format(new Date(event.at))} UTC</time>
              {event.imported ? (
                <p className="text-xs text-slate-500" data-testid="imported-event">
                  Imported from {event.imported.fileName} by {event.imported.by} on {dayFormat.format(new Date(event.imported.at))}; originally by {event.actor}, not in this workspace.
                </p>
              ) : null}
              {changed.length ? (
                <dl className="mt-1 space-y-1 text-xs">
                  {changed.map((key) => (
                    <div key={key}>
                      <dt className="font-medium text-slate-600">{FIELDS[key]}</dt>
                      <dd>
                        {/* A value recorded for the first time (a verdict's rating) has no before. */}
                        {key in before ? <><del className="text-red-700" dir="auto">{show(before[key], key)}</del> → </> : null}
                        <ins className="text-green-800 no-underline" dir="auto">{show(after[key], key)}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
