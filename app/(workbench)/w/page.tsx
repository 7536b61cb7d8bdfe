import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/app/_components/app-header";
import { Badge } from "@/app/_components/badge";
import { requirePageUser } from "@/lib/auth/session";
import { listMyWorkspaces } from "@/lib/data/workspaces/workspaces";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { maxUploadBytes } from "@/lib/uploads";
import { ImportWorkspaceForm } from "./import-workspace-form";
import { NewWorkspaceForm } from "./new-workspace-form";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const user = await requirePageUser("/w");
  const workspaces = await listMyWorkspaces({ actor: user });
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <h1 className="text-2xl font-semibold">Your workspaces</h1>
        {workspaces.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
            You are not a member of any workspace yet. Open the invitation link a workspace owner sent you, start a workspace of your own, or import one from its JSON export below.
          </p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {workspaces.map((workspace) => (
              <li key={workspace.id}>
                <Link href={`/w/${workspace.slug}`} className="block rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-blue-300">
                  <div className="flex items-start justify-between gap-3">
                    <h2 className="font-semibold" dir="auto">{workspace.name}</h2>
                    <Badge tone="blue">{ROLE_LABELS[workspace.role]}</Badge>
                  </div>
                  {workspace.description ? <p className="mt-2 text-sm text-slate-600">{workspace.description}</p> : null}
                  <p className="mt-3 text-xs text-slate-500">{workspace.articleCount} articles</p>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <section className="mt-10 max-w-2xl">
          <NewWorkspaceForm />
        </section>
        <section className="mt-10 max-w-2xl">
          <ImportWorkspaceForm maxBytes={maxUploadBytes()} />
        </section>
      </main>
    </>
  );
}
