import type { Metadata } from "next";
import Link from "next/link";
import { getArticle } from "@/lib/data/articles/articles";
import { articleParamsSchema } from "@/lib/schemas/common";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { TextEditor } from "./text-editor";
import { openWorkspacePage, pageData } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Edit article text" };

export default async function EditArticlePage(props: { params: Promise<{ workspace: string; articleId: string }> }) {
  const { slug, user, params: { articleId } } = await openWorkspacePage(props, {
    params: articleParamsSchema, path: ({ articleId }) => `articles/${articleId}/edit`, role: MINIMUM_ROLE.editArticles,
  });
  const article = await pageData(() => getArticle({ actor: user, slug, articleId }));
  return (
    <main className="mx-auto max-w-4xl px-6 py-8">
      <Link href={`/w/${slug}/articles/${article.id}`} className="text-sm text-blue-800 hover:underline">← Back to the article</Link>
      <h1 className="mt-3 text-2xl font-semibold" dir="auto">Edit text: {article.title}</h1>
      <p className="mt-2 text-sm text-slate-600">
        Correct the text or paste a re-captured version. When you save, every claim is found again in the new text: at its old
        place, elsewhere by its exact quote, or by a close match. Claims that cannot be found are listed on the article to be
        re-attached; none is deleted.
      </p>
      <TextEditor slug={slug} articleId={article.id} version={article.version} body={article.body} />
    </main>
  );
}
