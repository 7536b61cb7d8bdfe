import { Badge } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { listArticleCaptures, type CaptureSummary } from "@/lib/data/articles/captures";
import type { Actor } from "@/lib/data/scope";
import { CAPTURE_METHOD_LABELS, captureOriginalPath, shortSha256 } from "@/lib/domain/captures";
import { isHttpUrl } from "@/lib/domain/http-url";
import { formatBytes } from "@/lib/uploads";
import { CopyValue } from "./copy-value";

// Where an article imported from the web came from: "Captured from <url> on <date>" with its original,
// and the capture history (every fetch or clip of the page, each kept as evidence). The originals are
// downloads from the API's route, never shown here: a captured page is someone else's HTML.

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const when = (date: Date) => `${dateTime.format(date)} UTC`;

/** The page's address as outside content: a link only when it is http(s), never followed with our referrer or credit. */
function PageAddress({ url }: { url: string }) {
  if (!isHttpUrl(url)) return <span className="break-all" dir="ltr">{url}</span>;
  return <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-blue-800 underline" dir="ltr">{url}</a>;
}

export async function ArticleCaptures({ slug, actor, articleId, current }: { slug: string; actor: Actor; articleId: string; current: CaptureSummary | null }) {
  const captures = await listArticleCaptures({ actor, slug, articleId });
  if (captures.length === 0) return null;
  return (
    <section aria-label="Capture of the web page" className="mt-4 space-y-2 text-sm" data-testid="article-capture">
      {current ? (
        <p className="text-slate-700">
          Captured from <PageAddress url={current.finalUrl} /> on <time dateTime={current.capturedAt.toISOString()} title={when(current.capturedAt)}>{formatDate(current.capturedAt)}</time>
          {" · "}
          <a href={captureOriginalPath(slug, articleId, current.id)} download className="font-medium text-blue-800 underline">Download original</a>
          <span className="text-slate-500"> ({formatBytes(current.byteSize)})</span>
        </p>
      ) : null}
      <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
        <summary className="cursor-pointer text-slate-700">Capture history ({captures.length})</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Every capture of this article&apos;s web page, oldest first</caption>
            <thead className="text-slate-500">
              <tr>
                {["Captured", "How", "HTTP status", "Content type", "Size", "SHA-256", "State", "Original"].map((heading) => <th key={heading} scope="col" className="py-1 pe-3 font-medium">{heading}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {captures.map((capture) => <CaptureRow key={capture.id} slug={slug} articleId={articleId} capture={capture} isCurrent={capture.id === current?.id} />)}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function CaptureRow({ slug, articleId, capture, isCurrent }: { slug: string; articleId: string; capture: CaptureSummary; isCurrent: boolean }) {
  const at = when(capture.capturedAt);
  return (
    <tr className="align-top">
      <td className="py-1.5 pe-3 whitespace-nowrap"><time dateTime={capture.capturedAt.toISOString()}>{at}</time></td>
      <td className="py-1.5 pe-3">{CAPTURE_METHOD_LABELS[capture.method]}</td>
      <td className="py-1.5 pe-3">{capture.httpStatus ?? "—"}</td>
      <td className="py-1.5 pe-3">
        {/* "text/html" with its parameters ("charset=utf-8") beneath, rather than broken mid-word. */}
        {capture.contentType.split(";")[0]}
        {capture.contentType.includes(";") ? <span className="block break-all text-slate-500">{capture.contentType.slice(capture.contentType.indexOf(";") + 1).trim()}</span> : null}
      </td>
      <td className="py-1.5 pe-3 whitespace-nowrap">{formatBytes(capture.byteSize)}</td>
      <td className="py-1.5 pe-3 whitespace-nowrap">
        <code title={capture.sha256}>{shortSha256(capture.sha256)}…</code> <CopyValue value={capture.sha256} label={`Copy the SHA-256 of the capture of ${at}`} />
      </td>
      <td className="py-1.5 pe-3">
        <span className="flex flex-wrap gap-1">
          {isCurrent ? <Badge tone="green">Applied: the text shown</Badge> : capture.appliedAt ? <Badge>Applied earlier</Badge> : <Badge>Not applied</Badge>}
          {capture.pendingChange ? <Badge tone="amber">Change pending</Badge> : null}
        </span>
      </td>
      <td className="py-1.5 pe-3">
        <a href={captureOriginalPath(slug, articleId, capture.id)} download aria-label={`Download the original of ${at}`} className="text-blue-800 underline">Download</a>
      </td>
    </tr>
  );
}
