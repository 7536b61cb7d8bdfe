"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { acceptInvitationAction, acceptInvitationAsNewUserAction } from "@/lib/server/actions/account";
import type { ActionResult } from "@/lib/server/actions/safe-action";

/** A new person: name and password make the account, then they are signed in and land in the workspace. */
export function AcceptAsNewUser({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const form = useActionForm();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    form.run(async (): Promise<ActionResult<{ slug: string }>> => {
      const joined = await acceptInvitationAsNewUserAction({ ...data, token });
      if (!joined.ok) return joined;
      const signedIn = await signIn("credentials", { email, password: data.newPassword, redirect: false });
      if (signedIn?.ok && !signedIn.error) return { ok: true, data: { slug: joined.data.slug } };
      return { ok: false, code: "UNAUTHENTICATED", message: "Your account is ready, but signing in failed. Sign in with your email and new password." };
    }, { onSuccess: ({ slug }) => { router.replace(`/w/${slug}`); router.refresh(); } });
  }

  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label="Create your account" className="mt-5 space-y-4">
      <FormStatus form={form} />
      <Field id="account-email" label="Email" name="email" value={email} readOnly autoComplete="username" hint="The address you were invited with." />
      <Field id="account-name" label="Your name" name="name" autoComplete="name" required maxLength={120} errors={form.fieldErrors.name} />
      <Field id="account-password" label="Password" name="newPassword" type="password" autoComplete="new-password" required errors={form.fieldErrors.newPassword} hint="At least 10 characters." />
      <Field id="account-confirm" label="Password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={form.fieldErrors.confirmPassword} />
      <PendingButton type="submit" className="w-full" pending={form.pending} pendingLabel="Joining…">Join the workspace</PendingButton>
    </form>
  );
}

/** The signed-in account with the invitation's address accepts in one click. */
export function AcceptAsSignedIn({ token }: { token: string }) {
  const router = useRouter();
  const form = useActionForm();
  return (
    <div className="mt-5 space-y-3">
      <FormStatus form={form} />
      <PendingButton type="button" className="w-full" pending={form.pending} pendingLabel="Joining…"
        onClick={() => form.run(() => acceptInvitationAction({ token }), { onSuccess: ({ slug }) => router.push(`/w/${slug}`) })}>
        Accept the invitation
      </PendingButton>
    </div>
  );
}
