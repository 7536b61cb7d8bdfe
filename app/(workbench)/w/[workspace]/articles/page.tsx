import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatNumber } from "@/app/_components/format";
import { FilterField, filterControl } from "@/app/_components/list-controls";
import { listArticleTable } from "@/lib/data/articles/article-table";
import { canEditArticles } from "@/lib/domain/permissions";
import { articleTableQuerySchema, type ArticleSort, type ArticleTableQuery } from "@/lib/schemas/article-table";
import { safeParseInput } from "@/lib/schemas/common";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";
import { ClaimFilters } from "../claims/claim-filters";

export const metadata: Metadata = { title: "Articles" };

const COLUMNS: { label: string; sort?: ArticleSort; numeric?: boolean }[] = [
  { label: "Title", sort: "title" }, { label: "Publisher", sort: "publisher" }, { label: "Published", sort: "published" }, { label: "Words", numeric: true }, { label: "Claims", sort: "claims", numeric: true },
];

/** A header that sorts by its column: the other direction when it is the sort already. */
function SortHeader({ base, query, column }: { base: string; query: ArticleTableQuery; column: (typeof COLUMNS)[number] }) {
  const current = query.sort ?? "published";
  const dir = query.dir ?? (current === "claims" ? "desc" : "asc");
  const active = column.sort === current;
  const params = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(column.sort ? { sort: column.sort, dir: active && dir === "asc" ? "desc" : "asc" } : {}) });
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`px-4 py-3 font-medium ${column.numeric ? "text-right" : ""}`}>
      {column.sort ? (
        <Link href={`${base}/articles?${params}`} className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline">
          {column.label}<span aria-hidden className={active ? "text-slate-900" : "text-slate-300"}>{active && dir === "desc" ? "▼" : "▲"}</span>
        </Link>
      ) : column.label}
    </th>
  );
}

export default async function ArticlesPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, base, user, role, search: raw } = await openWorkspacePage(props, { path: "articles" });
  const canImport = canEditArticles(role);
  const parsed = safeParseInput(articleTableQuerySchema, raw);
  const query: ArticleTableQuery = parsed.success ? parsed.data : {};
  const articles = await listArticleTable({ actor: user, slug, query });
  const keep: Record<string, string> = {};
  if (query.sort) keep.sort = query.sort;
  if (query.dir) keep.dir = query.dir;

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <div className="flex items-baseline gap-4">
          <p className="text-sm text-slate-600">{articles.length} {articles.length === 1 ? "article" : "articles"}</p>
          {canImport ? <Link href={`/w/${slug}/articles/import`} className="rounded-md bg-blue-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">Import articles</Link> : null}
        </div>
      </div>
      <ClaimFilters keep={keep} label="Search articles" className="mt-5 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <FilterField label="Search titles, publishers and authors" className="min-w-72 flex-1">
          <input name="q" type="search" dir="auto" defaultValue={query.q ?? ""} className={filterControl} />
        </FilterField>
      </ClaimFilters>
      {!parsed.success ? <p role="alert" className="mt-3 text-sm text-red-700">The search or sort in this link was not understood, so all articles are shown by date.</p> : null}
      {articles.length === 0 && query.q ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">No article matches “{query.q}”.</p>
      ) : articles.length === 0 ? (
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
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>{COLUMNS.map((column) => <SortHeader key={column.label} base={base} query={query} column={column} />)}</tr>
            </thead>
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
