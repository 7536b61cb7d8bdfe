import { z } from "zod";
import { idSchema } from "./common";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: "Name the token after the script or tool that will use it." })
    .trim()
    .min(1, "Name the token after the script or tool that will use it.")
    .max(100, "A token name has at most 100 characters."),
  readOnly: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()).default(false),
  expiresOn: z.preprocess(
    blankToUndefined,
    z.iso
      .date("Enter the expiry date as YYYY-MM-DD, such as 2027-01-31.")
      .transform((value) => new Date(`${value}T23:59:59.999Z`))
      .refine((date) => date.getTime() > Date.now(), "Choose an expiry date in the future, or leave it empty.")
      .optional(),
  ),
});

export const revokeApiTokenSchema = z.object({ tokenId: idSchema });

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
