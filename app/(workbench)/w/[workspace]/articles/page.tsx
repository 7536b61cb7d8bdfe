import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatNumber } from "@/app/_components/format";
import { listArticles } from "@/lib/data/articles/articles";
import { canEditArticles } from "@/lib/domain/permissions";
import { TableHead } from "@/app/_components/table-head";
import { openWorkspacePage } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user, role } = await openWorkspacePage(props, { path: "articles" });
  const canImport = canEditArticles(role);
  const articles = await listArticles({ actor: user, slug });

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <div className="flex items-baseline gap-4">
          <p className="text-sm text-slate-600">{articles.length} {articles.length === 1 ? "article" : "articles"}</p>
          {canImport ? <Link href={`/w/${slug}/articles/import`} className="rounded-md bg-blue-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">Import articles</Link> : null}
        </div>
      </div>
      {articles.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          {canImport ? (
            <>No articles yet. <Link href={`/w/${slug}/articles/import`} className="text-blue-800 underline">Import articles</Link> to see them here, ready for marking claims.</>
          ) : (
            "No articles yet. Articles an editor imports will be listed here, ready for marking claims."
          )}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Articles in this workspace</caption>
            <TableHead columns={["Title", "Publisher", "Published", { label: "Words", numeric: true }, { label: "Claims", numeric: true }]} />
            <tbody className="divide-y divide-slate-100">
              {articles.map((article) => (
                <tr key={article.id} className="hover:bg-slate-50">
                  <td className="px-4 py-3">
                    <Link href={`/w/${slug}/articles/${article.id}`} className="font-medium text-blue-800 hover:underline" >
                      <bdi>{article.title}</bdi>
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-slate-700">{article.publisher ? <bdi>{article.publisher}</bdi> : <span className="text-slate-500">Unknown</span>}</td>
                  <td className="px-4 py-3 text-slate-700">
                    {article.publishedAt ? (
                      <time dateTime={article.publishedAt.toISOString().slice(0, 10)}>{formatDate(article.publishedAt)}</time>
                    ) : (
                      <span className="text-slate-500" title={article.publishedNote ?? undefined}>Not stated</span>
                    )}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatNumber(article.wordCount)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatNumber(article.claimCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
