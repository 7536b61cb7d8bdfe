import type { Metadata } from "next";
import { headers } from "next/headers";
import { ClipBookmarklet } from "@/app/_components/clip-bookmarklet";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import Link from "next/link";
import { getLatestArticleImport } from "@/lib/workflows/article-import/article-import-jobs";
import { getLatestUrlImport } from "@/lib/workflows/web-import/url-import-jobs";
import { toJobStatus } from "@/lib/jobs/job-status";
import { formatBytes, maxBulkUploadBytes, maxUploadBytes } from "@/lib/uploads";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";
import { UrlForm } from "./url-form";
import { UrlListForm } from "./url-list-form";
import { openWorkspacePage } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Import articles" };

export default async function ImportArticlesPage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user } = await openWorkspacePage(props, { path: "articles/import", role: MINIMUM_ROLE.editArticles });
  const limit = formatBytes(maxUploadBytes());
  const latest = await getLatestArticleImport({ actor: user, slug });
  const latestUrls = await getLatestUrlImport({ actor: user, slug });

  return (
    <main className="mx-auto max-w-6xl space-y-8 px-6 py-8">
      <div>
        <Link href={`/w/${slug}/articles`} className="text-sm text-blue-800 hover:underline">← All articles</Link>
        <h1 className="mt-2 text-2xl font-semibold">Import articles</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Articles are kept as plain text. HTML pages are read with the reader view of Firefox, markdown loses its markup, and every
          article is cleaned of page furniture (share buttons, bylines, dates, scripts) the way the demo corpus is. You can see what was
          removed on each article&apos;s page and put it back. An article whose text or address the workspace already holds is reported, not
          imported twice.
        </p>
      </div>
      <section aria-labelledby="upload-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="upload-heading" className="font-semibold">Upload files</h2>
        <p className="mt-1 text-sm text-slate-600">
          .txt, .md and .html files, up to {limit} each and {formatBytes(maxBulkUploadBytes())} in one upload; many at once if you like. The import runs in the background: you can leave this
          page and come back to its results.
        </p>
        <UploadForm slug={slug} latest={latest ? { job: toJobStatus(slug, latest.job), outcomes: latest.outcomes } : null} maxTotalBytes={maxBulkUploadBytes()} />
      </section>
      <section aria-labelledby="url-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="url-heading" className="font-semibold">Import from a URL</h2>
        <p className="mt-1 text-sm text-slate-600">
          The server fetches the page (public http:// and https:// addresses only) and imports it like an uploaded HTML file. The page as
          received is kept with the article, with its final address after redirects and the time it was fetched.
        </p>
        <UrlForm slug={slug} />
        <UrlListForm slug={slug} latest={latestUrls ? { job: toJobStatus(slug, latestUrls.job), outcomes: latestUrls.outcomes } : null} />
      </section>
      <section aria-labelledby="clip-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="clip-heading" className="font-semibold">Clip from your browser</h2>
        <ClipBookmarklet appUrl={requestBaseUrl(await headers())} />
      </section>
      <section aria-labelledby="paste-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="paste-heading" className="font-semibold">Paste an article</h2>
        <p className="mt-1 text-sm text-slate-600">Paste the article&apos;s text; fill in what the text does not say itself.</p>
        <PasteForm slug={slug} />
      </section>
    </main>
  );
}
