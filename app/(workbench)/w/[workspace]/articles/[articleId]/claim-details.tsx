"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Badge } from "@/app/_components/badge";
import { ANCHOR_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { StatusBadge } from "../../_claims/status-badge";
import type { ReaderClaim } from "./reader-types";

/** A claim opened from the keyboard takes focus (its heading), so that the next Tab goes through the panel. */
export function ClaimDetails({ slug, claim, autoFocus, onClose }: { slug: string; claim: ReaderClaim; autoFocus: boolean; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus({ preventScroll: true });
  }, [autoFocus, claim.id]);
  return (
    <section aria-labelledby="claim-details-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h2 id="claim-details-heading" ref={heading} tabIndex={-1} className="font-semibold" dir="auto">{claim.statement}</h2>
        <button type="button" onClick={onClose} aria-label="Close claim" title="Close (Esc)" className="text-slate-500 hover:text-slate-900">✕</button>
      </div>
      <div className="flex flex-wrap gap-2">
        <StatusBadge status={claim.status} label={claim.ratingLabel ?? undefined} />
        {claim.figureLabel ? <Badge tone="blue">{claim.figureLabel}</Badge> : null}
        {claim.anchorStatus !== "EXACT" ? <Badge tone="amber">{ANCHOR_STATUS_LABELS[claim.anchorStatus]}</Badge> : null}
      </div>
      <blockquote dir="auto" className="border-s-4 border-amber-300 ps-3 font-serif text-sm">{claim.exact}</blockquote>
      {claim.claimant ? <p className="text-sm text-slate-600">Claimant: <bdi>{claim.claimant}</bdi></p> : null}
      <Link href={`/w/${slug}/claims/${claim.id}`} className="inline-block text-sm font-medium text-blue-800 underline">Open claim page</Link>
    </section>
  );
}
