"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { clipBookmarklet } from "@/lib/domain/bookmarklet";

/**
 * The "Clip to Claimbench" bookmarklet, to drag to the bookmarks bar, with a button that copies it for
 * those who cannot drag (a keyboard, some browsers): a new bookmark with it pasted as the address does
 * the same. `appUrl` is the app's public address, which the bookmarklet opens its window on.
 */
export function ClipBookmarklet({ appUrl }: { appUrl: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  const [said, setSaid] = useState<string | null>(null);
  const bookmarklet = clipBookmarklet(appUrl);

  useEffect(() => {
    // React 19 will not render a javascript: URL in href (it puts one that throws in its place), so the
    // link gets it here, once rendered. The link is only a carrier to drag: clicking it is stopped below.
    link.current?.setAttribute("href", bookmarklet);
  }, [bookmarklet]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(bookmarklet);
      setSaid("Copied. Make a new bookmark and paste this as its address (URL).");
    } catch {
      setSaid("This browser did not let the page copy it: drag the button to your bookmarks bar instead.");
    }
  }

  return (
    <div className="mt-3 space-y-2">
      <p className="text-sm text-slate-700">Drag this button to your bookmarks bar; on any news page, click it to bring the page into Claimbench.</p>
      <div className="flex flex-wrap items-center gap-3">
        <a
          ref={link}
          data-testid="clip-bookmarklet"
          title="Drag me to your bookmarks bar"
          onClick={(event) => {
            event.preventDefault();
            setSaid("Drag the button to your bookmarks bar rather than clicking it here: clicked there, on a news page, it clips that page.");
          }}
          className="inline-flex cursor-grab items-center gap-2 rounded-md border border-blue-700 bg-blue-50 px-3.5 py-2 text-sm font-medium text-blue-900 hover:bg-blue-100"
        >
          ✂ Clip to Claimbench
        </a>
        <Button type="button" variant="secondary" onClick={() => void copy()}>Copy the bookmarklet</Button>
      </div>
      <p className="text-xs text-slate-500">
        It opens a small Claimbench window, and hands over the page as your browser shows it (text that scripts built, or that you see signed in, included), its address, and the text you selected. Choose the workspace and press Import: the article opens, with the claim form on your selection.
      </p>
      {said ? <p role="status" className="text-sm text-slate-700">{said}</p> : null}
    </div>
  );
}
