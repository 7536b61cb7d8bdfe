import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { requestBaseUrl } from "@/lib/server/http/request-base-url";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, requestBaseUrl(await headers()));
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Claimbench</p>
        <h1 className="mt-1 text-2xl font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600">Claims, evidence and verdicts for your fact-checking desk.</p>
        {params.passwordChanged ? <p role="status" className="mt-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Your password was changed and every session ended. Sign in with the new password.</p> : null}
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
