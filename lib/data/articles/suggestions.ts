import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SpanInput } from "@/lib/schemas/claim";
import { memberOf, type Actor } from "@/lib/data/scope";
import { requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

export async function listDismissedSuggestions({ actor, slug, articleId }: { actor: Actor; slug: string; articleId: string }) {
  return getDb().dismissedSuggestion.findMany({ where: { articleId, ...memberOf(actor, slug) }, select: { start: true, end: true, exact: true } });
}

/** Stops suggesting a detected figure on this article. Reviewers and above; dismissing twice is harmless. */
export async function dismissSuggestion({ actor, slug, input }: { actor: Actor; slug: string; input: SpanInput & { articleId: string } }) {
  const access = await requireWorkspaceRole({ actor, slug, action: "markClaim" });
  const db = getDb();
  const article = await db.article.findFirst({ where: { id: input.articleId, workspaceId: access.workspace.id }, select: { id: true, body: true } });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (article.body.slice(input.start, input.end) !== input.exact) {
    throw new AppError("CONFLICT", "The article's text changed since you opened it. Reload it and try again.");
  }
  await db.dismissedSuggestion.upsert({
    where: { articleId_start_end: { articleId: article.id, start: input.start, end: input.end } },
    create: { workspaceId: access.workspace.id, articleId: article.id, start: input.start, end: input.end, exact: input.exact, dismissedById: actor.id },
    update: {},
  });
}
