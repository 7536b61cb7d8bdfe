import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { lockClaimStatus } from "@/lib/data/claims/claim-status";
import { memberOf, type Actor } from "@/lib/data/scope";
import { publicationOfClaim, type ClaimPublication } from "./publications";

// What the publish workflow (lib/workflows/publishing/) reads to build a fact-check, and what the claim
// page's Publish form shows: the claim, its article, its final rating and the scale's range, its evidence
// with each source's address, and the publication so far. Members' names and notes are not read: nothing
// here may end up on a public page that a reader should not see.

/** The transaction the workflow writes in (the claim's row is locked by readClaimForPublishing). */
export type PublishingTx = Tx;

/** Runs the work in one transaction: the publication, its audit event and its live event together. */
export function inPublishingTransaction<T>(work: (tx: PublishingTx) => Promise<T>): Promise<T> {
  return getDb().$transaction(work);
}

const EVIDENCE_SELECT = {
  id: true, stance: true,
  source: { select: { kind: true, title: true, url: true, publisher: true, article: { select: { url: true } } } },
} as const;

export interface PublishableEvidence {
  id: string;
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  source: { kind: string; title: string; url: string | null; publisher: string | null; articleUrl: string | null };
}

type EvidenceRow = { id: string; stance: PublishableEvidence["stance"]; source: { kind: string; title: string; url: string | null; publisher: string | null; article: { url: string | null } | null } };
const toEvidence = ({ source: { article, ...source }, ...row }: EvidenceRow): PublishableEvidence => ({ ...row, source: { ...source, articleUrl: article?.url ?? null } });

export interface ClaimForPublishing {
  claim: {
    id: string; status: string; statement: string; claimant: string | null; claimDate: Date | null;
    exact: string; prefix: string; suffix: string; start: number; end: number; anchorStatus: string;
    resolutionNote: string | null; resolvedAt: Date | null;
    finalRating: { label: string; colour: string; ordinal: number | null } | null;
  };
  article: { title: string; url: string | null; publisher: string | null; author: string | null; publishedAt: Date | null; language: string | null; body: string };
  /** The ordinals of the workspace's scale (ClaimReview's worstRating and bestRating are their ends). */
  scaleOrdinals: number[];
  evidence: PublishableEvidence[];
  publicBaseUrl: string | null;
  publication: ClaimPublication | null;
}

/**
 * Locks the claim (a resolution, a reopening or a new verdict waits for the publish to commit, so what is
 * published is the state it was checked in) and reads everything a publication is built from. Null when
 * the claim is not in the workspace.
 */
export async function readClaimForPublishing(tx: PublishingTx, { workspaceId, claimId }: { workspaceId: string; claimId: string }): Promise<ClaimForPublishing | null> {
  if (!(await lockClaimStatus(tx, workspaceId, claimId))) return null;
  const row = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true, status: true, statement: true, claimant: true, claimDate: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true,
      resolutionNote: true, resolvedAt: true, finalRating: { select: { label: true, colour: true, ordinal: true } },
      article: { select: { title: true, url: true, publisher: true, author: true, publishedAt: true, language: true, body: true } },
      evidence: { select: EVIDENCE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      workspace: { select: { publicBaseUrl: true, ratingLevels: { select: { ordinal: true } } } },
    },
  });
  const { article, evidence, workspace, ...claim } = row;
  return {
    claim,
    article,
    scaleOrdinals: workspace.ratingLevels.flatMap((level) => (level.ordinal === null ? [] : [level.ordinal])),
    evidence: evidence.map(toEvidence),
    publicBaseUrl: workspace.publicBaseUrl,
    publication: await publicationOfClaim({ workspaceId, claimId }, tx),
  };
}

/** For the claim page and GET …/publication: the publication (or null) and the evidence the form offers, to members. */
export async function getClaimPublishing({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, ...memberOf(actor, slug) },
    select: { id: true, workspaceId: true, status: true, statement: true, resolutionNote: true, workspace: { select: { publicBaseUrl: true } }, evidence: { select: EVIDENCE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!claim) return null;
  return {
    status: claim.status,
    statement: claim.statement,
    resolutionNote: claim.resolutionNote,
    publicBaseUrl: claim.workspace.publicBaseUrl,
    evidence: claim.evidence.map(toEvidence),
    publication: await publicationOfClaim({ workspaceId: claim.workspaceId, claimId: claim.id }),
  };
}
