"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { LIVE_EVENT_NAMES, RESYNC_EVENT } from "@/lib/domain/live-events";
import type { ReceivedLiveEvent } from "@/lib/domain/live-pages";

// One events stream per workspace page (issue 18): the layout holds it, so it stays open while the person
// moves between the workspace's pages, and each page listens for what it shows (live-refresh.tsx).
// EventSource reconnects by itself and sends Last-Event-ID, so the server replays what was missed; when
// it cannot, it sends `resync`, which every listener takes as "reload everything".

/** A received event, or `resync`. */
export type LiveMessage = ReceivedLiveEvent | { name: typeof RESYNC_EVENT; data: Record<string, never> };
type Listener = (message: LiveMessage) => void;

interface LiveContextValue {
  selfId: string;
  nameOf: (id: string) => string | undefined;
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);
/** How long after a refused stream a new one is tried. */
const RETRY_MS = 10_000;

export function LiveProvider({ slug, selfId, members, children }: {
  slug: string;
  selfId: string;
  /** Member names by user id, to say who made a change. */
  members: Record<string, string>;
  children: ReactNode;
}) {
  const listeners = useRef(new Set<Listener>());
  const [isOpen, setOpen] = useState(false);

  useEffect(() => {
    const emit = (message: LiveMessage) => listeners.current.forEach((listener) => listener(message));
    const onEvent = (event: MessageEvent<string>) => {
      const data = parseData(event.data);
      if (data) emit({ name: event.type, data });
    };
    const onResync = () => emit({ name: RESYNC_EVENT, data: {} });
    let source: EventSource;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = (isRetry: boolean) => {
      source = new EventSource(`/api/v1/workspaces/${encodeURIComponent(slug)}/events`, { withCredentials: true });
      for (const name of LIVE_EVENT_NAMES) source.addEventListener(name, onEvent);
      source.addEventListener(RESYNC_EVENT, onResync);
      source.onopen = () => {
        setOpen(true);
        // A new stream cannot say what was missed while there was none: reload what the page shows.
        if (isRetry) onResync();
      };
      source.onerror = () => {
        setOpen(source.readyState === EventSource.OPEN);
        // EventSource retries a dropped stream itself, but gives up on a refusal (503 while the database is
        // away, 429): try again later with a new one.
        if (source.readyState === EventSource.CLOSED) retry = setTimeout(() => connect(true), RETRY_MS);
      };
    };
    connect(false);
    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [slug]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const nameOf = useCallback((id: string) => members[id], [members]);
  const value = useMemo(() => ({ selfId, nameOf, subscribe }), [selfId, nameOf, subscribe]);
  return (
    <LiveContext.Provider value={value}>
      {/* Whether the stream is open: nothing a reader needs, but what a test waits for before another person acts. */}
      <span hidden data-testid="live-connection" data-state={isOpen ? "open" : "closed"} />
      {children}
    </LiveContext.Provider>
  );
}

function parseData(text: string): ReceivedLiveEvent["data"] | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as ReceivedLiveEvent["data"]) : null;
  } catch {
    return null;
  }
}

/**
 * Calls `listener` for each live event while the component is mounted. Outside a LiveProvider (a page
 * rendered without the workspace layout) it does nothing.
 */
export function useLiveEvents(listener: (message: LiveMessage, live: Omit<LiveContextValue, "subscribe">) => void) {
  const live = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!live) return;
    return live.subscribe((message) => latest.current(message, live));
  }, [live]);
}
