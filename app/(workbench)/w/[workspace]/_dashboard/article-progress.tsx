import Link from "next/link";
import { formatNumber } from "@/app/_components/format";
import type { ArticleProgress } from "@/lib/data/workspaces/dashboard";
import { TableHead } from "@/app/_components/table-head";

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

export function ArticleProgressTable({ slug, articles, articleCount }: { slug: string; articles: ArticleProgress[]; articleCount: number }) {
  return (
    <section aria-labelledby="progress-per-article">
      <div className="flex items-baseline justify-between">
        <h2 id="progress-per-article" className="text-lg font-semibold">Progress per article</h2>
        {articleCount > articles.length ? (
          <p className="text-sm text-slate-600">
            The {articles.length} articles with most unresolved claims, of {formatNumber(articleCount)}. <Link href={`/w/${slug}/articles`} className="text-blue-800 underline">All articles</Link>
          </p>
        ) : null}
      </div>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Progress per article: claims marked, checked and resolved</caption>
          <TableHead columns={["Article", { label: "Marked", numeric: true }, { label: "Checked", numeric: true }, { label: "Resolved", numeric: true }, { label: "Progress", className: "w-48" }]} />
          <tbody className="divide-y divide-slate-100">
            {articles.map((article) => (
              <tr key={article.id}>
                <td className="px-4 py-3">
                  <Link href={`/w/${slug}/articles/${article.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{article.title}</Link>
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(article.marked)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(article.checked)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{formatNumber(article.resolved)}</td>
                <td className="px-4 py-3">
                  {article.marked === 0 ? (
                    <span className="text-xs text-slate-500">No claims marked</span>
                  ) : (
                    // Checked (light) under resolved (dark), both as shares of the claims marked.
                    <div aria-hidden="true" className="relative h-2 w-full overflow-hidden rounded-full bg-slate-100">
                      <div className="absolute inset-y-0 left-0 bg-blue-200" style={{ width: `${percent(article.checked, article.marked)}%` }} />
                      <div className="absolute inset-y-0 left-0 bg-green-600" style={{ width: `${percent(article.resolved, article.marked)}%` }} />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 flex gap-4 text-xs text-slate-600">
        <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-3 rounded-sm bg-blue-200" />Checked: has at least one verdict</span>
        <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-3 rounded-sm bg-green-600" />Resolved</span>
      </p>
    </section>
  );
}
