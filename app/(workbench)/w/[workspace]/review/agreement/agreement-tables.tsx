import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { formatNumber } from "@/app/_components/format";
import { interpretAlpha, interpretKappa } from "@/lib/domain/agreement";
import { formatStatistic, type AgreementReport, type Figure, type ScopeFigures } from "@/lib/domain/agreement-report";

const th = "px-4 py-3 font-medium";
const td = "px-4 py-3";

function Interpretation({ figure, interpret }: { figure: Figure; interpret: (value: number) => string }) {
  if (Number.isNaN(figure.value)) return <span className="text-slate-500">Undefined: {figure.reason}</span>;
  return <span className="capitalize">{interpret(figure.value)}</span>;
}

function Row({ statistic, reviewers, figure, interpret }: { statistic: string; reviewers: ReactNode; figure: Figure; interpret: (value: number) => string }) {
  return (
    <tr>
      <th scope="row" className={`${td} font-medium`}>{statistic}</th>
      <td className={td}>{reviewers}</td>
      <td className={`${td} font-mono tabular-nums`}>{formatStatistic(figure.value)}</td>
      <td className={`${td} tabular-nums`}>{formatNumber(figure.n)}</td>
      <td className={td}><Interpretation figure={figure} interpret={interpret} /></td>
    </tr>
  );
}

