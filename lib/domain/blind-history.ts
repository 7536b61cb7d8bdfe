// A claim's history under blind review. Events that carry another reviewer's judgement must not show
// it to a reviewer who has not rated the claim yet (canSeeOthersVerdicts in ./permissions.ts decides who
// has). Two kinds of event derive from a verdict:
// - the verdict itself ("verdict:record"): rating, rationale;
// - a reopening it caused ("claim:reopen" with cause.kind "verdict"): its reason names the rating
//   and its cause carries the rating and the reviewer.
// Both keep when they happened and the status they changed, but lose the rating, the rationale, the
// reason's wording and who the reviewer was. The viewer's own events stay whole.

export const HIDDEN_REVIEWER = "A reviewer";

export interface HistoryEventLike {
  entityType: string;
  action: string;
  actorId: string | null;
  actor: { name: string } | null;
  before: unknown;
  after: unknown;
  /** Who did it, for an event that came in a workspace import (its actor is then null). */
  importedActor?: string | null;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);

/** The reviewer whose verdict this event records or was caused by; null when it is not verdict-derived. */
export function verdictAuthorOf(event: Pick<HistoryEventLike, "entityType" | "action" | "actorId" | "after">): string | null | undefined {
  if (event.entityType === "verdict") return event.actorId;
  const cause = asObject(asObject(event.after)?.cause);
  if (event.entityType === "claim" && cause?.kind === "verdict") return typeof cause.reviewerId === "string" ? cause.reviewerId : event.actorId;
  return undefined;
}

function statusOnly(value: unknown): Json | null {
  const status = asObject(value)?.status;
  return status === undefined ? null : { status };
}

/** A reopening caused by a hidden verdict: its status and the final rating it undid (shown to every member) stay. */
function redactReopenAfter(before: unknown, after: unknown): Json {
  const finalRating = asObject(before)?.finalRating;
  const reason = typeof finalRating === "string" ? `A new verdict disputed the final rating ${finalRating}.` : "A new verdict disputed the final rating.";
  return { status: asObject(after)?.status ?? null, finalRating: null, reason };
}

/**
 * The history as a viewer may read it. `seesOthers` is canSeeOthersVerdicts for this viewer and
 * claim; when it is true the events are returned unchanged.
 */
export function redactHistoryForBlindReview<T extends HistoryEventLike>(events: readonly T[], { viewerId, seesOthers }: { viewerId: string; seesOthers: boolean }): T[] {
  if (seesOthers) return [...events];
  return events.map((event) => {
    const author = verdictAuthorOf(event);
    if (author === undefined || author === viewerId) return event;
    const hidden = event.entityType === "verdict"
      ? { before: statusOnly(event.before), after: statusOnly(event.after) }
      : { before: event.before, after: redactReopenAfter(event.before, event.after) };
    return { ...event, ...hidden, actorId: null, actor: { name: HIDDEN_REVIEWER }, ...("importedActor" in event ? { importedActor: null } : {}) };
  });
}
