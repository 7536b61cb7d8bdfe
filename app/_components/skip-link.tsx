"use client";
import { usePathname } from "next/navigation";

// The first Tab stop of an article's reader: past the header and navigation (a dozen stops) straight
// into the text, where the caret and the claims are.
const READER = /^\/w\/[^/]+\/articles\/(?!import$)[^/]+$/;

export function SkipLink() {
  if (!READER.test(usePathname() ?? "")) return null;
  return (
    <a href="#article-text" className="sr-only rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
      Skip to article text
    </a>
  );
}
