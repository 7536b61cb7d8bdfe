import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { listFactChecksToLink } from "@/lib/workflows/claimreview-import/claimreview-import";
import { canAddEvidence } from "@/lib/domain/permissions";
import { isKnownLanguage, languageName } from "@/lib/domain/languages";
import { formatBytes, maxUploadBytes } from "@/lib/uploads";
import { safeHref } from "../../claims/[claimId]/evidence/evidence-labels";
import { ClaimReviewUpload } from "./claimreview-upload";
import { ClaimReviewUrlForm } from "./claimreview-url-form";
import { LinkFactCheckForm } from "./link-fact-check-form";
import { openWorkspacePage } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Import fact-checks" };

export default async function ClaimReviewPage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user, role } = await openWorkspacePage(props, { path: "sources/claimreview" });
  const factChecks = await listFactChecksToLink({ actor: user, slug });
  const canLink = canAddEvidence(role);

  return (
    <main className="mx-auto max-w-6xl space-y-8 px-6 py-8">
      <div>
        <Link href={`/w/${slug}/sources`} className="text-sm text-blue-800 hover:underline">← Sources</Link>
        <h1 className="mt-2 text-2xl font-semibold">Outside fact-checks</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Import other desks&apos; fact-checks from ClaimReview (the markup fact-checkers publish for search engines), then link each to
          the claims it reviewed as evidence. The stance is suggested from the fact-check&apos;s rating; change it if it does not fit.
        </p>
      </div>
      {canLink ? (
        <section aria-labelledby="claimreview-upload-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="claimreview-upload-heading" className="font-semibold">Import a ClaimReview file</h2>
          <p className="mt-1 text-sm text-slate-600">
            A fact-checker&apos;s article page saved as .html (its ClaimReview markup is read), or a .json or .jsonld file: ClaimReview JSON-LD (alone, in an
            array or an @graph), a DataFeed of them, a Google Fact Check Tools claim search answer, or review objects with claimReviewed and reviewRating;
            up to {formatBytes(maxUploadBytes())}. A rating is placed on this workspace&apos;s scale only where that is clear (the same label, or a value that
            lands on a level); otherwise it is kept as the fact-checker&apos;s own words.
          </p>
          <ClaimReviewUpload slug={slug} />
        </section>
      ) : null}
      {canLink ? (
        <section aria-labelledby="claimreview-url-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="claimreview-url-heading" className="font-semibold">Import from a URL</h2>
          <p className="mt-1 text-sm text-slate-600">
            The address of a fact-checker&apos;s article page, of a feed of fact-checks, or of a JSON answer (such as a Fact Check Tools claim search):
            the server fetches it and reads it as it reads a file. Only public web addresses are fetched.
          </p>
          <ClaimReviewUrlForm slug={slug} />
        </section>
      ) : null}
      <section aria-labelledby="fact-checks-heading" className="space-y-4">
        <h2 id="fact-checks-heading" className="text-lg font-semibold">Imported fact-checks</h2>
        {factChecks.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">No fact-checks imported yet. Import a ClaimReview file above to link outside fact-checks to claims.</p>
        ) : (
          <ul className="space-y-4">
            {factChecks.map((factCheck) => (
              <li key={factCheck.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-label={`Fact-check: ${factCheck.claimReviewed}`}>
                <p className="font-medium" dir="auto" lang={isKnownLanguage(factCheck.language) ? factCheck.language : undefined}>“{factCheck.claimReviewed}”</p>
                <p className="mt-1 text-sm text-slate-600">
                  {factCheck.ratingLabel ? <span className="font-medium text-slate-800">{factCheck.ratingLabel}</span> : "No rating label"}
                  {factCheck.ratingValue !== null ? ` (${factCheck.ratingValue}${factCheck.ratingBest !== null ? ` of ${factCheck.ratingBest}` : ""})` : ""}
                  {factCheck.ratingLevel ? ` · on this workspace's scale: ${factCheck.ratingLevel.label}` : ""}
                  {factCheck.publisher ? <> · <bdi>{factCheck.publisher}</bdi></> : null}
                  {factCheck.publisherSite ? ` (${factCheck.publisherSite})` : ""}
                  {factCheck.publishedAt ? ` · ${formatDate(factCheck.publishedAt)}` : ""}
                  {factCheck.language ? ` · ${languageName(factCheck.language)}` : ""}
                  {safeHref(factCheck.url) ? <> · <a href={safeHref(factCheck.url) ?? undefined} target="_blank" rel="noreferrer noopener" className="text-blue-800 underline">Read the fact-check</a></> : null}
                  {" · "}linked to {factCheck.linkedClaims} {factCheck.linkedClaims === 1 ? "claim" : "claims"}
                </p>
                {factCheck.matches.length === 0 ? (
                  <p className="mt-3 text-sm text-slate-500">No claim of this workspace reads like it{factCheck.linkedClaims > 0 ? " apart from those it is linked to" : ""}. Link it from a claim&apos;s evidence page if one does.</p>
                ) : (
                  <div className="mt-3 space-y-2">
                    <h3 className="text-sm font-medium text-slate-700">Claims it may review</h3>
                    <ul className="space-y-2">
                      {factCheck.matches.map((match) => (
                        <li key={match.claimId} className="rounded-md border border-slate-200 p-3">
                          <p className="text-sm" dir="auto">
                            <Link href={`/w/${slug}/claims/${match.claimId}`} className="text-blue-800 underline"><bdi>{match.statement}</bdi></Link>
                            <span className="text-slate-500"> · in <bdi>{match.articleTitle}</bdi> · {Math.round(match.score * 100)}% alike</span>
                          </p>
                          {canLink ? <LinkFactCheckForm slug={slug} sourceId={factCheck.id} claimId={match.claimId} statement={match.statement} stance={factCheck.stance} note={factCheck.note} /> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
