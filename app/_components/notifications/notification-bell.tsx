"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useLiveEvents } from "@/app/_components/live/live-provider";
import { bellLabel } from "@/lib/domain/notifications";
import { RESYNC_EVENT } from "@/lib/domain/live-events";
import type { NotificationList } from "@/lib/schemas/notifications";
import { NotificationPanel } from "./notification-panel";

// The bell in a workspace's header (issue 18): the unread count as a badge, and on a click the newest
// notifications, each a link to its claim that marks it read. It reads through the API with the session,
// again whenever the events stream says a `notification` came for this person (only the recipient gets
// that event) or that events were missed (`resync`): the count moves without a reload.

type Line = NotificationList["notifications"][number];
const PAGE = 20;

export function NotificationBell({ slug, initialUnread }: { slug: string; initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const [shownInitial, setShownInitial] = useState(initialUnread);
  const [lines, setLines] = useState<Line[] | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [now, setNow] = useState(0);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const base = `/api/v1/workspaces/${encodeURIComponent(slug)}/notifications`;

  // The layout re-rendered on the server (a page refresh): its count is the newer one.
  if (shownInitial !== initialUnread) {
    setShownInitial(initialUnread);
    setUnread(initialUnread);
  }

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${base}?limit=${PAGE}`, { cache: "no-store" });
      if (!response.ok) return setFailed(true);
      const list = (await response.json()) as NotificationList;
      setLines(list.notifications);
      setUnread(list.unreadCount);
      setNow(Date.now());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [base]);

  useLiveEvents((message) => {
    if (message.name === "notification" || message.name === RESYNC_EVENT) void refresh();
  });

  const markRead = useCallback(async (body: { ids: string[] } | { all: true }) => {
    const at = new Date().toISOString();
    setLines((current) => current?.map((line) => ("all" in body || body.ids.includes(line.id) ? { ...line, readAt: line.readAt ?? at } : line)) ?? null);
    try {
      // keepalive: a click on a line navigates at once; the request must outlive the click.
      const response = await fetch(`${base}/read`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), keepalive: true });
      if (response.ok) setUnread(((await response.json()) as { unreadCount: number }).unreadCount);
    } catch {
      void refresh();
    }
  }, [base, refresh]);

  const close = useCallback((focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close(true);
    const onPointer = (event: PointerEvent) => !box.current?.contains(event.target as Node) && close(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [isOpen, close]);

  const toggle = () => {
    if (!isOpen) void refresh();
    setOpen(!isOpen);
  };

  return (
    <div ref={box} className="relative">
      <button
        ref={button}
        type="button"
        onClick={toggle}
        aria-label={bellLabel(unread)}
        aria-expanded={isOpen}
        aria-controls={panelId}
        className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 ? (
          <span aria-hidden="true" data-testid="notification-count" className="absolute -top-1 -right-1 min-w-[1.15rem] rounded-full bg-red-600 px-1 text-center text-[0.7rem] leading-[1.15rem] font-semibold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {isOpen ? (
        <NotificationPanel
          id={panelId}
          lines={lines}
          failed={failed}
          unread={unread}
          now={now}
          onMarkAll={() => void markRead({ all: true })}
          onFollow={(line) => {
            if (!line.readAt) void markRead({ ids: [line.id] });
            close(false);
          }}
          onClose={() => close(false)}
        />
      ) : null}
    </div>
  );
}
