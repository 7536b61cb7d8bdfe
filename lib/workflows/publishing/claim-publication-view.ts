import "server-only";
import { getClaimPublishing } from "@/lib/data/publications/publishing";
import type { Actor } from "@/lib/data/scope";
import { citability, defaultHeadline, publicBaseUrl, publicFactCheckUrl } from "@/lib/domain/publication";
import { notFound } from "@/lib/errors";
import type { ClaimPublicationResponse } from "@/lib/schemas/api-publication";
import type { PublicUrlBases } from "@/lib/domain/publication";

// The editor's view of a claim's publication, for the claim page and GET …/claims/{id}/publication: its
// state and public URL, the correction log, and what the Publish form starts from (the defaults and each
// piece of evidence with whether it can be cited, and why not).

export interface EvidenceChoice {
  id: string;
  title: string;
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  url: string | null;
  /** Null when it can be cited; else why not, shown beside the disabled checkbox. */
  notCitable: string | null;
  /** Whether the current publication cites it (a first publication cites every citable one). */
  cited: boolean;
}

export async function getClaimPublicationView({ actor, slug, claimId, bases }: { actor: Actor; slug: string; claimId: string; bases: PublicUrlBases }) {
  const data = await getClaimPublishing({ actor, slug, claimId });
  if (!data) throw notFound("That claim");
  const { publication } = data;
  const base = publicBaseUrl({ instance: bases.instance, workspace: data.publicBaseUrl, app: bases.app });
  const citedUrls = publication ? new Set(publication.factCheck.evidence.map((item) => item.url)) : null;
  const evidence: EvidenceChoice[] = data.evidence.map((item) => {
    const verdict = citability(item.source);
    return {
      id: item.id,
      title: item.source.title,
      stance: item.stance,
      url: verdict.citable ? verdict.url : null,
      notCitable: verdict.citable ? null : verdict.reason,
      cited: verdict.citable && (citedUrls === null || citedUrls.has(verdict.url)),
    };
  });
  const view: ClaimPublicationResponse | null = publication
    ? {
      id: publication.id,
      url: publicFactCheckUrl(base, slug, publication.id),
      state: publication.unpublishedAt ? "unpublished" : "published",
      underReview: publication.unpublishedAt === null && data.status !== "RESOLVED",
      headline: publication.factCheck.headline,
      rating: publication.factCheck.rating.label,
      publishedAt: publication.publishedAt,
      lastPublishedAt: publication.lastPublishedAt,
      unpublishedAt: publication.unpublishedAt,
      corrections: publication.corrections,
    }
    : null;
  return {
    resolved: data.status === "RESOLVED",
    publication: view,
    defaults: {
      headline: publication?.factCheck.headline ?? defaultHeadline(data.statement),
      // The resolution note is the starting point each time: a new resolution brings a new note.
      summary: data.resolutionNote ?? publication?.factCheck.summary ?? "",
    },
    evidence,
  };
}
