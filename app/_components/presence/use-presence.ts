"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { PRESENCE_FALLBACK_POLL_SECONDS, PRESENCE_HEARTBEAT_SECONDS, type PresenceActivity, type PresencePageKind } from "@/lib/domain/presence";
import type { PresenceList } from "@/lib/schemas/presence";

// Presence for one page, kept local to it (not a general live hook): the heartbeat while the page is visible,
// the goodbye on pagehide, and who else is here, re-read on each `presence` event of this page from the
// workspace's events stream and at least every PRESENCE_FALLBACK_POLL_SECONDS in case an event is missed.

export type Person = PresenceList["people"][number];

const json = { "content-type": "application/json" };

export function usePresence({ slug, kind, id, activity }: { slug: string; kind: PresencePageKind; id: string; activity: PresenceActivity }): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  const base = `/api/v1/workspaces/${encodeURIComponent(slug)}/presence`;
  const activityRef = useRef(activity);

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${base}?kind=${kind}&id=${id}`, { cache: "no-store" });
      if (response.ok) setPeople(((await response.json()) as PresenceList).people);
    } catch {
      // Offline for a moment: the next event or poll tries again.
    }
  }, [base, kind, id]);

  const beat = useCallback(async () => {
    if (document.visibilityState !== "visible") return;
    try {
      await fetch(base, { method: "POST", headers: json, body: JSON.stringify({ kind, id, activity: activityRef.current }) });
    } catch {
      // As above: the next heartbeat says it again.
    }
  }, [base, kind, id]);

  // A change of activity is said at once, not at the next heartbeat.
  useEffect(() => {
    activityRef.current = activity;
    void beat();
  }, [activity, beat]);

  useEffect(() => {
    const heartbeat = window.setInterval(() => void beat(), PRESENCE_HEARTBEAT_SECONDS * 1000);
    const poll = window.setInterval(() => void refresh(), PRESENCE_FALLBACK_POLL_SECONDS * 1000);
    const onVisible = () => void (document.visibilityState === "visible" ? beat() : undefined);
    const onPageHide = () => leave(`${base}/leave`, JSON.stringify({ kind, id }));
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pagehide", onPageHide);

    const events = new EventSource(`/api/v1/workspaces/${encodeURIComponent(slug)}/events`);
    const onPresence = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as { articleId?: string; claimId?: string };
      if ((kind === "article" ? data.articleId : data.claimId) === id) void refresh();
    };
    events.addEventListener("presence", onPresence);
    events.addEventListener("resync", () => void refresh());
    // The first read right after mounting (a timer, so no state is set within the effect itself), and again
    // whenever the stream (re)opens, since events sent while it was closed may not be replayed.
    const first = window.setTimeout(() => void refresh(), 0);
    events.addEventListener("open", () => void refresh());
    return () => {
      window.clearTimeout(first);
      window.clearInterval(heartbeat);
      window.clearInterval(poll);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pagehide", onPageHide);
      events.close();
      // Leaving for another page of the app (client navigation) is leaving too.
      onPageHide();
    };
  }, [slug, base, kind, id, beat, refresh]);

  return people;
}

/**
 * The goodbye, sent while the page goes away: sendBeacon is made for that; where it refuses a JSON body (some
 * browsers only beacon CORS-safelisted types), a keepalive fetch outlives the page the same way.
 */
function leave(url: string, body: string) {
  try {
    if (navigator.sendBeacon?.(url, new Blob([body], { type: "application/json" }))) return;
  } catch {
    // Refused: fall through to the keepalive fetch.
  }
  void fetch(url, { method: "POST", headers: json, body, keepalive: true }).catch(() => undefined);
}
