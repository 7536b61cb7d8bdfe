import Link from "next/link";
import { listChangedSources } from "@/lib/data/articles/capture-changes";
import type { Actor } from "@/lib/data/scope";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * Articles whose web page changed since it was captured, with the change waiting for a person (found
 * by "Check for changes" or the recurring check). Each links to the article's diff. Hidden when none.
 */
export async function SourcesChanged({ slug, actor }: { slug: string; actor: Actor }) {
  const rows = await listChangedSources({ actor, slug });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="sources-changed" className="rounded-lg border border-amber-300 bg-amber-50 p-4 shadow-sm">
      <h2 id="sources-changed" className="text-lg font-semibold">Sources changed</h2>
      <p className="text-sm text-slate-700">These articles&apos; pages say something else now. Open one to see what changed, then apply the changes or keep the text.</p>
      <ul className="mt-3 divide-y divide-amber-200">
        {rows.map((row) => (
          <li key={row.captureId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link href={`/w/${slug}/articles/${row.articleId}#source-changes`} className="font-medium text-blue-800 hover:underline" dir="auto">{row.title}</Link>
            <span className="text-sm text-slate-600">found {dateTime.format(row.foundAt)} UTC</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
