import { formatDate } from "@/app/_components/format";
import { listClaimAssignments } from "@/lib/data/claims/assignments";
import type { Actor } from "@/lib/data/scope";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { AssignForm } from "./assign-form";

/** The editor's "Assign reviewers" card, on the claim page and beside a disagreement. */
export async function AssignSection({ actor, slug, claimId, className }: { actor: Actor; slug: string; claimId: string; className: string }) {
  const candidates = await listClaimAssignments({ actor, slug, claimId });
  return (
    <section aria-labelledby="assign-heading" className={className}>
      <h2 id="assign-heading" className="font-semibold">Assign reviewers</h2>
      <AssignForm
        slug={slug}
        claimId={claimId}
        candidates={candidates.map((c) => ({
          id: c.id,
          name: c.name,
          roleLabel: ROLE_LABELS[c.role],
          assigned: Boolean(c.assignment),
          note: c.assignment ? `Assigned ${formatDate(c.assignment.at)}${c.assignment.by ? ` by ${c.assignment.by}` : ""}` : null,
        }))}
      />
    </section>
  );
}
