// Presence (issue 18 item 4): who else has an article or claim page open. Pure rules: timings, when the set
// of people on a page changed (only then is a `presence` event recorded), and the words a page shows.

export const PRESENCE_PAGE_KINDS = ["article", "claim"] as const;
export type PresencePageKind = (typeof PRESENCE_PAGE_KINDS)[number];

export const PRESENCE_ACTIVITIES = ["reading", "editing"] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

/** How often an open, visible page says it is still there. */
export const PRESENCE_HEARTBEAT_SECONDS = 10;
/** A row not seen for this long is stale: three missed heartbeats, so one slow request does not drop anybody. */
export const PRESENCE_STALE_SECONDS = 30;
/** A page re-reads who is there at least this often, should an event be missed (a dropped stream). */
export const PRESENCE_FALLBACK_POLL_SECONDS = 15;

/** The moment before which a row is stale. */
export function presenceCutoff(now: Date): Date {
  return new Date(now.getTime() - PRESENCE_STALE_SECONDS * 1000);
}

export interface PresenceRowState {
  activity: string;
  lastSeenAt: Date;
}

/**
 * Whether a heartbeat changes who others see on the page: a new arrival, someone back after going stale, or
 * a change of activity. A plain "still here" changes nothing, so it records no event.
 */
export function heartbeatChangesPage(previous: PresenceRowState | null, activity: PresenceActivity, now: Date): boolean {
  if (!previous) return true;
  if (previous.lastSeenAt < presenceCutoff(now)) return true;
  return previous.activity !== activity;
}

/** "Rania is reading", "Sam is editing this claim". */
export function presenceSentence(name: string, activity: PresenceActivity, kind: PresencePageKind): string {
  if (activity === "editing") return `${name} is editing this ${kind}`;
  return `${name} is reading`;
}

/** One or two letters for an avatar: the first letters of the first two words of a name. */
export function initials(name: string): string {
  const letters = name.trim().split(/\s+/).filter(Boolean).slice(0, 2).map((word) => Array.from(word)[0]!.toUpperCase());
  return letters.join("") || "?";
}
