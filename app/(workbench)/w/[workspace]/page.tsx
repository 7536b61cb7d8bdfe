import type { Metadata } from "next";
import Link from "next/link";
import { getDashboard } from "@/lib/data/workspaces/dashboard";
import { ArticleProgressTable } from "./_dashboard/article-progress";
import { OpenDisagreements } from "./_dashboard/open-disagreements";
import { StatusCards } from "./_dashboard/status-cards";
import { VerdictChart } from "./_dashboard/verdict-chart";
import { SourcesChanged } from "./_dashboard/sources-changed";
import { openWorkspacePage, pageData } from "@/lib/server/http/page";
import { LiveRefresh } from "@/app/_components/live/live-refresh";

export const metadata: Metadata = { title: "Dashboard" };

export default async function WorkspaceDashboard(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user, workspace } = await openWorkspacePage(props);
  const dashboard = await pageData(() => getDashboard({ actor: user, slug }));

  return (
    <main className="mx-auto max-w-6xl space-y-8 px-6 py-8">
      <LiveRefresh scope={{ kind: "queue" }} />
      <h1 className="text-2xl font-semibold">{workspace.name}: dashboard</h1>
      <SourcesChanged slug={slug} actor={user} />
      {dashboard.totalClaims === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
          {dashboard.articleCount === 0 ? (
            <>No articles yet. Import an article; then open it and select a passage to mark the first claim. The desk&apos;s progress will show here.</>
          ) : (
            <>
              No claims marked yet. <Link href={`/w/${slug}/articles`} className="text-blue-800 underline">Open an article</Link> and select a passage to mark
              the first claim; its status, verdicts and progress will show here.
            </>
          )}
        </p>
      ) : (
        <>
          <StatusCards slug={slug} counts={dashboard.statusCounts} />
          <div className="grid gap-6 lg:grid-cols-2">
            <VerdictChart levels={dashboard.verdictsByRating} />
            <OpenDisagreements slug={slug} rows={dashboard.disagreements} />
          </div>
          <ArticleProgressTable slug={slug} articles={dashboard.articles} articleCount={dashboard.articleCount} />
        </>
      )}
    </main>
  );
}
