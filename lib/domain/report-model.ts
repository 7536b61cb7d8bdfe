// What a verdict report contains, as plain data: the export writers in lib/formats turn it into CSV,
// ClaimReview, W3C annotations and Markdown without knowing where it came from. The data layer fills it
// in batches (claims arrive as an AsyncIterable), so nothing here may need every claim at once; what a
// writer must print before the first claim (the reviewer columns, the summary) is given up front.
//
// Conventions:
// - Times and dates are ISO 8601 strings from Date#toISOString (UTC). Date-only fields (claimDate,
//   publishedAt) are that day's UTC midnight; writers print their first ten characters.
// - Enumerations keep the database names ("IN_REVIEW", "CONTRADICTS"), so the model is a projection of
//   the rows; writers choose how to print them.
// - Figures use the domain's words ("at least", "percent"), as lib/domain/figures/types.ts does.
// - The words and their labels are lib/domain/vocabulary.ts's.
import { CLAIM_STATUSES, zeroCounts, type AnchorStatus, type ClaimFigure, type ClaimStatus, type SourceKind, type Stance } from "./vocabulary";

/** One level of the workspace's rating scale; `ordinal` is null for levels such as Unverifiable. */
export interface ReportRatingLevel {
  label: string;
  ordinal: number | null;
  colour: string;
  position: number;
}

export interface ReportRating {
  label: string;
  ordinal: number | null;
}

export interface ReportPerson {
  name: string;
  email: string;
}

export interface ReportWorkspace {
  slug: string;
  name: string;
  /** Named as the fact-check's author in ClaimReview; the workspace name stands in when null. */
  organizationName: string | null;
  /** Origin the claim page URLs are built on, without a trailing slash: "https://claimbench.example". */
  baseUrl: string;
  /** Where this export is served from: the W3C AnnotationCollection's id. */
  exportUrl: string;
  exportedAt: string;
  /** Ordered by position. */
  scale: ReportRatingLevel[];
  /**
   * Everyone whose current verdict may appear, in column order. CSV writes one rating column per reviewer
   * and must know the columns before the first row, so the data layer lists them up front (members who
   * ever recorded a verdict in the workspace). Matched to verdicts by email.
   */
  reviewers: ReportPerson[];
}

export interface ReportArticle {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
}

/** The claim's span as stored: a W3C TextQuoteSelector plus TextPositionSelector. */
export interface ReportQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** A reviewer's current verdict: their latest (verdicts are append-only, see lib/domain/verdicts.ts). */
export interface ReportVerdict {
  reviewer: ReportPerson;
  rating: ReportRating;
  rationale: string;
  at: string;
}

export interface ReportSource {
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  archivedUrl: string | null;
  kind: SourceKind;
  /** Set when the source is an article of the same workspace. */
  articleId: string | null;
}

export interface ReportEvidence {
  stance: Stance;
  /** The quoted excerpt; may be empty when the evidence is the source as a whole. */
  excerpt: string;
  note: string | null;
  source: ReportSource;
}

export interface ReportClaim {
  id: string;
  /** The claim's page in Claimbench (see claimPageUrl). */
  url: string;
  article: ReportArticle;
  quote: ReportQuote;
  anchorStatus: AnchorStatus;
  statement: string;
  claimant: string | null;
  claimDate: string | null;
  figure: ClaimFigure | null;
  tags: string[];
  status: ClaimStatus;
  /** Set once resolved. */
  finalRating: ReportRating | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  createdAt: string;
  createdBy: ReportPerson | null;
  /** Current verdict per reviewer, newest first. */
  verdicts: ReportVerdict[];
  evidence: ReportEvidence[];
  /** The claim's latest audit event (its own, or its evidence's, verdicts', assignments'). */
  lastChange: { at: string; by: ReportPerson | null };
}

export interface RatingCount {
  label: string;
  ordinal: number | null;
  count: number;
}

export interface OpenDisagreement {
  claimId: string;
  statement: string;
  url: string;
  /** What disagrees, in the detector's words: "ratings", "evidence", "figures", "inconsistent ratings of the same claim". */
  kinds: string[];
}

/**
 * Counts over every exported claim. A report prints it before the claims, so the data layer computes it
 * up front (aggregate queries) rather than a writer collecting it while streaming.
 */
export interface ReportSummary {
  total: number;
  /** Final ratings of resolved claims, one entry per scale level in scale order (zero counts kept). */
  byRating: RatingCount[];
  /** Claims without a final rating. */
  unrated: number;
  byStatus: Record<ClaimStatus, number>;
  openDisagreements: OpenDisagreement[];
}

/** The claim's page: what ClaimReview's url and the W3C annotation's id point at. */
export function claimPageUrl(baseUrl: string, workspaceSlug: string, claimId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/w/${encodeURIComponent(workspaceSlug)}/claims/${encodeURIComponent(claimId)}`;
}

/**
 * The summary of claims already in memory: for tests and small exports. Large exports count in the
 * database instead, with the same meaning.
 */
export function summarizeClaims(
  scale: readonly ReportRatingLevel[],
  claims: readonly ReportClaim[],
  openDisagreements: OpenDisagreement[],
): ReportSummary {
  const byRating = scale.map((level) => ({ label: level.label, ordinal: level.ordinal, count: 0 }));
  const byStatus = zeroCounts(CLAIM_STATUSES);
  let unrated = 0;
  for (const claim of claims) {
    byStatus[claim.status] += 1;
    const entry = claim.finalRating && byRating.find((level) => level.label === claim.finalRating?.label);
    if (entry) entry.count += 1;
    else unrated += 1;
  }
  return { total: claims.length, byRating, unrated, byStatus, openDisagreements };
}

/** The lowest and highest ordinal of the scale: ClaimReview's worstRating and bestRating. Null when none has one. */
export function ordinalRange(scale: readonly ReportRatingLevel[]): { worst: number; best: number } | null {
  const ordinals = scale.flatMap((level) => (level.ordinal === null ? [] : [level.ordinal]));
  if (ordinals.length === 0) return null;
  return { worst: Math.min(...ordinals), best: Math.max(...ordinals) };
}

/**
 * What an export writer gets before the first claim. The summary costs aggregate queries over the whole
 * scope, so the data layer fills it only for formats that print one (see lib/formats/export-formats.ts).
 */
export interface ReportModel {
  workspace: ReportWorkspace;
  summary: ReportSummary | null;
}
