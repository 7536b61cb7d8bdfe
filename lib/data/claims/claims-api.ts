import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { locateQuote } from "@/lib/domain/locate-quote";
import { claimFieldsSchema, type ApiCreateClaimInput, type ClaimPatch } from "@/lib/schemas/claim";
import { toFieldErrors } from "@/lib/schemas/common";
import { createClaim, getClaim, readClaimNumbers, updateClaim } from "./claims";
import type { Actor } from "../scope";
import { getWorkspaceAccess } from "../workspaces/workspaces";

// Claims as API clients make and change them: the span given by offsets or by quote and found by
// the server, and updates that name only the fields that change. Both end in the same createClaim
// and updateClaim as the reader's forms.

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { fieldErrors: { [field]: [message] } });

/** Anchors the span in the article's current text, then creates the claim as the reader does. */
export async function createClaimFromSelector({ actor, slug, input }: { actor: Actor; slug: string; input: ApiCreateClaimInput }) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) throw notFound("That workspace");
  const article = await getDb().article.findFirst({ where: { id: input.articleId, workspaceId: access.workspace.id }, select: { body: true } });
  if (!article) throw new AppError("NOT_FOUND", "That article was not found in this workspace.", { fieldErrors: { articleId: ["No such article in this workspace."] } });
  const { start, end } = findSpan(article.body, input);
  const exact = article.body.slice(start, end);
  if (exact.trim() === "") throw invalid("end", "The span holds only spaces. Give the offsets of the claim's words.");
  return createClaim({ actor, slug, input: { ...input, start, end, exact } });
}

function findSpan(body: string, input: ApiCreateClaimInput): { start: number; end: number } {
  if (input.start !== undefined && input.end !== undefined) {
    if (input.end > body.length) throw invalid("end", `end is past the end of the article's text, which has ${body.length} characters.`);
    return { start: input.start, end: input.end };
  }
  const located = locateQuote(body, { exact: input.exact ?? "", prefix: input.prefix, suffix: input.suffix });
  if (located.found) return located;
  if (located.reason === "missing") throw invalid("exact", "The quoted text is not in the article. Quote it exactly as the article has it.");
  if (located.reason === "context-missing") throw invalid("prefix", `The quote occurs ${located.occurrences} times, but never with this prefix and suffix.`);
  throw invalid("prefix", `The quote occurs ${located.occurrences} times. Add prefix or suffix (the text just before or after it) to say which.`);
}

/**
 * Applies the fields given over the claim as it is, checks the result as the claim form does, and
 * saves it if the claim is still at `version` (otherwise CONFLICT with the claim as it now is).
 */
export async function patchClaim({ actor, slug, claimId, version, patch }: { actor: Actor; slug: string; claimId: string; version: number; patch: ClaimPatch }) {
  const claim = await getClaim({ actor, slug, claimId });
  if (!claim) throw notFound("That claim");
  const current = {
    statement: claim.statement,
    claimant: claim.claimant ?? undefined,
    claimDate: claim.claimDate ?? undefined,
    isFigure: claim.figure !== null,
    figureValue: claim.figure?.value,
    figureUnit: claim.figure?.unit,
    figureQualifier: claim.figure?.qualifier ?? undefined,
    figureLow: claim.figure?.low ?? undefined,
    figureHigh: claim.figure?.high ?? undefined,
    figureCounted: claim.figure?.counted ?? undefined,
    tags: claim.tags,
  };
  // "1,500" in the patch is read as the claim's article writes numbers before it meets the claim's other fields.
  const merged = { ...current, ...readClaimNumbers(patch, claim.article.language) };
  const checked = claimFieldsSchema.safeParse({ ...merged, claimDate: merged.claimDate?.toISOString().slice(0, 10) });
  if (!checked.success) throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: toFieldErrors(checked.error) });
  return updateClaim({ actor, slug, input: { ...checked.data, claimId, version } });
}
