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

const reviewOutcomeResponse = z.object({
  where: z.string().describe('Where the file holds the review: "ClaimReview 2 of 5 (in the JSON-LD block on line 40)".'),
  status: z.enum(["imported", "duplicate", "skipped"]).describe("imported: added as a source; duplicate: the workspace or the file already holds its address; skipped: it cannot be read (see reason)."),
  title: z.string().nullable(),
  url: z.string().nullable().describe("The fact-check's address."),
  publisher: z.string().nullable().describe("The fact-checker's name."),
  publisherSite: z.string().nullable().describe('The fact-checker\'s site, a host name ("factcheck.example").'),
  publishedAt: z.string().nullable().describe("When the fact-check was published, yyyy-mm-dd."),
  language: z.string().nullable().describe('The fact-check\'s language, a short code ("ar"), from the review or else the page holding it.'),
  rating: z.object({ label: z.string().nullable(), value: z.number().nullable(), best: z.number().nullable(), worst: z.number().nullable() }).nullable()
    .describe("The rating as the fact-checker gave it: its text (alternateName, textualRating) and value on its own scale."),
  ratingLevel: z.string().nullable().describe("The level of the workspace's rating scale the rating was placed on (its label is a level's, or its value lands on one); null: kept as its text."),
  ratingLevelWhy: z.string().nullable().describe("For an imported review kept as text: why its rating was not placed on the scale."),
  sourceId: z.uuid().nullable().describe("The source added, for an imported review."),
  reason: z.string().nullable().describe("Why a duplicate or skipped review was not imported."),
});

export const claimReviewImportResponse = z.object({
  file: z.string(),
  status: z.literal("imported"),
  shape: z.string().describe('What the file turned out to be, in words: "an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)", "a DataFeed and ClaimReview JSON-LD", "a Fact Check Tools claim search answer", "review objects without @type".'),
  reviews: z.array(reviewOutcomeResponse).describe("Every review found, in the file's order, with what became of it."),
  notes: z.array(z.string()).describe("What was passed over that is no review, such as a JSON-LD block that is not valid JSON."),
  imported: z.array(z.object({ id: z.uuid(), title: z.string() })).describe("The sources added, one per fact-check."),
  duplicates: z.array(z.object({ url: z.string(), title: z.string(), reason: z.string() })).describe("Fact-checks left out because the workspace or the file already holds their address."),
});
