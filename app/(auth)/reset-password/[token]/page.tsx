import type { Metadata } from "next";
import { getPasswordLink } from "@/lib/data/accounts/password-resets";
import { UNUSABLE_RESET } from "@/lib/domain/invitations";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };

// A one-time link an owner made: whoever holds it sets the member's password, once.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await getPasswordLink({ token });
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Claimbench</p>
        <h1 className="mt-1 mb-3 text-2xl font-semibold">Set a new password</h1>
        {person ? (
          <>
            <p className="text-sm text-slate-600">For <bdi className="font-medium">{person.name}</bdi> ({person.email}). Every session of this account ends, and you sign in again with the new password.</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{UNUSABLE_RESET}</p>
        )}
      </div>
    </main>
  );
}
