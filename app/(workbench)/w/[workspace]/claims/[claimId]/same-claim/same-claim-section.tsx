import Link from "next/link";
import { listClaims } from "@/lib/data/claims/claim-search";
import { getClaimGroup } from "@/lib/data/claims/claim-links";
import { canLinkClaims, canResolveClaim } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import type { ClaimStatus } from "@/lib/domain/vocabulary";
import type { Actor } from "@/lib/data/scope";
import { StatusBadge } from "../../../_claims/status-badge";
import { RatingBadge } from "../verdicts/rating-badge";
import { LinkButton, ResolveAsInButton, UnlinkButton } from "./group-actions";

// The claim page's "Same claim as…" section (issue 17): the claims linked to this one as the same claim
// (its group, each with its statement, article, status and final rating), unlinking, resolving "as in"
// a resolved member (editors), and a picker that finds the other claim by the words of its statement
// (the claims list's full-text search, ?same=<words> in the page's address, so it works without script).

const PICKER_LIMIT = 8;
const card = "space-y-4 rounded-lg border border-slate-200 bg-white p-5";

interface Member {
  id: string;
  statement: string;
  status: ClaimStatus;
  finalRating: { label: string; colour: string } | null;
  article: { id: string; title: string };
}

function MemberSummary({ slug, member }: { slug: string; member: Member }) {
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <Link href={`/w/${slug}/claims/${member.id}`} className="font-medium text-blue-800 hover:underline" dir="auto">{member.statement}</Link>
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span dir="auto">{member.article.title}</span>
        <StatusBadge status={member.status} />
        {member.finalRating ? <RatingBadge label={member.finalRating.label} colour={member.finalRating.colour} /> : null}
      </p>
    </div>
  );
}

export async function SameClaimSection({ actor, role, slug, claim, search }: {
  actor: Actor;
  role: Role;
  slug: string;
  claim: { id: string; version: number; status: ClaimStatus };
  /** The picker's words (?same=), when the person searched. */
  search: string | undefined;
}) {
  const group = await getClaimGroup({ actor, slug, claimId: claim.id });
  const inGroup = new Set([claim.id, ...group.items.map((member) => member.id)]);
  const direct = new Set(group.links.flatMap((link) => (link.a === claim.id ? [link.b] : link.b === claim.id ? [link.a] : [])));
  const found = search ? (await listClaims({ actor, slug, query: { q: search } })).claims.filter((other) => !inGroup.has(other.id)).slice(0, PICKER_LIMIT) : [];
  const mayLink = canLinkClaims(role);
  const mayResolveAsIn = canResolveClaim(role) && claim.status !== "RESOLVED";

  return (
    <section id="same-claim" aria-labelledby="same-claim-heading" className={card}>
      <h2 id="same-claim-heading" className="font-semibold">Same claim as…</h2>
      {group.items.length === 0 ? (
        <p className="text-sm text-slate-600">Not linked to any other claim. {mayLink ? "Find a claim that says the same thing below and link it." : ""}</p>
      ) : (
        <ul aria-label="Claims in this group" className="divide-y divide-slate-100">
          {group.items.map((member) => (
            <li key={member.id} aria-label={member.statement} className="flex flex-wrap items-start gap-3 py-3">
              <MemberSummary slug={slug} member={member} />
              <div className="flex flex-wrap gap-2">
                {mayResolveAsIn && member.status === "RESOLVED" && member.finalRating ? (
                  <ResolveAsInButton slug={slug} claimId={claim.id} otherId={member.id} otherStatement={member.statement} version={claim.version} />
                ) : null}
                {mayLink && direct.has(member.id) ? <UnlinkButton slug={slug} claimId={claim.id} otherId={member.id} otherStatement={member.statement} /> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {mayLink ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-4">
          <form method="get" action={`#same-claim`} role="search" aria-label="Search this workspace's claims" className="flex flex-wrap items-end gap-2">
            <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium">
              Find the same claim
              <input name="same" type="search" dir="auto" defaultValue={search ?? ""} placeholder="Words of its statement, such as 12 million"
                className="rounded-md border border-slate-300 px-3 py-2 font-normal" />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">Search claims</button>
          </form>
          {search ? (
            found.length === 0 ? (
              <p className="text-sm text-slate-600" role="status">No other claim matches “{search}”. Try fewer or other words.</p>
            ) : (
              <ul aria-label="Claims found" className="divide-y divide-slate-200">
                {found.map((other) => (
                  <li key={other.id} aria-label={other.statement} className="flex flex-wrap items-start gap-3 py-3">
                    <MemberSummary slug={slug} member={other} />
                    <LinkButton slug={slug} claimId={claim.id} otherId={other.id} otherStatement={other.statement} />
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
