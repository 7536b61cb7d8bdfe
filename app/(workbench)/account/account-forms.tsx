"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { changePasswordAction, renameAccountAction } from "@/lib/server/actions/account";

export function RenameForm({ name }: { name: string }) {
  const router = useRouter();
  const form = useActionForm();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    form.run(() => renameAccountAction(data), { notice: "Your name was saved. Colleagues see it on your verdicts, evidence and history.", onSuccess: () => router.refresh() });
  }
  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label="Your name" className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormStatus form={form} />
      <Field id="account-name" label="Name" name="name" defaultValue={name} required maxLength={120} autoComplete="name" errors={form.fieldErrors.name} />
      <PendingButton type="submit" pending={form.pending} pendingLabel="Saving…">Save name</PendingButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const form = useActionForm();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    // Every session has ended, this one too: clear its cookie and sign in with the new password.
    form.run(() => changePasswordAction(data), { onSuccess: () => void signOut({ callbackUrl: "/login?passwordChanged=1" }) });
  }
  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label="Change password" className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormStatus form={form} />
      <Field id="current-password" label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={form.fieldErrors.currentPassword} />
      <Field id="new-password" label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={form.fieldErrors.newPassword} />
      <Field id="confirm-password" label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={form.fieldErrors.confirmPassword} />
      <PendingButton type="submit" pending={form.pending} pendingLabel="Changing…">Change password</PendingButton>
    </form>
  );
}
