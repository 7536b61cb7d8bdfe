import * as api from "@/lib/schemas/api";
import { articleListQuerySchema, articlePatchSchema, createArticleSchema } from "@/lib/schemas/article";
import { EXPORT_FORMAT_INFO } from "@/lib/formats/export-format-info";
import { apiArticleUploadFieldsSchema, MAX_FILES_PER_UPLOAD } from "@/lib/schemas/article-import";
import * as imports from "@/lib/schemas/api-imports";
import { importUrlSchema, importUrlsSchema, MAX_URLS_PER_IMPORT } from "@/lib/schemas/url-import";
import * as sourceChecks from "@/lib/schemas/source-check";
import { clipPageSchema, clipPassageSchema } from "@/lib/schemas/clip";
import { maxUploadBytes } from "@/lib/uploads";
import * as captures from "@/lib/schemas/captures";
import type { ApiRouteDef } from "../route-def";

// Articles: reading, editing, uploads, imports by URL and clipping, captures, and the other imports. Part of the /api/v1 route list (../routes.ts).

/** The export's media types (parameters such as charset left out), each with the formats that use it. */
function exportContent(): Record<string, string> {
  const content: Record<string, string[]> = {};
  for (const [id, format] of Object.entries(EXPORT_FORMAT_INFO)) (content[format.contentType.split(";")[0]!] ??= []).push(`format=${id}: ${format.label}`);
  return Object.fromEntries(Object.entries(content).map(([type, formats]) => [type, formats.join("; ")]));
}

const ARTICLE_BODY_LIMIT = 8 * 1024 * 1024;
// A clipped page may hold the upload limit in HTML; as a JSON string its quotes and line breaks are
// escaped, which can double it. The HTML itself is then held to the upload limit (413 naming it).
const CLIP_BODY_LIMIT = 2 * maxUploadBytes() + 64 * 1024;

