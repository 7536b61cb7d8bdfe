import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "./sign-out-button";

/** Brand, context and the user on top; a workspace's navigation, when there is one, on its own row below. */
export function AppHeader({ user, nav, children }: { user: { name: string; email: string }; nav?: ReactNode; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 pt-3 pb-2">
        <Link href="/w" className="font-semibold text-blue-800">Claimbench</Link>
        <div className="flex flex-1 items-center gap-4">{children}</div>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/docs/api" className="text-slate-600 hover:text-slate-900">API</Link>
          <span className="text-slate-600" title={user.email}>{user.name}</span>
          <SignOutButton />
        </div>
      </div>
      {nav ? <div className="mx-auto max-w-6xl px-5 pb-2">{nav}</div> : null}
    </header>
  );
}
