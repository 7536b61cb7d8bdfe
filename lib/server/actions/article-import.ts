"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction } from "@/lib/server/actions/safe-action";
import { importPastedArticle } from "@/lib/workflows/article-import/article-import";
import { restoreRemovedLines } from "@/lib/data/articles/article-text";
import { pasteArticleSchema, restoreRemovedSchema } from "@/lib/schemas/article-import";

export async function importPastedArticleAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, pasteArticleSchema, input, async ({ actor, slug, input }) => {
    const outcome = await importPastedArticle({ actor, slug, input });
    revalidatePath(`/w/${slug}/articles`);
    return { articleId: outcome.articleId, title: outcome.title, removed: outcome.removed };
  });
}

export async function restoreRemovedLinesAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, restoreRemovedSchema, input, async ({ actor, slug, input }) => {
    const report = await restoreRemovedLines({ actor, slug, input });
    revalidatePath(`/w/${slug}/articles/${input.articleId}`);
    return report;
  });
}
