"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// The first Tab stop of an article's reader: past the header and navigation (a dozen stops) straight
// into the text, where the caret and the claims are.
const READER = /^\/w\/[^/]+\/articles\/(?!import$)[^/]+$/;

export function SkipLink() {
  const pathname = usePathname() ?? "";
  const start = useRef<HTMLSpanElement>(null);
  const isReader = READER.test(pathname);

  // Reached by a link inside the app, the page is swapped under the link that had focus: the browser
  // would go on from where that link was, deep in the page. Focus (without a visible ring) a mark just
  // before the skip link, so that the next Tab lands on it, as after loading the page from its address.
  useEffect(() => {
    if (!isReader) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body || !focused.isConnected) start.current?.focus({ preventScroll: true });
  }, [pathname, isReader]);

  if (!isReader) return null;
  return (
    <>
      <span ref={start} tabIndex={-1} className="sr-only" />
      <a href="#article-text" className="sr-only rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
        Skip to article text
      </a>
    </>
  );
}
