import type { DetectedFigure } from "@/lib/domain/figures/types";
import type { AnchorStatus, ClaimStatus } from "@/lib/domain/vocabulary";

/** What the reader needs of a claim: enough to highlight it, list it and summarise it. */
export interface ReaderClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  statement: string;
  status: ClaimStatus;
  anchorStatus: AnchorStatus;
  figureLabel: string | null;
  claimant: string | null;
  /** The final rating's colour once resolved; null while open (a neutral highlight). */
  colour: string | null;
  ratingLabel: string | null;
  version: number;
  canEdit: boolean;
}

export type Suggestion = DetectedFigure;

export interface ReaderArticle {
  id: string;
  body: string;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The stored language code, or null when not known: figures and the text's lang attribute follow it. */
  language: string | null;
}

export interface Span {
  start: number;
  end: number;
  exact: string;
}
