import { z } from "zod";
import { DISAGREEMENT_KINDS } from "@/lib/domain/disagreements";
import { CLAIM_STATUSES, FIGURE_QUALIFIERS, FIGURE_UNITS } from "@/lib/domain/vocabulary";
import { isAmbiguousNumber, NOT_A_NUMBER, pendingNumberInput, readNumberInput, resolveNumberInput, type AmbiguousNumber } from "@/lib/domain/number-input";
import { idSchema, PG_INT_MAX, versionSchema } from "./common";

export const MAX_QUOTE_LENGTH = 2000;
const RANGE_BACKWARDS = "The high end of the range must not be below the low end.";
export const MAX_TAGS = 20;

/** Form fields arrive as strings; an empty one means "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number, label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} has at most ${max.toLocaleString("en")} characters.`).optional());

// A figure's number as people type it ("12,000,000", "12 000", "12,5", "١٢٫٥"), read by readNumberInput; never
// stored as NaN. "1,500" depends on the language of the claim's article, which the input does not carry: it is kept
// with both readings (AmbiguousNumber) and lib/data resolves it with resolveClaimNumbers once the article is known
// (1500 in English, 1.5 in French or Spanish, refused with a message saying how to write it otherwise).
const numberInput = z.preprocess(
  blankToUndefined,
  z
    .union([z.number(), z.string()], { error: NOT_A_NUMBER })
    .transform((value, ctx): number | AmbiguousNumber => {
      if (typeof value === "number") return value;
      const pending = pendingNumberInput(value);
      if (pending) return pending;
      const read = readNumberInput(value);
      if (read.ok) return read.value;
      if (read.ambiguous) return read.ambiguous;
      ctx.addIssue({ code: "custom", message: read.message });
      return z.NEVER;
    })
    .pipe(z.union([z.number({ error: NOT_A_NUMBER }).finite("Enter a finite number."), z.custom<AmbiguousNumber>(isAmbiguousNumber)]))
    .optional()
    .describe(
      "A number, or text as a person types it: \"12,000,000\", \"12 000\", \"12.5\", \"12,5\", Arabic-Indic digits with ٬ and ٫ (\"١٢٫٥\"). " +
        "One comma before exactly three digits (\"1,500\") is read as the claim's article writes numbers: 1500 in an " +
        "English article, 1.5 in a French or Spanish one; in any other it is refused as ambiguous. A dot is the decimal " +
        "point, except one dot before exactly three digits (\"4.500\") in a French or Spanish article: 4500.",
    ),
);

const NUMBER_FIELDS = ["figureValue", "figureLow", "figureHigh"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
/** Claim fields with every figure number read: what lib/data stores. */
export type Resolved<T> = { [K in keyof T]: K extends NumberField ? Exclude<T[K], AmbiguousNumber> : T[K] };

/**
 * Reads the figure's numbers left ambiguous by the schema ("1,500") as the claim's article writes numbers, then
 * checks the range the right way round. The field errors say how to write what cannot be read.
 */
export function resolveClaimNumbers<T extends Partial<Record<NumberField, number | AmbiguousNumber>>>(
  fields: T,
  language: string | null | undefined,
): { ok: true; fields: Resolved<T> } | { ok: false; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const resolved: Record<string, unknown> = { ...fields };
  for (const field of NUMBER_FIELDS) {
    const value = fields[field];
    if (!isAmbiguousNumber(value)) continue;
    const read = resolveNumberInput(value, language);
    if (read.ok) resolved[field] = read.value;
    else fieldErrors[field] = [read.message];
  }
  const { figureLow: low, figureHigh: high } = resolved as Record<NumberField, unknown>;
  if (typeof low === "number" && typeof high === "number" && low > high) fieldErrors.figureHigh = [RANGE_BACKWARDS];
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, fields: resolved as Resolved<T> };
}

const tagsInput = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z
    .array(z.string().trim().max(40, "A tag has at most 40 characters."))
    .transform((tags) => [...new Set(tags.filter(Boolean))])
    .pipe(z.array(z.string()).max(MAX_TAGS, `A claim has at most ${MAX_TAGS} tags.`)),
);

const isoDate = z.preprocess(
  blankToUndefined,
  z.iso.date("Enter the date as YYYY-MM-DD, such as 2017-08-03.").transform((value) => new Date(`${value}T00:00:00Z`)).optional(),
);

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The editable fields of a claim: statement, claimant, date, figure, tags. */
export const claimFieldsShape = {
    statement: z
      .string({ error: "Write the claim as a statement a reviewer can check." })
      .trim()
      .min(1, "Write the claim as a statement a reviewer can check.")
      .max(1000, "A statement has at most 1,000 characters."),
    claimant: optionalText(200, "A claimant"),
    claimDate: isoDate,
    isFigure: checkbox,
    figureValue: numberInput,
    figureUnit: z.preprocess(blankToUndefined, z.enum(FIGURE_UNITS, { error: "Choose a unit from the list." }).optional()),
    figureQualifier: z.preprocess(blankToUndefined, z.enum(FIGURE_QUALIFIERS, { error: "Choose a qualifier from the list." }).optional()),
    figureLow: numberInput,
    figureHigh: numberInput,
    figureCounted: optionalText(100, "What is counted"),
    tags: tagsInput,
};

