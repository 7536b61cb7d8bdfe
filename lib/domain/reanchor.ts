import { anchor, describeSpan } from "./anchoring";
import type { TextEdit } from "./text-edit";

import type { AnchorStatus } from "./vocabulary";

export type { AnchorStatus };

export interface StoredSpan {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Reanchored {
  status: AnchorStatus;
  /** The span in the new text; for an orphan, the old one, kept so nothing is lost. */
  span: StoredSpan;
}

const STATUS_BY_METHOD = { position: "EXACT", quote: "RELOCATED", fuzzy: "FUZZY" } as const;

/**
 * Finds a stored span again in an edited text: position, then exact quote, then fuzzy match (see
 * anchoring.ts). What cannot be found is an orphan: it keeps its old quote and offsets, to be shown
 * to a reviewer and re-attached by hand, never dropped. `edit` (findTextEdit of the old and new
 * texts, computed once for all spans) tells a passage that merely shifted from a look-alike elsewhere.
 */
export function reanchorSpan(newText: string, span: StoredSpan, edit?: TextEdit): Reanchored {
  const found = anchor(newText, span, { edit });
  if (!found) return { status: "ORPHANED", span };
  return { status: STATUS_BY_METHOD[found.method], span: describeSpan(newText, found.start, found.end) };
}
