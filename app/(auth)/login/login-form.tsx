"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/schemas/auth";
import { toFieldErrors } from "@/lib/schemas/common";

const MESSAGES: Record<string, string> = {
  [SIGN_IN_ERRORS.badCredentials]: "The email or password is not right. Check both and try again.",
  [SIGN_IN_ERRORS.throttled]: "Too many failed attempts. Wait 15 minutes, then try again.",
  [SIGN_IN_ERRORS.slowDown]: "This account has had many failed sign-ins just now, so attempts are spaced out. Wait a minute, then try again.",
  [SIGN_IN_ERRORS.invalidInput]: "Check the email and password fields.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const form = useActionForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    if (!parsed.success) return form.fail(MESSAGES[SIGN_IN_ERRORS.invalidInput]!, toFieldErrors(parsed.error));
    // Sign-in goes through next-auth rather than a server action; its answer is put in an action's shape.
    form.run(async (): Promise<ActionResult<null>> => {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) return { ok: true, data: null };
      return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Try again in a moment." };
    }, {
      onSuccess: () => {
        router.replace(callbackUrl);
        router.refresh();
      },
    });
  }

  return (
    <form id={form.formId} onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormStatus form={form} />
      <Field label="Email" name="email" type="email" autoComplete="username" errors={form.fieldErrors.email} required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" errors={form.fieldErrors.password} required />
      <PendingButton type="submit" className="w-full" pending={form.pending} pendingLabel="Signing in…">Sign in</PendingButton>
    </form>
  );
}
