import type { Metadata } from "next";
import { Button } from "@/app/_components/button";
import { getAgreementRatings } from "@/lib/data/verdicts/agreement";
import { buildAgreementReport } from "@/lib/domain/agreement-report";
import { agreementQuerySchema } from "@/lib/schemas/agreement";
import { safeParseInput } from "@/lib/schemas/common";
import { KappaHeatmap, MissingRatingsNote, PerArticleTable, StatisticsTable } from "./agreement-tables";
import { openWorkspacePage, pageData, type SearchParams } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Reviewer agreement" };


export default async function AgreementPage(props: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { slug, user, search } = await openWorkspacePage(props, { path: "review/agreement" });
  const base = `/w/${slug}/review/agreement`;
  const query = safeParseInput(agreementQuerySchema, { article: search.article });
  const articleId = query.success ? query.data.article : undefined;
  const data = await pageData(() => getAgreementRatings({ actor: user, slug, articleId }));
  const report = buildAgreementReport(data);
  const withArticle = (id?: string) => (id ? `?${new URLSearchParams({ article: id })}` : "");

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <h1 className="text-2xl font-semibold">Reviewer agreement</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        How far reviewers agree beyond chance, from each reviewer&apos;s current verdict on each claim{data.article ? <> of <span dir="auto">{data.article.title}</span></> : " in this workspace"}.
      </p>
      <form method="get" aria-label="Scope" className="mt-5 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <label className="block space-y-1 text-sm font-medium text-slate-800">
          <span>Scope</span>
          <select name="article" defaultValue={data.article?.id ?? ""} className="block w-80 max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm">
            <option value="">Whole workspace</option>
            {data.articles.map((item) => <option key={item.id} value={item.id}>{item.title}</option>)}
          </select>
        </label>
        <Button type="submit">Show</Button>
        {report.reviewers.length >= 2 ? (
          <a href={`${base}/csv${withArticle(data.article?.id)}`} download className="ml-auto px-2 py-2 text-sm font-medium text-blue-800 underline">Download CSV</a>
        ) : null}
      </form>
      {query.success ? null : <p role="alert" className="mt-3 text-sm text-red-700">That article link was not understood, so the whole workspace is shown.</p>}

      {report.reviewers.length < 2 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          Agreement needs verdicts from at least two reviewers on the same claims.{" "}
          {report.reviewers.length === 0 ? "No verdicts have been recorded here yet." : `So far only ${report.reviewers[0]!.name} has recorded verdicts here.`}{" "}
          Assign claims to more reviewers from a claim&apos;s page, and the statistics appear once their verdicts are in.
        </p>
      ) : (
        <>
          <section aria-labelledby="statistics" className="mt-8">
            <h2 id="statistics" className="text-lg font-semibold">Statistics</h2>
            <StatisticsTable report={report} />
          </section>
          <section aria-labelledby="heatmap" className="mt-8">
            <h2 id="heatmap" className="text-lg font-semibold">Cohen&apos;s kappa by reviewer pair</h2>
            <p className="mt-1 text-sm text-slate-600">Each cell gives the kappa of two reviewers and the number of claims both rated.</p>
            <KappaHeatmap report={report} />
          </section>
          <MissingRatingsNote figures={report.overall} />
          {data.article ? null : (
            <section aria-labelledby="per-article" className="mt-8">
              <h2 id="per-article" className="text-lg font-semibold">Per article</h2>
              <PerArticleTable report={report} hrefFor={(id) => `${base}${withArticle(id)}`} />
            </section>
          )}
        </>
      )}
    </main>
  );
}
