import { z } from "zod";
import { idSchema } from "./common";

/** ?article=<id> limits the agreement statistics to one article; empty or absent means the whole workspace. */
export const agreementQuerySchema = z.object({
  article: z.union([z.literal("").transform(() => undefined), idSchema]).optional(),
});
export type AgreementQuery = z.infer<typeof agreementQuerySchema>;
