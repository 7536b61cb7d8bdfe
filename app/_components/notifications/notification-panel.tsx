"use client";

import Link from "next/link";
import type { NotificationList } from "@/lib/schemas/notifications";

// What the bell opens (notification-bell.tsx holds the state): the newest lines, each a link to its claim,
// "Mark all read", and what to do when there is nothing or the list could not be read.

export type NotificationLine = NotificationList["notifications"][number];

function ago(iso: string, now: number): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : `${Math.round(hours / 24)} d ago`;
}

export function NotificationPanel({ id, lines, failed, unread, now, onMarkAll, onFollow, onClose }: {
  id: string;
  /** Null until the first read has answered. */
  lines: NotificationLine[] | null;
  failed: boolean;
  unread: number;
  now: number;
  onMarkAll: () => void;
  /** A line was followed: it is marked read (when unread) and the panel closes. */
  onFollow: (line: NotificationLine) => void;
  onClose: () => void;
}) {
  return (
    <div id={id} role="region" aria-label="Notifications" className="absolute right-0 top-full z-30 mt-2 w-[22rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white shadow-lg">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
        <button type="button" onClick={onMarkAll} disabled={unread === 0} className="rounded px-1.5 py-0.5 text-sm text-blue-700 hover:underline disabled:text-slate-500 disabled:no-underline">
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
              <Link href={line.href} onClick={() => onFollow(line)} className={`flex gap-2.5 px-4 py-2.5 text-sm hover:bg-slate-50 focus-visible:bg-slate-50 ${line.readAt ? "text-slate-600" : "text-slate-900"}`}>
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
        <Link href="/account#notifications" onClick={onClose} className="text-xs text-slate-600 underline hover:text-slate-900">Choose what you are told</Link>
      </div>
    </div>
  );
}
