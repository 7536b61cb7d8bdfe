import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AppHeader } from "@/app/_components/app-header";
import { Badge } from "@/app/_components/badge";
import { NavLink } from "@/app/_components/nav-link";
import { SkipLink } from "@/app/_components/skip-link";
import { getSessionUser } from "@/lib/auth/session";
import { requirePageWorkspace } from "@/lib/server/http/page";
import { canBeAssigned, canManageMembers, canManageWorkspace } from "@/lib/domain/permissions";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { workspaceParamsSchema } from "@/lib/schemas/common";
import { QueueNavLink } from "./queue/queue-nav-link";
import { LiveProvider } from "@/app/_components/live/live-provider";
import { listMembers } from "@/lib/data/workspaces/workspaces";
import { NotificationBell } from "@/app/_components/notifications/notification-bell";
import { countUnreadNotifications } from "@/lib/data/notifications/notifications";

// The chrome of a workspace. Each page below checks access again itself: a layout is not a
// security boundary (it is not re-run on every navigation).
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const parsed = workspaceParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const slug = parsed.data.workspace;
  // Signed out: the page itself redirects to sign-in, with its own address to come back to.
  if (!(await getSessionUser())) return children;
  const { workspace, role, user } = await requirePageWorkspace(slug, `/w/${slug}`);
  const base = `/w/${workspace.slug}`;
  // Names for the live notices ("Rania marked a claim"): any member may read them.
  const members = Object.fromEntries((await listMembers({ actor: user, slug })).map((member) => [member.id, member.name]));
  const unread = await countUnreadNotifications({ actor: user, slug });
  return (
    <LiveProvider slug={workspace.slug} selfId={user.id} members={members}>
      <SkipLink />
      <AppHeader
        user={user}
        bell={<NotificationBell slug={workspace.slug} initialUnread={unread} />}
        nav={
        <nav aria-label="Workspace" className="flex flex-wrap items-center gap-1">
          <NavLink href={base} exact>Dashboard</NavLink>
          <NavLink href={`${base}/articles`}>Articles</NavLink>
          <NavLink href={`${base}/claims`}>Claims</NavLink>
          <NavLink href={`${base}/sources`}>Sources</NavLink>
          <NavLink href={`${base}/review`}>Review</NavLink>
          <NavLink href={`${base}/reports`}>Reports</NavLink>
          {canBeAssigned(role) ? <QueueNavLink slug={workspace.slug} actor={user} /> : null}
          {canManageMembers(role) ? <NavLink href={`${base}/members`}>Members</NavLink> : null}
          {canManageWorkspace(role) ? <NavLink href={`${base}/settings`}>Settings</NavLink> : null}
        </nav>
        }
      >
        <bdi className="min-w-0 truncate font-medium text-slate-800" title={workspace.name}>{workspace.name}</bdi>
        <Badge>{ROLE_LABELS[role]}</Badge>
      </AppHeader>
      {children}
    </LiveProvider>
  );
}
