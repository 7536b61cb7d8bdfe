"use server";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { listDraftMatches } from "@/lib/data/claim-matches/claim-matches";
import { claimMatchDraftSchema, type MatchItem } from "@/lib/schemas/claim-matches";

// The claim forms ask, while a statement is written, which claims of the workspace already say it. Reading
// only: nothing to revalidate.
export async function findDraftMatchesAction(slug: string, input: unknown): Promise<ActionResult<MatchItem[]>> {
  return runWorkspaceAction(slug, claimMatchDraftSchema, input, ({ actor, slug, input }) => listDraftMatches({ actor, slug, draft: input }));
}
