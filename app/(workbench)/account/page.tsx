import type { Metadata } from "next";
import { headers } from "next/headers";
import { ClipBookmarklet } from "@/app/_components/clip-bookmarklet";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import Link from "next/link";
import { AppHeader } from "@/app/_components/app-header";
import { Badge } from "@/app/_components/badge";
import { requirePageUser } from "@/lib/auth/session";
import { getAccount, listMyApiTokens } from "@/lib/data/accounts/accounts";
import { listMyWorkspaces } from "@/lib/data/workspaces/workspaces";
import { canManageWorkspace } from "@/lib/domain/permissions";
import { ChangePasswordForm, RenameForm } from "./account-forms";
import { WorkspaceList } from "./workspace-list";
import { NotificationSettingsForm } from "./notification-settings";
import { readNotificationPreferences } from "@/lib/workflows/notifications/notification-preferences";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const [account, workspaces, tokens, notifications] = await Promise.all([
    getAccount({ actor: user }), listMyWorkspaces({ actor: user }), listMyApiTokens({ actor: user }), readNotificationPreferences({ actor: user }),
  ]);
  const owned = new Set(workspaces.filter((workspace) => canManageWorkspace(workspace.role)).map((workspace) => workspace.slug));
  return (
    <>
      <AppHeader user={{ name: account.name, email: account.email }} />
      <main className="mx-auto max-w-3xl space-y-10 px-6 py-8">
        <section aria-labelledby="account-heading">
          <h1 id="account-heading" className="text-2xl font-semibold">Your account</h1>
          <p className="mt-1 text-sm text-slate-600">Signed in as {account.email}.</p>
          <RenameForm name={account.name} />
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
          <p className="mt-1 text-sm text-slate-600">Changing it signs you out everywhere, here too: sign in again with the new one.</p>
          <ChangePasswordForm />
        </section>
        <section id="notifications" aria-labelledby="notifications-heading" className="scroll-mt-4">
          <h2 id="notifications-heading" className="text-lg font-semibold">Notifications</h2>
          <p className="mt-1 text-sm text-slate-600">What the bell in each of your workspaces tells you of. Your own actions never notify you.</p>
          <NotificationSettingsForm {...notifications} />
        </section>
        <section aria-labelledby="my-workspaces-heading">
          <h2 id="my-workspaces-heading" className="text-lg font-semibold">Your workspaces</h2>
          <WorkspaceList workspaces={workspaces.map(({ id, slug, name, role }) => ({ id, slug, name, role }))} />
        </section>
        <section aria-labelledby="clip-heading">
          <h2 id="clip-heading" className="text-lg font-semibold">Clip to Claimbench</h2>
          <ClipBookmarklet appUrl={requestBaseUrl(await headers())} />
        </section>
        <section aria-labelledby="my-tokens-heading">
          <h2 id="my-tokens-heading" className="text-lg font-semibold">Your API tokens</h2>
          <p className="mt-1 text-sm text-slate-600">Each works in one workspace, with your role there. Owners create and revoke them in that workspace&apos;s settings.</p>
          {tokens.length === 0 ? <p className="mt-2 text-sm text-slate-600">You have no API tokens.</p> : (
            <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {tokens.map((token) => (
                <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm">
                  <span><bdi className="font-medium">{token.name}</bdi> <span className="font-mono text-xs text-slate-500">{token.prefix}…</span> in <bdi>{token.workspace.name}</bdi></span>
                  <span className="flex items-center gap-3">
                    <Badge tone={token.state === "Active" ? "green" : "neutral"}>{token.state}</Badge>
                    {owned.has(token.workspace.slug) ? <Link href={`/w/${token.workspace.slug}/settings`} className="text-blue-700 underline">Manage</Link> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  );
}
