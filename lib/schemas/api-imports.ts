import { z } from "zod";

// Answers of the API's upload endpoints and of a job's status, for the handlers, the OpenAPI document
// and the contract tests. Uploads are multipart forms (lib/server/http/upload-request.ts reads them); their parts are
// described by the route list's `upload` entries.

const date = z.string().describe("ISO 8601 date-time");

export const fileOutcomeResponse = z.discriminatedUnion("status", [
  z.object({ file: z.string(), status: z.literal("imported"), articleId: z.uuid(), title: z.string(), removed: z.number().int().describe("Lines of page furniture the cleaner removed (restorable in the app).") }),
  z.object({ file: z.string(), status: z.literal("duplicate"), reason: z.string(), articleId: z.uuid().nullable().describe("The article already holding this text or address.") }),
  z.object({ file: z.string(), status: z.literal("refused"), reason: z.string().describe("What is wrong with the file and how to fix it.") }),
]);

export const jobStatusResponse = z.object({
  id: z.uuid(),
  kind: z.string().describe('"article-import", "url-import" or "export".'),
  status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]),
  progress: z.number().int().describe("Units done: files imported, claims exported."),
  total: z.number().int().nullable(),
  message: z.string().nullable(),
  file: z.object({ filename: z.string(), size: z.number().int(), url: z.string().describe("GET it with the same credentials.") }).nullable()
    .describe("The file a finished export made."),
  createdAt: date,
  expiresAt: date.nullable().describe("When the job and its file are deleted."),
  outcomes: z.array(fileOutcomeResponse).optional().describe("An article import's files (a URL import's addresses, in `file`) done so far, in order, each imported, a duplicate or refused with its reason."),
});

export const claimReviewImportResponse = z.object({
  file: z.string(),
  status: z.literal("imported"),
  imported: z.array(z.object({ id: z.uuid(), title: z.string() })).describe("The sources added, one per fact-check."),
  duplicates: z.array(z.object({ url: z.string(), title: z.string(), reason: z.string() })).describe("Fact-checks left out because the workspace or the file already holds their address."),
});
