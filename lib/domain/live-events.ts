import { canSeeVerdict } from "./permissions";
import type { Role } from "./roles";

// The live event stream's vocabulary and what each recipient may see of an event (issue 18). Events carry
// ids only; a client reads the content through the API, which applies the same rules again.

export const LIVE_EVENT_NAMES = [
  "claim.created", "claim.updated", "claim.deleted",
  "evidence.added", "evidence.removed",
  "verdict.recorded", "claim.resolved", "claim.reopened",
  "article.updated", "disagreements.changed",
  "comment.added", "notification", "presence",
] as const;
export type LiveEventName = (typeof LIVE_EVENT_NAMES)[number];

/** Sent instead of events when a client cannot be told exactly what it missed: it reloads what it shows. */
export const RESYNC_EVENT = "resync";

export interface LiveEvent {
  id: bigint;
  workspaceId: string;
  name: string;
  claimId: string | null;
  articleId: string | null;
  entityId: string | null;
  actorId: string | null;
  reviewerId: string | null;
  /** An event for one person only (a `notification`): null or absent, it is the workspace's. */
  recipientId?: string | null;
}

export interface LiveRecipient {
  userId: string;
  role: Role;
  blindReview: boolean;
  /** Whether the recipient has a verdict on the event's claim (asked only when blind review may hide it). */
  hasOwnVerdict: boolean;
}

/**
 * Events whose actor or content can reveal another reviewer's rating (a reopening a split caused, a split
 * itself, a comment: blind review hides reviewers' comments, and the replies to them, from a reviewer who
 * has not rated; the live notice of any comment is withheld from them alike, so it never hints at one).
 */
const VERDICT_DERIVED: ReadonlySet<string> = new Set(["verdict.recorded", "claim.reopened", "disagreements.changed", "comment.added"]);

/** Whether what the recipient sees of this event depends on whether they rated its claim. */
export function dependsOnOwnVerdict(event: Pick<LiveEvent, "name" | "claimId">): boolean {
  return event.claimId !== null && VERDICT_DERIVED.has(event.name);
}

/**
 * The event's `data` for this recipient, or null when they get nothing of it. Under blind review a reviewer
 * who has not rated the claim learns that "a reviewer recorded a verdict" (`rated: true`), never who or what;
 * a reopening keeps its claim but not who caused it; a change in the disagreement queue (a split) is not
 * theirs to see, as the queue itself hides it (lib/data/verdicts/verdict-visibility.ts).
 */
export function liveEventDataFor(event: LiveEvent, recipient: LiveRecipient): Record<string, string | boolean> | null {
  const shape = liveEventShapeFor(event, recipient);
  return shape === null ? null : liveEventDataOfShape(event, shape);
}

/**
 * Which of an event's few possible `data` a recipient gets (null: none). Every recipient of one shape gets
 * the same data, so a server serialises each event once per shape, not once per stream.
 */
export type LiveEventShape = "personal" | "full" | "rated" | "ids";

export function liveEventShapeFor(event: LiveEvent, recipient: LiveRecipient): LiveEventShape | null {
  // Addressed to one person: nobody else learns it exists. A notification that blind review would hide
  // from its recipient is never recorded as an event (lib/data/notifications/notify.ts).
  if (event.name === "notification" || (event.recipientId ?? null) !== null) return event.recipientId === recipient.userId ? "personal" : null;
  const isOwn = event.actorId === recipient.userId || (event.reviewerId !== null && event.reviewerId === recipient.userId);
  if (!dependsOnOwnVerdict(event) || canSeeVerdict(recipient, { isOwn })) return "full";
  if (event.name === "verdict.recorded") return "rated";
  if (event.name === "claim.reopened") return "ids";
  return null;
}

export function liveEventDataOfShape(event: LiveEvent, shape: LiveEventShape): Record<string, string | boolean> {
  if (shape === "personal") return compact({ entityId: event.entityId, claimId: event.claimId, actorId: event.actorId });
  if (shape === "rated") return { claimId: event.claimId!, rated: true };
  const ids = compact({ claimId: event.claimId, articleId: event.articleId, entityId: event.entityId });
  return shape === "full" ? { ...ids, ...compact({ actorId: event.actorId, reviewerId: event.reviewerId }) } : ids;
}

function compact(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null));
}

/** One event in the text/event-stream format: `id:`, `event:` and a single `data:` line of JSON. */
export function formatServerSentEvent(event: { id?: bigint | string; name: string; data: unknown }): string {
  return `${event.id === undefined ? "" : `id: ${event.id}\n`}event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export interface LiveEventSettings {
  /** CLAIMBENCH_EVENT_RETENTION_MINUTES: how far back Last-Event-ID can replay (the sweep prunes older events). */
  retentionMinutes: number;
  /** CLAIMBENCH_EVENT_HEARTBEAT_SECONDS: a comment line this often keeps proxies from closing an idle stream. */
  heartbeatSeconds: number;
  /** CLAIMBENCH_EVENT_RECHECK_SECONDS: how often each stream's membership and credentials are checked again. */
  recheckSeconds: number;
  /** CLAIMBENCH_EVENT_BUFFER: events a slow client may have waiting before it is sent `resync` and dropped. */
  bufferSize: number;
}

/** The stream's settings from the environment; a bad value stops with its name and what it must be. */
export function readLiveEventSettings(env: Record<string, string | undefined>): LiveEventSettings {
  const read = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min} (it is "${raw}").`);
    return value;
  };
  return {
    retentionMinutes: read("CLAIMBENCH_EVENT_RETENTION_MINUTES", 15, 1),
    heartbeatSeconds: read("CLAIMBENCH_EVENT_HEARTBEAT_SECONDS", 15, 0.1),
    recheckSeconds: read("CLAIMBENCH_EVENT_RECHECK_SECONDS", 5, 0.1),
    bufferSize: Math.floor(read("CLAIMBENCH_EVENT_BUFFER", 500, 1)),
  };
}
