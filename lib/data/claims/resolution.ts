import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { memberOf, type Actor } from "../scope";

// A claim's resolution as pages read it. Resolving and reopening are lib/workflows/review/resolution.ts.

/** The resolution as the claim page shows it: who resolved, when, with which rating and note. */
export async function getResolution({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, ...memberOf(actor, slug) },
    select: { status: true, version: true, resolutionNote: true, resolvedAt: true, resolvedBy: { select: { name: true } }, finalRating: { select: { id: true, label: true, colour: true } } },
  });
  if (!claim) throw notFound("That claim");
  return claim;
}
