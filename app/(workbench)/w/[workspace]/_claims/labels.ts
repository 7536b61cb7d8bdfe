// Words for claim states, shared by server and client components.
type Status = "OPEN" | "IN_REVIEW" | "DISPUTED" | "RESOLVED";
type AnchorStatus = "EXACT" | "RELOCATED" | "FUZZY" | "ORPHANED";

export function statusLabel(status: Status): string {
  return { OPEN: "Open", IN_REVIEW: "In review", DISPUTED: "Disputed", RESOLVED: "Resolved" }[status];
}

export function anchorLabel(status: AnchorStatus): string {
  return { EXACT: "In place", RELOCATED: "Moved after an edit", FUZZY: "Re-found approximately after an edit", ORPHANED: "Lost its place" }[status];
}
