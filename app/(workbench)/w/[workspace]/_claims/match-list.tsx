// The matches of a claim, or of a statement being written ("checked before?"), as the claim forms and the
// claim page list them: each claim with its article, status and final rating, each outside fact-check as
// "Rated False by <publisher> on <date>" with its link, and why it matched. Works in server and client
// components (no hooks). Outside addresses are shown only when http(s), and open without the app as referrer.
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import type { MatchItem } from "@/lib/schemas/claim-matches";
import { safeHref } from "../claims/[claimId]/evidence/evidence-labels";
import { RatingBadge } from "../claims/[claimId]/verdicts/rating-badge";
import { SameClaimButtons } from "../claims/[claimId]/same-claim/same-claim-buttons";
import { StatusBadge } from "./status-badge";

/** `sameClaimOf`: on a saved claim's page, for someone who may link claims, each claim match offers "Same claim" / "Not the same". */
export function MatchList({ slug, items, labelledBy, sameClaimOf }: { slug: string; items: MatchItem[]; labelledBy: string; sameClaimOf?: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="space-y-2" data-testid="match-list">
      {items.map((item) => (
        <li key={item.kind === "claim" ? item.claim.id : item.source.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          {item.kind === "claim" ? <ClaimMatch slug={slug} item={item} /> : <FactCheckMatch item={item} />}
          <p className="mt-1 text-xs text-slate-600">
            <span className="font-medium">Why: </span>
            <bdi>{item.reasons.join("; ")}</bdi>
            <span className="text-slate-500"> · {Math.round(item.score * 100)}% match</span>
          </p>
          {sameClaimOf && item.kind === "claim" ? <SameClaimButtons slug={slug} claimId={sameClaimOf} otherId={item.claim.id} otherStatement={item.claim.statement} /> : null}
        </li>
      ))}
    </ul>
  );
}

function ClaimMatch({ slug, item }: { slug: string; item: Extract<MatchItem, { kind: "claim" }> }) {
  const { claim } = item;
  return (
    <>
      <p dir="auto">
        <Link href={`/w/${slug}/claims/${claim.id}`} className="font-medium text-blue-800 underline"><bdi>{claim.statement}</bdi></Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span>in <bdi>{claim.articleTitle}</bdi></span>
        <StatusBadge status={claim.status} />
        {claim.finalRating ? <span className="inline-flex items-center gap-1">Final rating: <RatingBadge label={claim.finalRating.label} colour={claim.finalRating.colour} /></span> : null}
      </div>
    </>
  );
}

function FactCheckMatch({ item }: { item: Extract<MatchItem, { kind: "claimreview" }> }) {
  const { source, rating } = item;
  const href = safeHref(source.url);
  const label = rating.label ?? rating.level?.label;
  const verdict = `${label ? `Rated ${label}` : "Checked"}${source.publisher ? ` by ${source.publisher}` : ""}${source.publishedAt ? ` on ${formatDate(new Date(source.publishedAt))}` : ""}`;
  return (
    <>
      <p dir="auto" className="font-medium">“<bdi>{source.claimReviewed}</bdi>”</p>
      <p className="mt-1 text-xs text-slate-700">
        <span className="font-medium">Outside fact-check: </span>
        {href ? <a href={href} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline"><bdi>{verdict}</bdi></a> : <bdi>{verdict}</bdi>}
        {rating.level && rating.level.label !== label ? <> · on this workspace&apos;s scale: <RatingBadge label={rating.level.label} colour={rating.level.colour} /></> : null}
      </p>
    </>
  );
}
