import type { Metadata } from "next";
import { listInvitations } from "@/lib/data/workspaces/invitations";
import { listMembersForOwners } from "@/lib/data/workspaces/members";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { openWorkspacePage } from "@/lib/server/http/page";
import { InvitationList, InviteForm } from "./invitations";
import { MemberList } from "./member-list";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage(props: { params: Promise<{ workspace: string }> }) {
  const { slug, user } = await openWorkspacePage(props, { path: "members", role: MINIMUM_ROLE.manageMembers });
  const [members, invitations] = await Promise.all([listMembersForOwners({ actor: user, slug }), listInvitations({ actor: user, slug })]);
  return (
    <main className="mx-auto max-w-4xl space-y-10 px-6 py-8">
      <section aria-labelledby="members-heading">
        <h1 id="members-heading" className="text-2xl font-semibold">Members</h1>
        <p className="mt-1 text-sm text-slate-600">
          Change a role or remove someone. Their claims, evidence and verdicts stay, in their name; removing them also revokes their API tokens
          here. A workspace always keeps at least one owner.
        </p>
        <MemberList slug={slug} selfId={user.id} members={members} />
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-semibold">Invite someone</h2>
        <p className="mt-1 text-sm text-slate-600">
          You get a link that works once, for 7 days. Pass it on yourself{" "}
          (where this server has mail settings, it is also sent by mail). Someone new sets their name and password with it; someone with an
          account signs in and accepts.
        </p>
        <InviteForm slug={slug} />
      </section>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-semibold">Invitations</h2>
        <InvitationList slug={slug} invitations={invitations} />
      </section>
    </main>
  );
}
