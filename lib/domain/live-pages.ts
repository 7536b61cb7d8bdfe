import type { LiveEventName } from "./live-events";

// Which live events a page shows the effect of (issue 18), and the short notice that says who did it.
// Pure: the browser's live provider asks these for each event it receives; the page then refreshes its
// server data, which applies every access rule again (blind review included).

/** One event as the browser receives it: its name and the `data` the server shaped for this recipient. */
export interface ReceivedLiveEvent {
  name: string;
  data: { claimId?: string; articleId?: string; entityId?: string; actorId?: string; reviewerId?: string; rated?: boolean };
}

/** What a page shows, as far as live events are concerned; serialisable, so a server page can hand it over. */
export type LivePageScope =
  | { kind: "article"; articleId: string; claimIds: readonly string[] }
  | { kind: "claim"; claimId: string; articleId: string }
  /** The review queue and the dashboard: counts and rows of disagreements and claims. */
  | { kind: "queue" }
  /** My queue: also assignments (a claim.updated) and verdicts, which move claims in and out of it. */
  | { kind: "my-queue" }
  /** The Claims table: every claim of the workspace, with status, ratings, evidence and disagreement columns. */
  | { kind: "claims" };

const QUEUE_EVENTS: ReadonlySet<string> = new Set<LiveEventName>(["disagreements.changed", "claim.resolved", "claim.reopened", "claim.created", "claim.deleted"]);
const MY_QUEUE_EVENTS: ReadonlySet<string> = new Set([...QUEUE_EVENTS, "claim.updated", "verdict.recorded"]);
// A comment changes nothing the reader shows; everything else about its claims may (status, colour, place).
const NOT_IN_READER: ReadonlySet<string> = new Set<LiveEventName>(["comment.added", "notification", "presence"]);

/** Whether the page must reload its data for this event. */
export function concernsPage(scope: LivePageScope, event: ReceivedLiveEvent): boolean {
  const { claimId, articleId } = event.data;
  // A notification changes only its recipient's bell (which reads it itself): no page's data.
  if (event.name === "notification") return false;
  switch (scope.kind) {
    case "article":
      if (NOT_IN_READER.has(event.name)) return false;
      // Not every claim event names its article (an assignment, a bulk change): a claim the page shows counts too.
      return articleId === scope.articleId || (claimId !== undefined && scope.claimIds.includes(claimId));
    case "claim":
      // The article's text changing re-anchors the claim's quote.
      return claimId === scope.claimId || (event.name === "article.updated" && articleId === scope.articleId);
    case "queue":
      return QUEUE_EVENTS.has(event.name);
    case "my-queue":
      return MY_QUEUE_EVENTS.has(event.name);
    case "claims":
      // Its rows show what the reader shows (status, ratings, evidence, the article's title), whatever the article.
      return !NOT_IN_READER.has(event.name);
  }
}

const DONE: Partial<Record<string, string>> = {
  "claim.created": "marked a claim",
  "claim.updated": "edited a claim",
  "claim.deleted": "deleted a claim",
  "claim.resolved": "resolved a claim",
  "claim.reopened": "reopened a claim",
  "verdict.recorded": "recorded a verdict",
  "evidence.added": "added evidence",
  "evidence.removed": "removed evidence",
  "article.updated": "changed the article",
  "comment.added": "commented on a claim",
};

/**
 * "Rania marked a claim": the notice for someone else's change, or null for one's own (the page already
 * shows it) and for events without a person (a disagreement count). A verdict hidden by blind review comes
 * without its reviewer, and says only that a reviewer recorded one.
 */
export function liveNotice(event: ReceivedLiveEvent, { selfId, nameOf }: { selfId: string; nameOf: (id: string) => string | undefined }): string | null {
  const done = DONE[event.name];
  if (!done) return null;
  if (event.name === "verdict.recorded" && event.data.rated && !event.data.actorId) return "A reviewer recorded a verdict";
  const actorId = event.data.actorId;
  if (!actorId || actorId === selfId) return null;
  return `${nameOf(actorId) ?? "Someone"} ${done}`;
}

/** Whether someone else saved this claim: what a dirty claim editor must be told at once. */
export function isSavedByOther(event: ReceivedLiveEvent, { claimId, selfId }: { claimId: string; selfId: string }): boolean {
  return event.name === "claim.updated" && event.data.claimId === claimId && event.data.actorId !== undefined && event.data.actorId !== selfId;
}
