// A claim's status, told three ways: its word, an icon of its own and a colour of its own, so that
// no one has to tell "Open" from "In review" by colour alone (WCAG 1.4.1). Works in server and
// client components (no hooks).
import { Badge } from "@/app/_components/badge";
import { CLAIM_STATUS_LABELS, type ClaimStatus as Status } from "@/lib/domain/vocabulary";

const STATUS_TONES = { OPEN: "neutral", IN_REVIEW: "blue", DISPUTED: "amber", RESOLVED: "green" } as const;

/** Hollow circle: nothing done yet; half-filled: under way; warning triangle: disputed; tick: resolved. */
export function StatusIcon({ status }: { status: Status }) {
  const common = { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": true, focusable: false, fill: "none", stroke: "currentColor", strokeWidth: 1.5 } as const;
  switch (status) {
    case "OPEN":
      return <svg {...common} data-status-icon="open"><circle cx="6" cy="6" r="4.5" /></svg>;
    case "IN_REVIEW":
      return (
        <svg {...common} data-status-icon="in-review">
          <circle cx="6" cy="6" r="4.5" />
          <path d="M6 1.5a4.5 4.5 0 0 1 0 9z" fill="currentColor" stroke="none" />
        </svg>
      );
    case "DISPUTED":
      return (
        <svg {...common} data-status-icon="disputed" strokeLinejoin="round">
          <path d="M6 1.2 11 10.5H1z" />
          <path d="M6 4.8v2.6M6 8.6v.3" strokeLinecap="round" />
        </svg>
      );
    case "RESOLVED":
      return (
        <svg {...common} data-status-icon="resolved" strokeLinecap="round" strokeLinejoin="round">
          <circle cx="6" cy="6" r="4.5" />
          <path d="m3.8 6.1 1.5 1.5 2.9-3" />
        </svg>
      );
  }
}

/** The status badge; `label` replaces the status word (the reader shows a resolved claim's final rating). */
export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      <StatusIcon status={status} />
      <span className="whitespace-nowrap">{label ?? CLAIM_STATUS_LABELS[status]}</span>
    </Badge>
  );
}
