import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { listSources, type SourceListItem } from "@/lib/data/sources/sources";
import { canAddEvidence, canEditSources } from "@/lib/domain/permissions";
import { safeParseInput } from "@/lib/schemas/common";
import { sourceListQuerySchema } from "@/lib/schemas/source";
import { SOURCE_KIND_LABELS } from "@/lib/domain/vocabulary";
import { safeHref } from "../claims/[claimId]/evidence/evidence-labels";
import { EMPTY_SOURCE_FORM, SourceForm } from "./source-form";
import { openWorkspacePage, type SearchParams } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Sources" };

const linkClass = "text-blue-800 underline hover:text-blue-950";

export default async function SourcesPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, user, role, search } = await openWorkspacePage(props, { path: "sources" });
  const query = safeParseInput(sourceListQuerySchema, { q: search.q });
  const q = query.success ? query.data.q : undefined;
  const sources = await listSources({ actor: user, slug, q });
  const isEditor = canEditSources(role);

  return (
    <main className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Sources</h1>
          <p className="mt-1 text-sm text-slate-600">Articles and external sources linked as evidence, shared by every claim of the workspace.</p>
          <p className="mt-1 text-sm"><Link href={`/w/${slug}/sources/claimreview`} className={linkClass}>Import outside fact-checks (ClaimReview)</Link></p>
        </div>
        <form role="search" aria-label="Search sources" className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="sources-q" className="block text-sm font-medium text-slate-800">Search</label>
            <input id="sources-q" name="q" type="search" dir="auto" defaultValue={q ?? ""} placeholder="Title, publisher or address" className="block w-64 rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm" />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">Search</button>
        </form>
      </div>
      {!query.success ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">The search was not understood: {query.error.issues.map((issue) => issue.message).join(" ")}</p> : null}
      <p role="status" className="text-sm text-slate-600">{sources.length} {sources.length === 1 ? "source" : "sources"}{q ? <> matching <q dir="auto">{q}</q></> : null}</p>
      {sources.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          {q ? "No source matches this search." : "No sources yet. Link evidence from a claim's page, or add an external source below, to see it here."}
        </p>
      ) : (
        <SourcesTable slug={slug} sources={sources} isEditor={isEditor} />
      )}
      {canAddEvidence(role) ? (
        <section aria-labelledby="new-source-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="new-source-heading" className="mb-4 font-semibold">Add an external source</h2>
          <SourceForm slug={slug} initial={EMPTY_SOURCE_FORM} />
        </section>
      ) : null}
    </main>
  );
}

function SourcesTable({ slug, sources, isEditor }: { slug: string; sources: SourceListItem[]; isEditor: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Sources</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Source</th>
            <th scope="col" className="px-4 py-3 font-medium">Publisher</th>
            <th scope="col" className="px-4 py-3 font-medium">Published</th>
            <th scope="col" className="px-4 py-3 font-medium">Claims</th>
            {isEditor ? <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sources.map((source) => (
            <SourceRow key={source.id} slug={slug} source={source} isEditor={isEditor} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceRow({ slug, source, isEditor }: { slug: string; source: SourceListItem; isEditor: boolean }) {
  const isArticle = source.kind === "ARTICLE" && source.articleId;
  const href = isArticle ? `/w/${slug}/articles/${source.articleId}` : safeHref(source.url);
  const archived = safeHref(source.archivedUrl);
  const counts = [
    { label: "supports", count: source.claims.SUPPORTS, tone: "bg-green-50 text-green-800 ring-green-200" },
    { label: "contradicts", count: source.claims.CONTRADICTS, tone: "bg-red-50 text-red-800 ring-red-200" },
    { label: "context", count: source.claims.CONTEXT, tone: "bg-slate-100 text-slate-700 ring-slate-200" },
  ];
  return (
    <tr className="align-top hover:bg-slate-50">
      <td className="px-4 py-3">
        {href ? (
          <a href={href} dir="auto" className="font-medium text-blue-800 hover:underline" {...(isArticle ? {} : { target: "_blank", rel: "noopener noreferrer nofollow" })}>{source.title}</a>
        ) : (
          <span dir="auto" className="font-medium">{source.title}</span>
        )}
        <span className="block text-xs text-slate-500">
          {SOURCE_KIND_LABELS[source.kind]}
          {source.reliability ? ` · reliability ${source.reliability}/5` : ""}
          {archived ? <> · <a href={archived} target="_blank" rel="noopener noreferrer nofollow" className={linkClass}>archived copy</a></> : null}
        </span>
        {source.note ? <span dir="auto" className="mt-1 block text-xs whitespace-pre-wrap text-slate-600">{source.note}</span> : null}
      </td>
      <td className="px-4 py-3 text-slate-700" dir="auto">{source.publisher ?? <span className="text-slate-500">Unknown</span>}</td>
      <td className="px-4 py-3 text-slate-700">
        {source.publishedAt ? <time dateTime={source.publishedAt.toISOString().slice(0, 10)}>{formatDate(source.publishedAt)}</time> : <span className="text-slate-500">Not stated</span>}
      </td>
      <td className="px-4 py-3">
        <ul aria-label="Claims by stance" className="flex flex-wrap gap-1">
          {counts.map(({ label, count, tone }) => (
            <li key={label} className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${count ? tone : "bg-white text-slate-500 ring-slate-200"}`}>
              {label} {count}
            </li>
          ))}
        </ul>
      </td>
      {isEditor ? (
        <td className="px-4 py-3 text-right">
          {isArticle ? null : <Link href={`/w/${slug}/sources/${source.id}/edit`} className={linkClass} aria-label={`Edit ${source.title}`}>Edit</Link>}
        </td>
      ) : null}
    </tr>
  );
}
