"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SIGN_IN_ERRORS, signInSchema } from "@/lib/schemas/auth";
import { toFieldErrors } from "@/lib/schemas/common";
import type { FieldErrors } from "@/lib/errors";

const MESSAGES: Record<string, string> = {
  [SIGN_IN_ERRORS.badCredentials]: "The email or password is not right. Check both and try again.",
  [SIGN_IN_ERRORS.throttled]: "Too many failed attempts. Wait 15 minutes, then try again.",
  [SIGN_IN_ERRORS.slowDown]: "This account has had many failed sign-ins just now, so attempts are spaced out. Wait a minute, then try again.",
  [SIGN_IN_ERRORS.invalidInput]: "Check the email and password fields.",
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    setError(null);
    if (!parsed.success) {
      setFieldErrors(toFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Try again in a moment.");
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>
      ) : null}
      <Field label="Email" name="email" type="email" autoComplete="username" errors={fieldErrors.email} required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" errors={fieldErrors.password} required />
      <Button type="submit" className="w-full" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
