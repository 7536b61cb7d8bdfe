import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "./sign-out-button";

/**
 * Brand, context and the user on top; a workspace's navigation, when there is one, on its own row below.
 * On a phone (360 px) the top row wraps rather than widening the page: the context takes what is left and
 * truncates, the user's name truncates (the full name and email are in its title), and the nav wraps.
 */
export function AppHeader({ user, nav, bell, children }: { user: { name: string; email: string }; nav?: ReactNode; bell?: ReactNode; children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 pt-3 pb-2 sm:px-6">
        <Link href="/w" className="font-semibold text-blue-800">Claimbench</Link>
        <div className="flex min-w-0 flex-1 items-center gap-2 sm:gap-4">{children}</div>
        <div className="flex min-w-0 items-center gap-3 text-sm">
          {bell}
          <Link href="/docs/api" className="text-slate-600 hover:text-slate-900">API</Link>
          <Link href="/account" className="max-w-[9rem] truncate text-slate-600 hover:text-slate-900 sm:max-w-[16rem]" title={`Your account: ${user.name} (${user.email})`}><bdi>{user.name}</bdi></Link>
          <SignOutButton />
        </div>
      </div>
      {nav ? <div className="mx-auto max-w-6xl px-3 pb-2 sm:px-5">{nav}</div> : null}
    </header>
  );
}
