"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction } from "@/lib/server/actions/safe-action";
import { setArticleLanguage } from "@/lib/data/articles/article-language";
import { articleLanguageSchema } from "@/lib/schemas/language";

/** Sets an article's language from the reader (editors). Search vectors follow in the same transaction. */
export async function setArticleLanguageAction(slug: string, input: unknown) {
  return runWorkspaceAction(slug, articleLanguageSchema, input, async ({ actor, slug, input }) => {
    const result = await setArticleLanguage({ actor, slug, ...input });
    // Claims list searches and the articles list read the language too.
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
