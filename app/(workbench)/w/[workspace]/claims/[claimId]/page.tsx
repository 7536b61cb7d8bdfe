import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { listClaimHistory } from "@/lib/data/audit";
import { getClaim } from "@/lib/data/claims/claims";
import { figureLabel } from "@/lib/domain/figure-label";
import { splitParagraphs } from "@/lib/domain/paragraphs";
import { canEditClaim, canLinkClaims } from "@/lib/domain/permissions";
import { ANCHOR_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { StatusBadge } from "../../_claims/status-badge";
import { ClaimEditor } from "./claim-editor";
import { EvidenceSection } from "./evidence-section";
import { VerdictsSection } from "./verdicts-section";
import { ClaimHistory } from "./claim-history";
import { DiscussionSection } from "./discussion/discussion-section";
import { formatDate } from "@/app/_components/format";
import { captureOriginalPath } from "@/lib/domain/captures";
import { CheckedBefore } from "./checked-before";
import { claimParamsSchema } from "@/lib/schemas/common";
import { openWorkspacePage, pageData, type SearchParams } from "@/lib/server/http/page";
import { safeParseInput } from "@/lib/schemas/common";
import { sameClaimSearchSchema } from "@/lib/schemas/claim-links";
import { SameClaimSection } from "./same-claim/same-claim-section";
import { PresenceBar } from "@/app/_components/presence/presence-bar";
import { LiveRefresh } from "@/app/_components/live/live-refresh";
import { PublishSection } from "./publishing/publish-section";

type Params = Promise<{ workspace: string; claimId: string }>;

async function load(params: Params, searchParams?: SearchParams) {
  const access = await openWorkspacePage({ params, searchParams }, { params: claimParamsSchema, path: ({ claimId }) => `claims/${claimId}` });
  const { slug, user, params: { claimId } } = access;
  const claim = await pageData(() => getClaim({ actor: user, slug, claimId }));
  return { slug, claim, access };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { claim } = await load(params);
  return { title: claim.statement.slice(0, 80) };
}

export default async function ClaimPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug, claim, access } = await load(params, searchParams);
  const sameClaimSearch = safeParseInput(sameClaimSearchSchema, access.search);
  const history = await listClaimHistory({ actor: access.user, slug, claimId: claim.id });
  const canEdit = canEditClaim({ id: access.user.id, role: access.role }, claim);
  const context = splitParagraphs(claim.article.body).filter((p) => p.start < claim.end && p.start + p.text.length > claim.start);
  const orphaned = claim.anchorStatus === "ORPHANED";

  return (
    <main className="mx-auto grid max-w-6xl gap-8 px-6 py-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-6">
        <LiveRefresh scope={{ kind: "claim", claimId: claim.id, articleId: claim.article.id }} notices />
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link href={`/w/${slug}/claims`} className="text-blue-800 hover:underline">Claims</Link>
          {" / "}
          <Link href={`/w/${slug}/articles/${claim.article.id}`} className="text-blue-800 hover:underline" dir="auto">{claim.article.title}</Link>
        </nav>
        <header>
          <h1 className="text-2xl font-semibold" dir="auto">{claim.statement}</h1>
          <div className="mt-2 flex flex-wrap gap-2">
            <StatusBadge status={claim.status} />
            {claim.finalRating ? <Badge tone="blue">Final rating: {claim.finalRating.label}</Badge> : null}
            {claim.figure ? <Badge tone="blue">{figureLabel(claim.figure)}</Badge> : null}
            <Badge tone={claim.anchorStatus === "EXACT" ? "neutral" : "amber"}>{ANCHOR_STATUS_LABELS[claim.anchorStatus]}</Badge>
          </div>
          {/* The claim editor's form (claim-editor.tsx) is labelled by its heading: focused or dirty, its user is editing. */}
          <div className="mt-2"><PresenceBar slug={slug} kind="claim" id={claim.id} selfId={access.user.id} editingForm='form[aria-labelledby="edit-heading"]' /></div>
          {claim.capture ? (
            <p className="mt-2 text-sm text-slate-600" data-testid="claim-capture">
              Marked on the <a href={captureOriginalPath(slug, claim.article.id, claim.capture.id)} download className="text-blue-800 underline">capture of {formatDate(claim.capture.capturedAt)}</a> of the article&apos;s web page.
            </p>
          ) : null}
        </header>
        <section aria-labelledby="quote-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="quote-heading" className="text-sm font-medium tracking-wide text-slate-500 uppercase">The quote in its paragraph</h2>
          {orphaned || context.length === 0 ? (
            <>
              <p className="mt-2 text-sm text-amber-800">The article&apos;s text changed and this quote was not found in it. Re-attach it from the article reader.</p>
              <blockquote dir="auto" className="mt-2 border-s-4 border-slate-300 ps-3 font-serif">{claim.exact}</blockquote>
            </>
          ) : (
            <div className="mt-3 space-y-3 font-serif text-lg leading-relaxed" data-testid="claim-context">
              {context.map((paragraph) => {
                const from = Math.max(claim.start, paragraph.start) - paragraph.start;
                const to = Math.min(claim.end, paragraph.start + paragraph.text.length) - paragraph.start;
                return (
                  <p key={paragraph.start} dir="auto" className="whitespace-pre-wrap">
                    {paragraph.text.slice(0, from)}
                    <mark className="rounded-sm bg-amber-200">{paragraph.text.slice(from, to)}</mark>
                    {paragraph.text.slice(to)}
                  </p>
                );
              })}
            </div>
          )}
        </section>
        <CheckedBefore actor={access.user} slug={slug} claimId={claim.id} canLink={canLinkClaims(access.role)} />
        <VerdictsSection slug={slug} claimId={claim.id} />
        <PublishSection slug={slug} claimId={claim.id} />
        <EvidenceSection slug={slug} claimId={claim.id} />
        <SameClaimSection actor={access.user} role={access.role} slug={slug} claim={{ id: claim.id, version: claim.version, status: claim.status }}
          search={sameClaimSearch.success ? sameClaimSearch.data.same || undefined : undefined} />
        <DiscussionSection slug={slug} claimId={claim.id} />
        <ClaimEditor
          slug={slug}
          canEdit={canEdit}
          articleLanguage={claim.article.language}
          articleId={claim.article.id}
          claim={{
            id: claim.id,
            version: claim.version,
            statement: claim.statement,
            claimant: claim.claimant,
            claimDate: claim.claimDate?.toISOString().slice(0, 10) ?? null,
            figure: claim.figure,
            tags: claim.tags,
          }}
        />
      </div>
      <aside aria-label="History">
        <ClaimHistory
          events={history.map((event) => ({
            id: event.id,
            entityType: event.entityType,
            action: event.action,
            actor: event.importedActor ?? event.actor?.name ?? (event.import ? "Someone" : "Someone (account removed)"),
            at: event.createdAt.toISOString(),
            imported: event.import
              ? { fileName: event.import.fileName, by: event.import.importedBy?.name ?? "someone (account removed)", at: event.import.createdAt.toISOString() }
              : null,
            before: event.before,
            after: event.after,
          }))}
        />
      </aside>
    </main>
  );
}
