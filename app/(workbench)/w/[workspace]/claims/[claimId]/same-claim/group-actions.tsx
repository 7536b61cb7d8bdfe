"use client";
import { useRouter } from "next/navigation";
import { Button, PendingButton } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { linkClaimAction, resolveAsInAction, unlinkClaimAction } from "@/lib/server/actions/claim-links";
import { ActionOutcome } from "./same-claim-buttons";

// The buttons of the claim page's "Same claim as…" section: link a claim found by the picker, unlink a
// member, resolve this claim as in a resolved member. Each refreshes the page, which then shows the
// group (and the final verdict) as they now are; a refusal is shown beside the button with its reason.

type Pair = { slug: string; claimId: string; otherId: string; otherStatement: string };

export function LinkButton({ slug, claimId, otherId, otherStatement }: Pair) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <PendingButton type="button" variant="secondary" pending={form.pending} pendingLabel="Linking…" aria-label={`Link as the same claim: ${otherStatement}`}
        onClick={() => form.run(() => linkClaimAction(slug, { claimId, otherId }), { notice: "Linked as the same claim.", onSuccess: () => router.refresh() })}>
        Link as the same claim
      </PendingButton>
      <ActionOutcome form={form} />
    </span>
  );
}

export function UnlinkButton({ slug, claimId, otherId, otherStatement }: Pair) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={form.pending} aria-label={`Unlink: ${otherStatement}`}
        onClick={() => form.run(() => unlinkClaimAction(slug, { claimId, otherId }), { onSuccess: () => router.refresh() })}>
        {form.pending ? "Unlinking…" : "Unlink"}
      </Button>
      <ActionOutcome form={form} />
    </span>
  );
}

/** For an editor, beside a resolved member while this claim is unresolved: copies its final rating. */
export function ResolveAsInButton({ slug, claimId, otherId, otherStatement, version }: Pair & { version: number }) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <span className="flex flex-wrap items-center gap-2">
      <PendingButton type="button" pending={form.pending} pendingLabel="Resolving…" aria-label={`Resolve as in this claim: ${otherStatement}`}
        onClick={() => form.run(() => resolveAsInAction(slug, { claimId, version, asIn: otherId }), {
          notice: "Resolved with the same final rating.",
          // On a refusal the page stays as it is, so the reason (the source reopened meanwhile, with its
          // state now) stays beside the button; a reload shows the group as it now is.
          onSuccess: () => router.refresh(),
        })}>
        Resolve as in this claim
      </PendingButton>
      <ActionOutcome form={form} />
    </span>
  );
}
