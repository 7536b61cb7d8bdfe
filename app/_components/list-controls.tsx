import Link from "next/link";
import type { ReactNode } from "react";

// Pieces shared by the filterable, paginated lists (claims, disagreements): a GET filter form's
// labelled controls, and links to the previous and next page that keep the filters.

export const filterControl = "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

export function FilterField({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <label className={`block space-y-1 text-sm font-medium text-slate-800 ${className}`}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** `path?filters&page=n`, leaving out filters that are not set. */
export function pageHref(path: string, filters: Record<string, unknown>, page: number): string {
  const set = Object.entries(filters).filter(([key, value]) => key !== "page" && value !== undefined && value !== null && value !== "");
  return `${path}?${new URLSearchParams([...set.map(([key, value]) => [key, String(value)] as [string, string]), ["page", String(page)]])}`;
}

export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)} className="text-blue-800 underline">← Previous page</Link> : <span />}
      {page < pageCount ? <Link href={href(page + 1)} className="text-blue-800 underline">Next page →</Link> : null}
    </nav>
  );
}
