import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { getSessionUser } from "@/lib/auth/session";
import { getInvitationForLink } from "@/lib/data/workspaces/invitations";
import { UNUSABLE_INVITATION } from "@/lib/domain/invitations";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { AcceptAsNewUser, AcceptAsSignedIn } from "./accept-forms";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

// The link is the credential: whoever holds it sees what it invites to. A new person makes their
// account with it; the account with its address accepts it signed in; anyone else is told why not.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitationForLink({ token }), getSessionUser()]);
  if (!invitation) return <Card title="Invitation not found"><p>This invitation link is not valid. Check that you copied all of it, or ask the workspace owner for a new one.</p></Card>;
  const { workspace, email, role, invitedBy, state } = invitation;
  const title = `Join ${workspace.name}`;
  const intro = <p className="text-sm text-slate-600">{invitedBy ? `${invitedBy} invites` : "You are invited:"} <strong>{email}</strong> to work in <bdi className="font-medium">{workspace.name}</bdi> as {ROLE_LABELS[role].toLowerCase()}.</p>;
  if (state !== "PENDING") return <Card title={title}>{intro}<p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{UNUSABLE_INVITATION[state]}</p></Card>;
  if (user && user.email.toLowerCase() !== email) {
    return (
      <Card title={title}>
        {intro}
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          This invitation is for {email}, and you are signed in as {user.email}. Sign out, then open the link again to accept it as {email}.
        </p>
        <div className="mt-4"><SignOutButton /></div>
      </Card>
    );
  }
  if (user) return <Card title={title}>{intro}<AcceptAsSignedIn token={token} /></Card>;
  if (invitation.hasAccount) {
    return (
      <Card title={title}>
        {intro}
        <p className="mt-4 text-sm">{email} has an account already. Sign in with it to accept.</p>
        <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="mt-4 inline-block rounded-md bg-blue-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-blue-800">Sign in to accept</Link>
      </Card>
    );
  }
  return <Card title={title}>{intro}<AcceptAsNewUser token={token} email={email} /></Card>;
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Claimbench</p>
        <h1 className="mt-1 mb-3 text-2xl font-semibold" dir="auto">{title}</h1>
        {children}
      </div>
    </main>
  );
}