export function StatisticsTable({ report }: { report: AgreementReport }) {
  const { overall } = report;
  return (
    <Frame>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Agreement statistics</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>Statistic</th>
            <th scope="col" className={th}>Reviewers</th>
            <th scope="col" className={th}>Value</th>
            <th scope="col" className={th}>Claims (n)</th>
            <th scope="col" className={th}>Interpretation</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <Row statistic="Fleiss' kappa" reviewers={`All (${overall.fleiss.raters ?? "–"} per claim)`} figure={overall.fleiss} interpret={interpretKappa} />
          <Row statistic="Krippendorff's alpha, nominal" reviewers="All" figure={overall.alphaNominal} interpret={interpretAlpha} />
          <Row statistic="Krippendorff's alpha, ordinal" reviewers="All" figure={overall.alphaOrdinal} interpret={interpretAlpha} />
          {report.pairs.map((pair) => (
            <Row key={`${pair.a.id}-${pair.b.id}`} statistic="Cohen's kappa" reviewers={<><bdi>{pair.a.name}</bdi> / <bdi>{pair.b.name}</bdi></>} figure={pair} interpret={interpretKappa} />
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

/** Green for agreement, red for worse than chance; the printed value carries the meaning, the colour only helps the eye. */
function heat(value: number): CSSProperties {
  if (Number.isNaN(value)) return { backgroundColor: "#f8fafc" };
  const strength = Math.min(1, Math.abs(value));
  const lightness = 96 - 46 * strength;
  return { backgroundColor: `hsl(${value < 0 ? 0 : 142} 65% ${lightness}%)`, color: lightness < 62 ? "white" : "#0f172a" };
}

export function KappaHeatmap({ report }: { report: AgreementReport }) {
  const pairOf = (a: string, b: string) => report.pairs.find((pair) => (pair.a.id === a && pair.b.id === b) || (pair.a.id === b && pair.b.id === a));
  return (
    <Frame>
      <table className="text-sm">
        <caption className="sr-only">Cohen&apos;s kappa by reviewer pair</caption>
        <thead>
          <tr>
            <td className="p-2" />
            {report.reviewers.map((reviewer) => <th key={reviewer.id} scope="col" className="max-w-32 p-2 text-left align-bottom text-xs font-medium text-slate-700" dir="auto">{reviewer.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {report.reviewers.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="p-2 text-left text-xs font-medium whitespace-nowrap text-slate-700"><bdi>{row.name}</bdi></th>
              {report.reviewers.map((column) => {
                const pair = row.id === column.id ? null : pairOf(row.id, column.id);
                if (!pair) return <td key={column.id} className="h-16 w-24 border border-white bg-slate-200"><span className="sr-only">Same reviewer</span></td>;
                return (
                  <td key={column.id} data-testid={`kappa-${row.id}-${column.id}`} style={heat(pair.value)} className="h-16 w-24 border border-white text-center" title={pair.reason ?? interpretKappa(pair.value)}>
                    <span className="block font-mono text-base tabular-nums">{formatStatistic(pair.value)}</span>
                    <span className="block text-xs opacity-80">n = {formatNumber(pair.n)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

export function PerArticleTable({ report, hrefFor }: { report: AgreementReport; hrefFor: (articleId: string) => string }) {
  const cell = (figure: Figure) => (
    <td className={`${td} tabular-nums`} title={figure.reason ?? undefined}>
      <span className="font-mono">{formatStatistic(figure.value)}</span> <span className="text-xs text-slate-500">(n = {formatNumber(figure.n)})</span>
    </td>
  );
  return (
    <Frame>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Agreement per article</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>Article</th>
            <th scope="col" className={th}>Rated claims</th>
            <th scope="col" className={th}>One rating only</th>
            <th scope="col" className={th}>Fleiss&apos; kappa</th>
            <th scope="col" className={th}>Alpha, nominal</th>
            <th scope="col" className={th}>Alpha, ordinal</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.perArticle.map((article) => (
            <tr key={article.articleId}>
              <th scope="row" className={`${td} font-medium`}><Link href={hrefFor(article.articleId)} className="text-blue-800 hover:underline" dir="auto">{article.title}</Link></th>
              <td className={`${td} tabular-nums`}>{formatNumber(article.ratedClaims)}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(article.singleRated)}</td>
              {cell(article.fleiss)}
              {cell(article.alphaNominal)}
              {cell(article.alphaOrdinal)}
            </tr>
          ))}
        </tbody>
      </table>
    </Frame>
  );
}

export function MissingRatingsNote({ figures }: { figures: ScopeFigures }) {
  const { ratedClaims, singleRated, fleiss, alphaNominal, alphaOrdinal } = figures;
  return (
    <section aria-labelledby="missing-ratings" className="mt-8 max-w-3xl space-y-2 text-sm text-slate-700">
      <h2 id="missing-ratings" className="text-lg font-semibold text-slate-900">Claims with one rating, and other gaps</h2>
      <p>
        {formatNumber(singleRated)} of {formatNumber(ratedClaims)} rated {ratedClaims === 1 ? "claim has" : "claims have"} a verdict from only one reviewer.
        A single rating carries no information about agreement, so these claims are left out of every statistic.
      </p>
      <p>
        Cohen&apos;s kappa for a pair uses the claims both reviewers rated. Fleiss&apos; kappa needs the same number of reviewers on every claim, so it
        uses only the {formatNumber(fleiss.n)} claims rated by {fleiss.raters ?? "the same number of"} reviewers, the most common number; {formatNumber(Math.max(0, fleiss.skipped - singleRated))} claims rated by a different number of reviewers are left out of it.
        Krippendorff&apos;s alpha handles missing ratings: it uses every claim with at least two ratings ({formatNumber(alphaNominal.n)}).
      </p>
      <p>
        The ordinal alpha weighs disagreements by the distance between ratings on the scale. Levels without an ordinal value, such as Unverifiable,
        count as missing there ({formatNumber(alphaOrdinal.withoutOrdinal)} {alphaOrdinal.withoutOrdinal === 1 ? "rating" : "ratings"}), so it rests on {formatNumber(alphaOrdinal.n)} claims.
      </p>
      <p className="text-slate-500">
        Kappas are read with Landis &amp; Koch&apos;s bands (1977); alphas with Krippendorff&apos;s advice: rely on α ≥ 0.800, draw tentative conclusions from 0.667 to 0.800.
        A dash means the statistic is undefined, for the reason given.
      </p>
    </section>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">{children}</div>;
}
