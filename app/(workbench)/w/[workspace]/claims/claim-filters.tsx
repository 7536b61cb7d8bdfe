"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";

// The claims table's filters apply as they are chosen: a choice in a list at once, typed text after a
// pause (or Enter). The address changes with them (replace, not push: the back button leaves the
// page rather than stepping through each keystroke), so a filtered table can be linked and reloaded.
// Without JavaScript the form is an ordinary GET form that Enter submits.

const TYPING_PAUSE_MS = 400;

const GRID = "mt-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6";

/** Also the articles page's search (`label`, `className`). */
export function ClaimFilters({ keep, children, label = "Filter claims", className = GRID }: {
  /** Query parameters the filters do not set but must carry along: the sort. */
  keep: Record<string, string>;
  children: ReactNode;
  label?: string;
  className?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function apply() {
    if (timer.current) clearTimeout(timer.current);
    const form = formRef.current;
    if (!form) return;
    const params = new URLSearchParams(keep);
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    // A new filter starts from the first page: a cursor belongs to the rows it was made in.
    startTransition(() => router.replace(params.size ? `${pathname}?${params}` : pathname, { scroll: false }));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && (target.type === "search" || target.type === "text")) {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(apply, TYPING_PAUSE_MS);
    } else {
      apply();
    }
  }

  return (
    <form ref={formRef} method="get" role="search" aria-label={label} aria-busy={pending || undefined} onChange={onChange}
      onSubmit={(e) => { e.preventDefault(); apply(); }}
      className={className}>
      {Object.entries(keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
    </form>
  );
}
