import { z } from "zod";

// Captures of web pages as the API answers them: the metadata only (lib/data/articles/captures.ts
// CAPTURE_SUMMARY). The bytes are served alone, as a download (GET …/captures/{captureId}/original).

const date = z.string().describe("ISO 8601 date-time");

export const captureSummaryResponse = z.object({
  id: z.uuid(),
  method: z.enum(["FETCH", "CLIP"]).describe("FETCH: the server fetched the address; CLIP: the reader's browser handed the page over."),
  requestedUrl: z.string().describe("The address asked for."),
  finalUrl: z.string().describe("Where the bytes came from, after redirects."),
  httpStatus: z.number().int().nullable().describe("The final response's HTTP status; null for a clip."),
  contentType: z.string(),
  charset: z.string().nullable(),
  byteSize: z.number().int().describe("Size of the original, in bytes."),
  sha256: z.string().describe("SHA-256 of the original, hex."),
  bodyHash: z.string().describe("Hash of the text the capture gave; equal to the article's when it is the article's text."),
  title: z.string().nullable(),
  capturedAt: date,
  appliedAt: date.nullable().describe("When its text became the article's body; null: captured by a check and not applied."),
  pendingChange: z.boolean().describe("A check found this capture's text differs from the article's, and nobody applied or dismissed it yet."),
});

export const captureListResponse = z.object({ items: z.array(captureSummaryResponse).describe("Every capture of the article, oldest first.") });

/** The claim's capture as GET claims/{id} gives it. */
export const claimCaptureResponse = z
  .object({ id: z.uuid(), capturedAt: date })
  .nullable()
  .optional()
  .describe("GET claims/{id} only: the capture of the article's web page the claim was marked on (its original: GET articles/{articleId}/captures/{id}/original); null when there was none.");
