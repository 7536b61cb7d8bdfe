import { z } from "zod";
import { RATIONALE_MAX } from "./verdict";
import { idSchema, versionSchema } from "./common";

// "Same claim" links between two claims of a workspace, dismissed matches, and resolving a claim "as in"
// a resolved member of its group (issue 17). The API's bodies name the other claim; the claim acted on
// comes from the path.

const otherClaim = (missing: string) => z.string({ error: missing }).min(1, missing).pipe(idSchema);

/** POST claims/{claimId}/links: `claimId` is the other claim, the same claim as the one in the path. */
export const linkClaimBodySchema = z.object({
  claimId: otherClaim("Choose the claim that is the same claim as this one."),
});

/** Linking (or dismissing a match): the claim acted on and the other one. */
export const claimPairSchema = z.object({
  claimId: idSchema,
  otherId: otherClaim("Choose the other claim."),
});
export type ClaimPairInput = z.infer<typeof claimPairSchema>;

/** POST claims/{claimId}/dismissed-matches: the match judged not the same claim. */
export const dismissMatchBodySchema = z.object({
  claimId: otherClaim("Name the suggested claim that is not the same claim."),
});

/** The claim page's picker (?same=<words>): words of the other claim's statement, searched as the claims list searches. */
export const sameClaimSearchSchema = z.object({
  same: z.string().trim().max(200, "A search has at most 200 characters.").optional(),
});

/**
 * Resolving "as in" another claim of the group: its final rating is copied, with a note naming it. The
 * version is this claim's, as read; the editor may add words of their own to the generated note.
 */
export const resolveAsInSchema = z.object({
  claimId: idSchema,
  version: versionSchema,
  asIn: otherClaim("Choose the resolved claim of this group to resolve as."),
  note: z.string().trim().max(RATIONALE_MAX - 500, `A note has at most ${(RATIONALE_MAX - 500).toLocaleString("en")} characters.`).optional(),
});
export type ResolveAsInInput = z.infer<typeof resolveAsInSchema>;

/** The API's body: the same without the path's claim. */
export const resolveAsInBodySchema = resolveAsInSchema.omit({ claimId: true });

// ---- Answers ---------------------------------------------------------------------------------

const rating = z.object({ id: z.uuid(), label: z.string(), colour: z.string() });

export const groupMemberResponse = z.object({
  id: z.uuid(),
  statement: z.string(),
  status: z.string(),
  version: z.number().int(),
  finalRating: rating.nullable().describe("Once resolved; null before."),
  article: z.object({ id: z.uuid(), title: z.string() }),
});

export const claimGroupResponse = z.object({
  items: z.array(groupMemberResponse).describe("Every claim linked to this one as the same claim, directly or through others, oldest first; empty when it is in no group."),
  links: z.array(z.object({ a: z.uuid(), b: z.uuid(), at: z.string() })).describe("The links that make the group (each pair once)."),
});

export const linkResponse = z.object({
  claimId: z.uuid(),
  otherId: z.uuid(),
  groupSize: z.number().int().describe("How many claims the group holds now, this one included."),
});
export const dismissalResponse = z.object({ claimId: z.uuid(), otherId: z.uuid() });
