import { z } from "zod";

// Limits generous for real addresses and passphrases, small enough that a 10 kB paste is refused
// before bcrypt or the database see it.
export const EMAIL_MAX = 254;
export const PASSWORD_MAX = 200;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters.`)
    .pipe(z.email("Enter a valid email address, such as name@example.org."))
    .transform((email) => email.toLowerCase()),
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Error codes the sign-in endpoint returns; the form turns them into sentences. */
export const SIGN_IN_ERRORS = {
  invalidInput: "InvalidInput",
  badCredentials: "CredentialsSignin",
  throttled: "TooManyAttempts",
  slowDown: "SlowDown",
} as const;
