import { headers } from "next/headers";
import { formatDate } from "@/app/_components/format";
import { canPublishClaim } from "@/lib/domain/permissions";
import { requirePageWorkspace } from "@/lib/server/http/page";
import { publicUrlBases } from "@/lib/server/http/public-url-bases";
import { getClaimPublicationView } from "@/lib/workflows/publishing/claim-publication-view";
import { PublishForm } from "./publish-form";
import { UnpublishButton } from "./unpublish-button";

/**
 * The claim's public fact-check (issue 19): its state and link for every member; for editors and above the
 * Publish (or Republish) form on a resolved claim, and Unpublish. Shown to others only once published.
 */
export async function PublishSection({ slug, claimId }: { slug: string; claimId: string }) {
  const { user: actor, role } = await requirePageWorkspace(slug, `/w/${slug}/claims/${claimId}`);
  const view = await getClaimPublicationView({ actor, slug, claimId, bases: publicUrlBases(await headers()) });
  const canPublish = canPublishClaim(role);
  const { publication } = view;
  if (!publication && !canPublish) return null;
  const live = publication?.state === "published";

  return (
    <section aria-labelledby="publish-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="publish-section">
      <h2 id="publish-heading" className="font-semibold">Public fact-check</h2>
      {publication ? (
        <div className="space-y-2 text-sm" data-testid="publication-state">
          {live ? (
            <p>
              Published on {formatDate(new Date(publication.publishedAt))} at{" "}
              <a href={publication.url} className="break-all text-blue-800 underline" target="_blank" rel="noopener">{publication.url}</a>
            </p>
          ) : (
            <p>
              Unpublished on {formatDate(new Date(publication.unpublishedAt!))}: its address, <span className="break-all">{publication.url}</span>, answers 410 Gone until it is published again.
            </p>
          )}
          {live && publication.underReview ? (
            <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900" data-testid="under-review-again">
              Under review again: the public page still shows the last published verdict ({publication.rating}), marked under review, until the claim is resolved and republished or unpublished.
            </p>
          ) : null}
          {publication.corrections.length ? (
            <div>
              <h3 className="font-medium">Correction log</h3>
              <ul className="mt-1 space-y-1" aria-label="Correction log">
                {publication.corrections.map((line, index) => (
                  <li key={index}>Updated {formatDate(new Date(line.at))}: {line.text}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      {canPublish && view.resolved ? (
        <PublishForm slug={slug} claimId={claimId} republish={publication !== null} defaults={view.defaults} evidence={view.evidence} />
      ) : null}
      {canPublish && !view.resolved && !live ? (
        <p className="text-sm text-slate-600">Only a resolved claim can be published: resolve it with a final rating first.</p>
      ) : null}
      {canPublish && live ? <UnpublishButton slug={slug} claimId={claimId} /> : null}
    </section>
  );
}
