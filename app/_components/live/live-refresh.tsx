"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { RESYNC_EVENT } from "@/lib/domain/live-events";
import { concernsPage, liveNotice, type LivePageScope } from "@/lib/domain/live-pages";
import { useLiveEvents } from "./live-provider";

/** A burst of events (a bulk change, a verdict and the split it causes) becomes one refresh. */
const REFRESH_DELAY_MS = 300;
/** How long a notice stays on screen. */
const NOTICE_MS = 8000;

/**
 * Keeps a page's server data current: on an event that concerns it, or `resync`, it refreshes the page
 * with router.refresh(), which re-renders the server components and keeps client state (a selection, the
 * scroll position, a half-filled form). With `notices`, a polite live region says who made the change.
 */
export function LiveRefresh({ scope, notices = false }: { scope: LivePageScope; notices?: boolean }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);

  useLiveEvents((message, live) => {
    if (message.name !== RESYNC_EVENT && !concernsPage(scope, message)) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, REFRESH_DELAY_MS);
    const text = notices && message.name !== RESYNC_EVENT ? liveNotice(message, live) : null;
    if (text) setNotice({ text, key: Date.now() });
  });

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useEffect(() => {
    if (!notice) return;
    const done = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(done);
  }, [notice]);

  if (!notices) return null;
  // The region is always there, so screen readers announce what is put into it.
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="live-notice" className="pointer-events-none fixed right-4 bottom-4 z-30">
      {notice ? <p key={notice.key} className="rounded-md bg-slate-900 px-3 py-2 text-sm text-white shadow-lg">{notice.text}</p> : null}
    </div>
  );
}