export const claimFieldsSchema = z
  .object({ ...claimFieldsShape, isFigure: checkbox.default(false), tags: tagsInput.default([]) })
  .superRefine((claim, ctx) => {
    if (!claim.isFigure) return;
    if (claim.figureValue === undefined) ctx.addIssue({ code: "custom", path: ["figureValue"], message: "A figure needs its value, such as 12000000." });
    if (claim.figureUnit === undefined) ctx.addIssue({ code: "custom", path: ["figureUnit"], message: "Choose what kind of figure this is." });
    // An ambiguous end ("1,500") is compared once read, by resolveClaimNumbers.
    if (typeof claim.figureLow === "number" && typeof claim.figureHigh === "number" && claim.figureLow > claim.figureHigh) {
      ctx.addIssue({ code: "custom", path: ["figureHigh"], message: RANGE_BACKWARDS });
    }
  });

/** The selected span, as offsets into the article's text and the text the reader saw there. */
export const spanSchema = z
  .object({
    start: z.coerce.number().int().min(0, "The selection starts before the text.").max(PG_INT_MAX, "The selection ends after the text."),
    end: z.coerce.number().int().min(1, "The selection is empty.").max(PG_INT_MAX, "The selection ends after the text."),
    exact: z
      .string()
      .max(MAX_QUOTE_LENGTH, `A claim quotes at most ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters. Select a shorter passage.`)
      .refine((text) => text.trim().length > 0, "The selection holds only spaces. Select the words of the claim."),
  })
  .refine((span) => span.end > span.start, { path: ["end"], message: "The selection is empty." })
  .refine((span) => span.end - span.start === span.exact.length, { path: ["exact"], message: "The selected text does not match its position. Select it again." });

export const createClaimSchema = z.object({ articleId: idSchema }).and(spanSchema).and(claimFieldsSchema);
export const updateClaimSchema = z.object({ claimId: idSchema, version: versionSchema }).and(claimFieldsSchema);
export const reattachClaimSchema = z.object({ claimId: idSchema, version: versionSchema }).and(spanSchema);
export const dismissSuggestionSchema = z.object({ articleId: idSchema }).and(spanSchema);

/** The fields as parsed: a figure number may still be an AmbiguousNumber until resolveClaimNumbers reads it. */
export type ParsedClaimFields = z.infer<typeof claimFieldsSchema>;
export type ClaimFields = Resolved<ParsedClaimFields>;

/**
 * An API update of a claim: any of its editable fields; the rest keep their values ("" clears an
 * optional one). No defaults here, or every update would clear the figure and tags. The merged
 * claim is checked again with claimFieldsSchema (a figure still needs its value and unit).
 */
export const claimPatchSchema = z.strictObject(claimFieldsShape).partial();
export type ClaimPatch = z.infer<typeof claimPatchSchema>;

const offset = (message: string) => z.number({ error: "Give the offset as a whole number." }).int("Give the offset as a whole number.").min(0, message);

/**
 * A claim created through the API: the span by its offsets into the article's text, or by the
 * quoted text (with some text before and after it when the quote occurs more than once). The
 * server finds the span in its copy of the text.
 */
export const apiCreateClaimSchema = z
  .object({
    articleId: idSchema,
    start: offset("start is before the beginning of the text.").optional(),
    end: offset("end is before the beginning of the text.").optional(),
    exact: z.string().min(1, "Quote the words of the claim.").max(MAX_QUOTE_LENGTH, `A claim quotes at most ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters.`).optional(),
    prefix: z.string().max(MAX_QUOTE_LENGTH, "prefix is too long: a few words before the quote are enough.").optional(),
    suffix: z.string().max(MAX_QUOTE_LENGTH, "suffix is too long: a few words after the quote are enough.").optional(),
  })
  .superRefine((span, ctx) => {
    const byPosition = span.start !== undefined || span.end !== undefined;
    if (byPosition && span.exact !== undefined) {
      ctx.addIssue({ code: "custom", path: ["exact"], message: "Give either start and end, or exact (with prefix and suffix), not both." });
    } else if (byPosition) {
      if (span.start === undefined) ctx.addIssue({ code: "custom", path: ["start"], message: "Give start with end." });
      if (span.end === undefined) ctx.addIssue({ code: "custom", path: ["end"], message: "Give end with start." });
      if (span.start !== undefined && span.end !== undefined && span.end <= span.start) ctx.addIssue({ code: "custom", path: ["end"], message: "end must be after start." });
    } else if (span.exact === undefined) {
      ctx.addIssue({ code: "custom", path: ["exact"], message: "Give the claim's span: start and end, or the quoted text as exact." });
    }
  })
  .and(claimFieldsSchema);
export type ApiCreateClaimInput = z.infer<typeof apiCreateClaimSchema>;
export type CreateClaimInput = z.infer<typeof createClaimSchema>;
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export type SpanInput = z.infer<typeof spanSchema>;

export const claimListQuerySchema = z.object({
  q: optionalText(200, "A search"),
  article: z.preprocess(blankToUndefined, idSchema.optional()),
  status: z.preprocess(blankToUndefined, z.enum(CLAIM_STATUSES).optional()),
  tag: optionalText(40, "A tag"),
  claimant: optionalText(200, "A claimant"),
  figure: z.preprocess(blankToUndefined, z.enum(["yes", "no"]).optional()),
  disagreement: z.preprocess(blankToUndefined, z.enum(DISAGREEMENT_KINDS).optional()),
  checked: z.preprocess(blankToUndefined, z.enum(["yes", "no"], { error: "checked is yes or no." }).optional())
    .describe("no: claims not checked before (in no same-claim group, with no fact-check linked as evidence); yes: the others."),
  // The rows chosen in the claims table ("Export selected"): ids separated by commas.
  ids: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.split(",").map((id) => id.trim()) : undefined),
    z.array(idSchema, { error: "ids is a list of claim ids separated by commas." }).min(1).max(200, "At most 200 claims at once.").optional(),
  ).describe("Only these claims: their ids separated by commas (at most 200)."),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;