export const articleRoutes = [
  { id: "listArticles", method: "GET", path: "/workspaces/{slug}/articles", tag: "Articles", summary: "List articles, searching title, publisher and author", role: "VIEWER", query: articleListQuerySchema.extend(api.paginationShape), response: api.pageOf(api.articleSummaryResponse), status: 200 },
  { id: "createArticle", method: "POST", path: "/workspaces/{slug}/articles", tag: "Articles", summary: "Add an article from its plain text and metadata", description: "The same text twice in a workspace is a 409.", role: "EDITOR", body: createArticleSchema, response: api.createdArticleResponse, status: 201, maxBodyBytes: ARTICLE_BODY_LIMIT },
  { id: "getArticle", method: "GET", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "An article with its text", role: "VIEWER", response: api.articleResponse, status: 200 },
  { id: "updateArticle", method: "PATCH", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "Replace the text (claims and evidence on it are re-anchored) and/or set the language (search and figure suggestions follow it)", description: "Send the version you read; a newer one answers 409. After a text change the answer counts how each claim was found again. A language that is not a BCP-47 tag answers 422.", role: "EDITOR", body: articlePatchSchema, pathInBody: ["articleId"], response: api.articleUpdateResponse, status: 200, maxBodyBytes: ARTICLE_BODY_LIMIT },
  { id: "deleteArticle", method: "DELETE", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "Delete an article nothing depends on (or, as an owner, with ?force=true, with its claims and evidence)", role: "EDITOR", query: api.forceQuerySchema, response: api.deletedArticleResponse, status: 200 },
  {
    id: "checkArticleSource", method: "POST", path: "/workspaces/{slug}/articles/{articleId}/source-checks", tag: "Articles",
    summary: "Check for changes: fetch the article's web page again and compare its text with the article's, word by word",
    description: "Only for articles imported from the web (422 otherwise, and 422 with a `url` field error when the page cannot be read now). The page is kept as a capture, not applied: nothing of the article changes. When its text differs, the capture is a pending change (listed by GET articles?sourceChanged=true) until it is applied or dismissed. A page whose bytes are those of the newest capture already stores nothing new.",
    role: "EDITOR", response: sourceChecks.sourceCheckResponse, status: 201,
  },
  {
    id: "applyCapture", method: "POST", path: "/workspaces/{slug}/articles/{articleId}/captures/{captureId}/apply", tag: "Articles",
    summary: "Apply a capture's text to the article: its claims and evidence passages are re-anchored as after a text edit",
    description: "Send the article version the change was compared with (the check's articleVersion); a newer one answers 409 with the current version. The answer counts how each claim was found again and lists those that lost their place. Claims keep the capture they were marked on.",
    role: "EDITOR", body: sourceChecks.applyCaptureSchema, pathInBody: ["articleId", "captureId"], response: sourceChecks.appliedCaptureResponse, status: 200,
    errors: { "409": "The article changed since the version sent; nothing was applied (`current.version`)." },
  },
  { id: "dismissCapture", method: "POST", path: "/workspaces/{slug}/articles/{articleId}/captures/{captureId}/dismiss", tag: "Articles", summary: "Keep the article's current text: the capture stays in the history, no longer a pending change", role: "EDITOR", response: captures.captureSummaryResponse, status: 200 },
  { id: "listArticleCaptures", method: "GET", path: "/workspaces/{slug}/articles/{articleId}/captures", tag: "Articles", summary: "The captures of the article's web page, oldest first (metadata only: each original is a download of its own)", role: "VIEWER", response: captures.captureListResponse, status: 200 },
  {
    id: "downloadCaptureOriginal", method: "GET", path: "/workspaces/{slug}/articles/{articleId}/captures/{captureId}/original", tag: "Articles",
    summary: "A capture's original: the bytes exactly as received (or as clipped), as a file to save",
    description: "Always an attachment of type application/octet-stream, with X-Content-Type-Options: nosniff and Content-Security-Policy: sandbox, so a captured page is never run as a page of this site. The file is named <host>-<yyyy-mm-dd>-<sha256's first 8 digits>.html (.txt for a plain-text page); X-Capture-Sha256 holds the whole SHA-256 to check it against.",
    role: "VIEWER", raw: true, rawContent: { "application/octet-stream": "the page as captured (HTML or plain text, in its own charset)" }, status: 200,
  },
  {
    id: "importArticleFiles", method: "POST", path: "/workspaces/{slug}/articles/import", tag: "Imports",
    summary: "Import article files (.txt, .md, .html) as a background job",
    description: `Answers 202 with the job at once; follow it with GET jobs/{jobId}, whose outcomes list each file as imported, a duplicate, or refused with its reason. Each file may hold up to CLAIMBENCH_MAX_UPLOAD_BYTES (20 MB by default; a larger one is listed as refused), one upload up to CLAIMBENCH_MAX_BULK_UPLOAD_BYTES (100 MB by default), at most ${MAX_FILES_PER_UPLOAD} files.`,
    role: "EDITOR", upload: { field: "files", description: "The article files", minFiles: 1, maxFiles: MAX_FILES_PER_UPLOAD, fields: apiArticleUploadFieldsSchema }, response: imports.jobStatusResponse, status: 202,
    errors: { "413": "The upload is over CLAIMBENCH_MAX_BULK_UPLOAD_BYTES in total.", "415": "The body is not a multipart form." },
  },
  {
    id: "importArticleUrl", method: "POST", path: "/workspaces/{slug}/articles/import-url", tag: "Imports",
    summary: "Import the web page at an address: fetched by the server, kept as the article's capture",
    description: "Answers 201 with the article as GET articles/{articleId} returns it. The page's final address after redirects becomes the article's url; the bytes as received are kept as its capture. Only public http(s) addresses are fetched, with limits on size and time.",
    role: "EDITOR", body: importUrlSchema, response: api.articleResponse, status: 201,
    errors: { "409": "The workspace already holds this page (the same final address or the same text): `error.current.id` is that article.", "422": "Not a web address, or the page was refused or could not be read: `error.fields.url` says why." },
  },
  {
    id: "importArticleUrls", method: "POST", path: "/workspaces/{slug}/articles/import-urls", tag: "Imports",
    summary: `Import the web pages at up to ${MAX_URLS_PER_IMPORT} addresses as a background job`,
    description: "Answers 202 with the job at once; follow it with GET jobs/{jobId}, whose outcomes list each address (as `file`) as imported, a duplicate (already in the workspace, or listed twice), or refused with its reason.",
    role: "EDITOR", body: importUrlsSchema, response: imports.jobStatusResponse, status: 202, maxBodyBytes: 1024 * 1024,
  },
  {
    id: "importClaimReview", method: "POST", path: "/workspaces/{slug}/sources/claimreview", tag: "Imports",
    summary: "Add the fact-checks of a ClaimReview file (JSON-LD in any shape, or a fact-checker's HTML page) as sources, with their ratings",
    description:
      "Send the file as the part `files` of a multipart form (.json, .jsonld, .html or .htm), or a JSON document itself as the body. It is read whatever shape it has: " +
      'ClaimReview JSON-LD (one node, an array, an `@graph`, `@type` a string or an array such as `["Review", "ClaimReview"]`, beside nodes of other types); ' +
      "schema.org `DataFeed` / `DataFeedItem` wrappers (`dataFeedElement[].item`, nested at will); an answer of Google's Fact Check Tools claim search " +
      "(`claims[].claimReview[]`, with `textualRating` and `languageCode`); review objects with `claimReviewed` and `reviewRating` but no `@context` or `@type`; " +
      'or a fact-checker\'s HTML page, whose `<script type="application/ld+json">` blocks are read (a block that is not JSON is skipped and listed in `notes`; ' +
      "the page is parsed with no script run, within the HTML reader's time and memory limits). " +
      "Each fact-check is kept with its publisher (name and site), address, date, language and rating text; the rating is placed on the workspace's scale only where that is clear " +
      "(its label is a level's, or its value on its stated scale lands on one), and kept as text otherwise. `reviews` lists every review found with what became of it: " +
      "imported, a duplicate (the workspace or the file holds its address already) or skipped (it cannot be read, with why). One transaction; a file with no review that can be imported " +
      "is refused (422, with what to fix in `fields.files`, such as \"no ClaimReview found in this page: it holds NewsArticle, BreadcrumbList\") and adds nothing.",
    role: "REVIEWER", upload: { field: "files", description: "One ClaimReview file (.json, .jsonld, .html or .htm)", minFiles: 1, maxFiles: 1, wholeBody: ["application/json", "application/ld+json"] }, response: imports.claimReviewImportResponse, status: 200,
    errors: { "413": "The file is over CLAIMBENCH_MAX_UPLOAD_BYTES.", "415": "The body is neither a multipart form nor JSON." },
  },
  {
    id: "clipArticle", method: "POST", path: "/workspaces/{slug}/articles/clip", tag: "Imports",
    summary: "Import a web page as the browser rendered it (what the Clip to Claimbench bookmarklet sends)",
    description: "The HTML goes through the same pipeline as an uploaded HTML file (scripts stripped, Readability, cleaning, the duplicate checks) and is kept as the article's capture (method CLIP). Answers 201 with the article as GET articles/{articleId} returns it, and `passage`: the selection located in the cleaned text. HTML over CLAIMBENCH_MAX_UPLOAD_BYTES answers 413.",
    role: "EDITOR", body: clipPageSchema, maxBodyBytes: CLIP_BODY_LIMIT,
    response: api.articleResponse.extend({ passage: clipPassageSchema.nullable().describe("Where the selection is in the article's text, to mark it as a claim; null without a selection, or when the cleaned text does not hold it.") }),
    status: 201,
    errors: {
      "409": "The workspace already holds this page (the same address or the same text): `error.current.id` is that article, and `error.current.passage` the selection located in it.",
      "422": "Not a web address (`error.fields.url`), or a page with no readable text or otherwise refused (`error.fields.html` says why).",
    },
  },
  {
    id: "importClaimReviewUrl", method: "POST", path: "/workspaces/{slug}/sources/claimreview/import-url", tag: "Imports",
    summary: "Add the fact-checks at an address (a fact-checker's article page, a feed or a JSON answer) as sources, with their ratings",
    description:
      "The server fetches the address as the article import by URL does (only public http(s) addresses, with limits on size and time), accepting HTML, " +
      "JSON (`application/json`, `application/ld+json`) and plain text, and reads what it received as an upload to POST sources/claimreview is read, HTML or JSON told by the content. " +
      "The answer is the upload's, with the address as given in `file`. One transaction.",
    role: "REVIEWER", body: importUrlSchema, response: imports.claimReviewImportResponse, status: 200,
    errors: { "422": "Not a web address, the address was refused or could not be read (a PDF, a private address, a 404...), or it holds no fact-check that can be imported: `error.fields.url` says why, and nothing is added." },
  },
  { id: "getJob", method: "GET", path: "/workspaces/{slug}/jobs/{jobId}", tag: "Imports", summary: "A job's state, progress and (for an import) each file's outcome; only its starter sees it", role: "VIEWER", response: imports.jobStatusResponse, status: 200 },
  {
    id: "downloadJobFile", method: "GET", path: "/workspaces/{slug}/jobs/{jobId}/file", tag: "Imports", summary: "The file a finished export job made",
    role: "VIEWER", raw: true, rawContent: exportContent(), status: 200, errors: { "409": "The job has not finished, or made no file." },
  },
] as const satisfies readonly ApiRouteDef[];
