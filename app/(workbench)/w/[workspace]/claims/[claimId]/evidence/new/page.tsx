import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { getArticle } from "@/lib/data/articles/articles";
import { getClaim } from "@/lib/data/claims/claims";
import { listEvidenceArticles } from "@/lib/data/evidence/evidence";
import { listSources } from "@/lib/data/sources/sources";
import { claimParamsSchema, safeParseInput } from "@/lib/schemas/common";
import { evidenceFormQuerySchema } from "@/lib/schemas/evidence";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { ExternalEvidenceForm } from "./external-evidence-form";
import { PassagePicker } from "./passage-picker";
import { openWorkspacePage, pageData, type SearchParams } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Add evidence" };

type Params = Promise<{ workspace: string; claimId: string }>;

const tabClass = (active: boolean) =>
  `rounded-md px-3 py-1.5 text-sm ${active ? "bg-blue-50 font-medium text-blue-800" : "text-slate-700 hover:bg-slate-100"}`;

export default async function AddEvidencePage(props: { params: Params; searchParams: SearchParams }) {
  const access = await openWorkspacePage(props, { params: claimParamsSchema, path: ({ claimId }) => `claims/${claimId}/evidence/new`, role: MINIMUM_ROLE.addEvidence });
  const { slug, user, search, params: { claimId } } = access;
  const base = `/w/${slug}/claims/${claimId}`;
  const claim = await pageData(() => getClaim({ actor: user, slug, claimId }));
  const query = safeParseInput(evidenceFormQuerySchema, { from: search.from, q: search.q, article: search.article });
  const { from, q, article: articleId } = query.success ? query.data : { from: "article" as const, q: undefined, article: undefined };

  return (
    <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href={`/w/${slug}/claims`} className="text-blue-800 hover:underline">Claims</Link>
        {" / "}
        <Link href={base} className="text-blue-800 hover:underline" dir="auto">{claim.statement}</Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold">Add evidence</h1>
        <p className="mt-1 text-slate-700">
          For the claim: <span dir="auto" className="font-medium">{claim.statement}</span>
        </p>
      </header>
      <nav aria-label="Kind of evidence" className="flex gap-1 border-b border-slate-200 pb-2">
        <Link href={`${base}/evidence/new`} aria-current={from === "article" ? "page" : undefined} className={tabClass(from === "article")}>Passage of an article</Link>
        <Link href={`${base}/evidence/new?from=external`} aria-current={from === "external" ? "page" : undefined} className={tabClass(from === "external")}>External source</Link>
      </nav>
      {!query.success ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">The address was not understood; showing the article search.</p> : null}
      {from === "external" ? (
        <ExternalEvidenceForm
          slug={slug}
          claimId={claimId}
          sources={(await listSources({ actor: access.user, slug, externalOnly: true })).map((s) => ({
            id: s.id, title: s.title, publisher: s.publisher, url: s.url, publishedAt: s.publishedAt ? formatDate(s.publishedAt) : null,
          }))}
        />
      ) : articleId ? (
        <ChosenArticle slug={slug} claim={claim} articleId={articleId} actor={access.user} base={base} />
      ) : (
        <ArticleSearch slug={slug} base={base} q={q} claimArticleId={claim.article.id} actor={access.user} />
      )}
    </main>
  );
}

async function ArticleSearch({ slug, base, q, claimArticleId, actor }: { slug: string; base: string; q?: string; claimArticleId: string; actor: { id: string } }) {
  const articles = await listEvidenceArticles({ actor, slug, q });
  return (
    <section aria-labelledby="choose-article-heading" className="space-y-4">
      <h2 id="choose-article-heading" className="font-semibold">Choose the article that holds the passage</h2>
      <form role="search" aria-label="Search articles" action={`${base}/evidence/new`} className="flex max-w-xl items-end gap-2">
        <div className="flex-1 space-y-1">
          <label htmlFor="article-search" className="block text-sm font-medium text-slate-800">Search articles by title</label>
          <input id="article-search" name="q" type="search" dir="auto" defaultValue={q ?? ""} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm" />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">Search</button>
      </form>
      {articles.length === 0 ? (
        <p className="text-sm text-slate-600">No article title matches {q ? <q dir="auto">{q}</q> : "your search"}. Try fewer words.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={`${base}/evidence/new?article=${article.id}`} className="block px-4 py-3 hover:bg-slate-50">
                <span dir="auto" className="font-medium text-blue-800">{article.title}</span>
                <span className="block text-xs text-slate-500">
                  {article.publisher ?? "Publisher unknown"}
                  {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ""}
                  {article.id === claimArticleId ? " · the claim's own article" : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

async function ChosenArticle({ slug, claim, articleId, actor, base }: {
  slug: string; claim: { id: string; start: number; end: number; anchorStatus: string; article: { id: string } }; articleId: string; actor: { id: string }; base: string;
}) {
  const article = await pageData(() => getArticle({ actor, slug, articleId }));
  const ownSpan = article.id === claim.article.id && claim.anchorStatus !== "ORPHANED" ? { start: claim.start, end: claim.end } : null;
  return (
    <section aria-labelledby="passage-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="passage-heading" className="font-semibold">
          Select the passage in <span dir="auto" className="font-serif">{article.title}</span>
        </h2>
        <Link href={`${base}/evidence/new`} className="text-sm text-blue-800 hover:underline">Choose another article</Link>
      </div>
      <PassagePicker slug={slug} claimId={claim.id} article={{ id: article.id, body: article.body }} claimSpan={ownSpan} />
    </section>
  );
}
