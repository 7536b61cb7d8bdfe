import { z } from "zod";
import { ANCHOR_STATUSES, type AnchorStatus } from "@/lib/domain/vocabulary";
import { captureSummaryResponse } from "./captures";
import { idSchema, versionSchema } from "./common";

// "Check for changes" on an article imported from the web: the inputs of checking, applying and
// dismissing (forms and API alike), the recurring check's setting, and the API's answers.

/** The recurring check's choices, in hours: off (null), every 6 hours, daily, weekly. */
export const SOURCE_CHECK_INTERVALS = [
  { hours: null, label: "Off" },
  { hours: 6, label: "Every 6 hours" },
  { hours: 24, label: "Daily" },
  { hours: 168, label: "Weekly" },
] as const;

const INTERVAL_MESSAGE = "Choose how often to check: off, every 6 hours, daily or weekly.";

/** The settings form sends "" for off and the hours as text; the API may send null or a number. */
export const sourceCheckHoursSchema = z
  .union([z.literal(""), z.literal("off"), z.null(), z.coerce.number({ error: INTERVAL_MESSAGE })], { error: INTERVAL_MESSAGE })
  .transform((value, ctx) => {
    if (value === "" || value === "off" || value === null) return null;
    if (!SOURCE_CHECK_INTERVALS.some((choice) => choice.hours === value)) {
      ctx.addIssue({ code: "custom", message: INTERVAL_MESSAGE });
      return z.NEVER;
    }
    return value;
  });

export const sourceCheckSchema = z.object({ articleId: idSchema });
export const applyCaptureSchema = z.object({
  articleId: idSchema,
  captureId: idSchema,
  version: versionSchema.describe("The article's version the change was compared with (articleVersion of the check)."),
});
export const dismissCaptureSchema = z.object({ articleId: idSchema, captureId: idSchema });

// ---- Answers -------------------------------------------------------------------------------

const date = z.string().describe("ISO 8601 date-time");

export const diffPartResponse = z.object({
  op: z.enum(["same", "added", "removed"]).describe("same: in both texts; removed: only in the article's; added: only in the page's."),
  text: z.string(),
});

export const sourceCheckResponse = z.object({
  changed: z.boolean().describe("The page's text differs from the article's."),
  capture: captureSummaryResponse.describe("The capture this check stored (or, when the page's bytes had not changed at all, the newest one, found again)."),
  diff: z.array(diffPartResponse).describe("The article's text against the page's, word by word; joining same+removed gives the article's, same+added the page's. Empty when unchanged."),
  articleVersion: z.number().int().describe("The article version the diff was made against: send it to apply."),
  unchangedSince: date.nullable().describe("When the text is unchanged: when the article's current text was captured."),
});

const anchorCounts = z.object(Object.fromEntries(ANCHOR_STATUSES.map((status) => [status, z.number().int()])) as Record<AnchorStatus, z.ZodNumber>);

export const appliedCaptureResponse = z.object({
  version: z.number().int().describe("The article's new version."),
  anchors: anchorCounts.describe("How the article's claims were found again in the new text."),
  evidenceAnchors: anchorCounts.describe("How the passages of it linked as evidence were found again."),
  orphaned: z.array(z.object({ id: z.uuid(), exact: z.string(), statement: z.string() })).describe("Claims that lost their place, to be re-attached."),
});
