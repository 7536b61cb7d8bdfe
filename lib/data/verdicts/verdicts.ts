import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentVerdicts } from "@/lib/domain/verdicts";
import type { Actor } from "../scope";
import { getVerdictVisibility } from "./verdict-visibility";

// Reading verdicts. They are recorded by lib/workflows/review/record-verdict.ts, append-only.

const verdictSelect = {
  id: true,
  reviewerId: true,
  rationale: true,
  createdAt: true,
  reviewer: { select: { name: true } },
  rating: { select: { id: true, label: true, colour: true, ordinal: true } },
} satisfies Prisma.VerdictSelect;

export type VerdictView = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;

/**
 * The verdicts on a claim that the actor may see: every one (history, newest first) and each
 * reviewer's current one. Under blind review a reviewer without a verdict gets only their own
 * (none) and how many reviewers' verdicts are hidden; the hidden rows never leave the database.
 */
export async function listClaimVerdicts({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const visibility = await getVerdictVisibility({ actor, slug, claimId });
  if (!visibility) throw notFound("That claim");
  const scope = { claimId, workspaceId: visibility.workspaceId };
  const history = await getDb().verdict.findMany({
    where: visibility.seesOthers ? scope : { ...scope, reviewerId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: verdictSelect,
  });
  const hiddenCount = visibility.seesOthers ? 0 : await countOtherReviewers(scope, actor);
  const current = currentVerdicts(history);
  return { history, current, mine: current.find((verdict) => verdict.reviewerId === actor.id) ?? null, hiddenCount };
}

async function countOtherReviewers(scope: { claimId: string; workspaceId: string }, actor: Actor): Promise<number> {
  const reviewers = await getDb().verdict.findMany({
    where: { ...scope, reviewerId: { not: actor.id } },
    distinct: ["reviewerId"],
    select: { reviewerId: true },
  });
  return reviewers.length;
}
