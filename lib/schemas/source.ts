import { z } from "zod";
import { isHttpUrl } from "@/lib/domain/http-url";
import { idSchema, versionSchema } from "./common";

import { EXTERNAL_SOURCE_KINDS, type ExternalSourceKind } from "@/lib/domain/vocabulary";

// Kinds that can exist without an address: a printed report, a statement made in an interview.
const URL_OPTIONAL: readonly ExternalSourceKind[] = ["DOCUMENT", "STATEMENT"];

export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const optionalText = (max: number, label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} has at most ${max.toLocaleString("en")} characters.`).optional());

/**
 * A web address that a browser may follow safely: http or https only. Anything else (javascript:,
 * data:, ftp:, file:) would run code or leave the web when a reviewer clicks it, so it is refused.
 */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000, "An address has at most 2,000 characters.")
  .refine((value) => URL.canParse(value), "Enter a full web address, such as https://example.org/report.")
  .refine((value) => !URL.canParse(value) || isHttpUrl(value), {
    message: "Only web addresses starting with http:// or https:// are accepted.",
  });

const optionalUrl = z.preprocess(blankToUndefined, httpUrlSchema.optional());

const isoDate = z.preprocess(
  blankToUndefined,
  z.iso.date("Enter the date as YYYY-MM-DD, such as 2017-08-03.").transform((value) => new Date(`${value}T00:00:00Z`)).optional(),
);

/** The fields of an external source, as a shape so that other schemas can embed them. */
export const sourceFieldsShape = {
  kind: z.enum(EXTERNAL_SOURCE_KINDS, { error: "Choose what kind of source this is." }),
  title: z
    .string({ error: "Give the source a title." })
    .trim()
    .min(1, "Give the source a title.")
    .max(300, "A title has at most 300 characters."),
  url: optionalUrl,
  publisher: optionalText(200, "A publisher"),
  publishedAt: isoDate,
  archivedUrl: optionalUrl,
};

/** A web page, dataset or fact-check is found again by its address; only documents and statements may lack one. */
export function requireUrlForKind(source: { kind: ExternalSourceKind; url?: string }, ctx: z.RefinementCtx) {
  if (!source.url && !URL_OPTIONAL.includes(source.kind)) {
    ctx.addIssue({ code: "custom", path: ["url"], message: "Enter the source's web address, such as https://example.org/report." });
  }
}

/** Runs the check above even when other fields failed, so the form shows every problem at once. */
export const ALWAYS_CHECK = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

const reliability = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: "Choose a reliability from 1 to 5." }).int().min(1, "Choose a reliability from 1 to 5.").max(5, "Choose a reliability from 1 to 5.").optional(),
);

const sourceDeskShape = {
  ...sourceFieldsShape,
  reliability,
  note: optionalText(2000, "A note"),
};

export const createSourceSchema = z.object(sourceDeskShape).superRefine(requireUrlForKind, ALWAYS_CHECK);
export const updateSourceSchema = z
  .object({ sourceId: idSchema, version: versionSchema, ...sourceDeskShape })
  .superRefine(requireUrlForKind, ALWAYS_CHECK);

export type CreateSourceInput = z.infer<typeof createSourceSchema>;
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;

export const sourceListQuerySchema = z.object({
  q: optionalText(200, "A search"),
});
