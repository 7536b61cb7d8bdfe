"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { setPasswordWithLinkAction } from "@/lib/server/actions/account";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useActionForm();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    form.run(() => setPasswordWithLinkAction({ ...data, token }), { onSuccess: () => router.replace("/login?passwordChanged=1") });
  }
  return (
    <form id={form.formId} onSubmit={submit} noValidate aria-label="New password" className="mt-5 space-y-4">
      <FormStatus form={form} />
      <Field id="reset-password" label="New password" name="newPassword" type="password" autoComplete="new-password" required errors={form.fieldErrors.newPassword} hint="At least 10 characters." />
      <Field id="reset-confirm" label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={form.fieldErrors.confirmPassword} />
      <PendingButton type="submit" className="w-full" pending={form.pending} pendingLabel="Saving…">Set password</PendingButton>
    </form>
  );
}
