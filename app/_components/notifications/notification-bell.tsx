"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useLiveEvents } from "@/app/_components/live/live-provider";
import { bellLabel } from "@/lib/domain/notifications";
import { RESYNC_EVENT } from "@/lib/domain/live-events";
import type { NotificationList } from "@/lib/schemas/notifications";

// The bell in a workspace's header (issue 18): the unread count as a badge, and on a click the newest
// notifications, each a link to its claim that marks it read. It reads through the API with the session,
// again whenever the events stream says a `notification` came for this person (only the recipient gets
// that event) or that events were missed (`resync`): the count moves without a reload.

type Line = NotificationList["notifications"][number];
const PAGE = 20;

function ago(iso: string, now: number): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

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
        <div id={panelId} role="region" aria-label="Notifications" className="absolute right-0 top-full z-30 mt-2 w-[22rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
            <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
            <button type="button" onClick={() => void markRead({ all: true })} disabled={unread === 0} className="rounded px-1.5 py-0.5 text-sm text-blue-700 hover:underline disabled:text-slate-500 disabled:no-underline">
              Mark all read
            </button>
          </div>
          {failed ? <p role="alert" className="px-4 py-3 text-sm text-red-700">The notifications could not be loaded. Check your connection and open the bell again.</p> : null}
          {lines === null && !failed ? <p className="px-4 py-3 text-sm text-slate-600">Loading…</p> : null}
          {lines?.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">Nothing yet. You are told here when someone assigns you a claim, mentions you, replies to you, or reopens or disputes a claim of yours.</p>
          ) : null}
          {lines && lines.length > 0 ? (
            <ul className="max-h-[60vh] divide-y divide-slate-100 overflow-y-auto">
              {lines.map((line) => (
                <li key={line.id}>
                  <Link
                    href={line.href}
                    onClick={() => {
                      if (!line.readAt) void markRead({ ids: [line.id] });
                      close(false);
                    }}
                    className={`flex gap-2.5 px-4 py-2.5 text-sm hover:bg-slate-50 focus-visible:bg-slate-50 ${line.readAt ? "text-slate-600" : "text-slate-900"}`}
                  >
                    <span aria-hidden="true" className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${line.readAt ? "bg-transparent" : "bg-blue-600"}`} />
                    <span className="min-w-0">
                      <span className={`block break-words ${line.readAt ? "" : "font-medium"}`} dir="auto">{line.text}</span>
                      <span className="block text-xs text-slate-500">
                        {ago(line.createdAt, now)}
                        {line.readAt ? null : <span className="sr-only">, unread</span>}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="border-t border-slate-100 px-4 py-2 text-right">
            <Link href="/account#notifications" onClick={() => close(false)} className="text-xs text-slate-600 underline hover:text-slate-900">Choose what you are told</Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
