import { Badge } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import type { EvidenceView } from "@/lib/data/evidence/evidence";
import { ANCHOR_STATUS_LABELS, SOURCE_KIND_LABELS } from "@/lib/domain/vocabulary";
import { passageHref, safeHref, STANCE_TEXT } from "./evidence-labels";
import { RemoveEvidenceButton } from "./remove-evidence-button";

const linkClass = "text-blue-800 underline hover:text-blue-950";

/** One piece of evidence: the excerpt, where it comes from, why it was linked, and by whom. Text only, never HTML. */
export function EvidenceItem({ slug, evidence, canRemove }: { slug: string; evidence: EvidenceView; canRemove: boolean }) {
  const { source } = evidence;
  const isPassage = source.kind === "ARTICLE" && source.articleId !== null;
  const orphaned = evidence.anchorStatus === "ORPHANED";
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="evidence-item">
      <blockquote dir="auto" className={`border-s-4 ps-3 font-serif whitespace-pre-wrap ${STANCE_TEXT[evidence.stance].border}`}>{evidence.exact}</blockquote>
      <SourceLine slug={slug} source={source} />
      {isPassage && evidence.anchorStatus ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={evidence.anchorStatus === "EXACT" ? "neutral" : "amber"}>{ANCHOR_STATUS_LABELS[evidence.anchorStatus]}</Badge>
          {orphaned ? (
            <span className="text-amber-800">The article&apos;s text changed and this passage was not found in it; the quote above is kept as it was linked.</span>
          ) : (
            <a href={passageHref(slug, source.articleId!, evidence.exact)} className={linkClass}>Show the passage in the article</a>
          )}
        </p>
      ) : null}
      {evidence.note ? (
        <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800">
          <span className="font-medium">Note: </span>
          <bdi>{evidence.note}</bdi>
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500">
          Added by {evidence.createdBy?.name ?? "someone (account removed)"} on <time dateTime={evidence.createdAt.toISOString()}>{formatDate(evidence.createdAt)}</time>
        </p>
        {canRemove ? <RemoveEvidenceButton slug={slug} evidenceId={evidence.id} /> : null}
      </div>
    </li>
  );
}

function SourceLine({ slug, source }: { slug: string; source: EvidenceView["source"] }) {
  const href = source.kind === "ARTICLE" && source.articleId ? `/w/${slug}/articles/${source.articleId}` : safeHref(source.url);
  const archived = safeHref(source.archivedUrl);
  const external = source.kind !== "ARTICLE";
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="text-slate-500">{SOURCE_KIND_LABELS[source.kind]}: </span>
      {href ? (
        <a href={href} dir="auto" className={`font-medium ${linkClass}`} {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}>{source.title}</a>
      ) : (
        <span dir="auto" className="font-medium">{source.title}</span>
      )}
      {source.publisher ? <> · <bdi>{source.publisher}</bdi></> : null}
      {source.publishedAt ? <> · <time dateTime={source.publishedAt.toISOString().slice(0, 10)}>{formatDate(source.publishedAt)}</time></> : null}
      {archived ? <> · <a href={archived} target="_blank" rel="noopener noreferrer nofollow" className={linkClass}>archived copy</a></> : null}
    </p>
  );
}
