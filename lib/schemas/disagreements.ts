import { z } from "zod";
import { DISAGREEMENT_KINDS } from "@/lib/domain/disagreements";

/** The disagreement queue's GET filters; blank selects mean "any". */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const disagreementQuerySchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(DISAGREEMENT_KINDS, { error: "Unknown kind of disagreement." }).optional()),
  article: z.preprocess(blankToUndefined, z.uuid({ error: "Unknown article." }).optional()),
  assignee: z.preprocess(blankToUndefined, z.uuid({ error: "Unknown assignee." }).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});

export type DisagreementQuery = z.infer<typeof disagreementQuerySchema>;
export type DisagreementFilters = Omit<DisagreementQuery, "page">;
