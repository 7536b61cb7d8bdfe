import { z } from "zod";
import type { Role } from "@/lib/domain/roles";
import type { UploadSpec } from "@/lib/server/http/upload-request";
import * as api from "@/lib/schemas/api";
import { articleListQuerySchema, articlePatchSchema, createArticleSchema } from "@/lib/schemas/article";
import { apiCreateClaimSchema, claimListQuerySchema, claimPatchSchema } from "@/lib/schemas/claim";
import { disagreementQuerySchema } from "@/lib/schemas/disagreements";
import { EXPORT_FORMAT_INFO, PDF_MAX_CLAIMS } from "@/lib/formats/export-format-info";
import { exportQuerySchema } from "@/lib/schemas/export";
import { apiArticleUploadFieldsSchema, MAX_FILES_PER_UPLOAD } from "@/lib/schemas/article-import";
import * as imports from "@/lib/schemas/api-imports";
import * as review from "@/lib/schemas/api-review";
import { claimBulkResponse, claimBulkSchema, claimTableQuerySchema, claimTableResponse } from "@/lib/schemas/claim-table";
import { createSourceSchema, sourceListQuerySchema, updateSourceSchema } from "@/lib/schemas/source";
import * as members from "@/lib/schemas/members";
import * as workspaceSettings from "@/lib/schemas/workspace";
import { importUrlSchema, importUrlsSchema, MAX_URLS_PER_IMPORT } from "@/lib/schemas/url-import";
import * as sourceChecks from "@/lib/schemas/source-check";
import { clipPageSchema, clipPassageSchema } from "@/lib/schemas/clip";
import { maxUploadBytes } from "@/lib/uploads";
import * as captures from "@/lib/schemas/captures";
import { claimMatchesQuerySchema, claimMatchesResponse } from "@/lib/schemas/claim-matches";
import * as links from "@/lib/schemas/claim-links";
import { eventStreamQuerySchema } from "@/lib/schemas/live-events";
import { LIVE_EVENT_NAMES } from "@/lib/domain/live-events";
import * as comments from "@/lib/schemas/comment";
import * as presence from "@/lib/schemas/presence";
import { publishInputSchema } from "@/lib/schemas/publication";
import * as publication from "@/lib/schemas/api-publication";
import * as notifications from "@/lib/schemas/notifications";

// The route list of /api/v1: one entry per path and method, with its minimum role and schemas.
// Route handlers take their entry (this list), the OpenAPI document is generated from it
// (lib/server/api/openapi.ts), and tests check that the route files under app/api/v1 and this list agree
// and run the authorisation matrix over it. A new endpoint starts with an entry here.

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRouteDef {
  id: string;
  method: Method;
  /** Under /api/v1, with {placeholders} named as the route folders' [segments]. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The smallest role that may call it at all; lib/data may refuse finer cases (own claims only…). */
  role: Role;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Path placeholders copied into the body before parsing, for form schemas that carry the id. */
  pathInBody?: readonly string[];
  /** Request headers the endpoint reads, for the document. */
  headers?: Record<string, { required: boolean; description: string }>;
  response?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  /** A multipart upload instead of a JSON body (lib/server/http/upload-request.ts reads it, under the app's upload limits). */
  upload?: UploadDef;
  maxBodyBytes?: number;
  /** The handler answers with its own Response (streams, files); `response` may then be left out. */
  raw?: boolean;
  /** For a raw route: the media types it may answer with, and what each holds (for the document). */
  rawContent?: Record<string, string>;
  /** Error statuses particular to this route, with when they happen. */
  errors?: Record<string, string>;
  /**
   * About the caller's account, not one workspace (no {slug}): any signed-in user may call it with their
   * session; an API token, which belongs to one workspace, is refused (403). `role` is then unused.
   */
  account?: true;
}

export interface UploadDef extends UploadSpec {
  /** What the files are, for the document. */
  description: string;
  minFiles: 1;
}

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

const routes = [
  { id: "getWorkspace", method: "GET", path: "/workspaces/{slug}", tag: "Workspaces", summary: "The workspace and the caller's role in it", role: "VIEWER", response: api.workspaceResponse, status: 200 },
  { id: "getWorkspaceSettings", method: "GET", path: "/workspaces/{slug}/settings", tag: "Workspaces", summary: "The workspace's settings (owners): name, description, organisation, blind review and the recurring check for changes", role: "OWNER", response: workspaceSettings.workspaceSettingsResponse, status: 200 },
  {
    id: "updateWorkspaceSettings", method: "PATCH", path: "/workspaces/{slug}/settings", tag: "Workspaces", summary: "Change some of the workspace's settings (owners); the others stay as they are",
    description: "Send the version read from GET settings with the fields to change: another version answers 409 with the settings as they now are. sourceCheckHours turns the recurring check of web articles for changes on (6, 24 or 168 hours) or off (null).",
    role: "OWNER", body: workspaceSettings.workspaceSettingsPatchSchema, response: workspaceSettings.workspaceSettingsResponse, status: 200,
    errors: { "409": "Someone saved the settings since the version sent; nothing was changed (`current` holds the settings now)." },
  },

  { id: "listArticles", method: "GET", path: "/workspaces/{slug}/articles", tag: "Articles", summary: "List articles, searching title, publisher and author", role: "VIEWER", query: articleListQuerySchema.extend(api.paginationShape), response: api.pageOf(api.articleSummaryResponse), status: 200 },
  { id: "createArticle", method: "POST", path: "/workspaces/{slug}/articles", tag: "Articles", summary: "Add an article from its plain text and metadata", description: "The same text twice in a workspace is a 409.", role: "EDITOR", body: createArticleSchema, response: api.createdArticleResponse, status: 201, maxBodyBytes: ARTICLE_BODY_LIMIT },
  { id: "getArticle", method: "GET", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "An article with its text", role: "VIEWER", response: api.articleResponse, status: 200 },
  { id: "updateArticle", method: "PATCH", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "Replace the text (claims and evidence on it are re-anchored) and/or set the language (search and figure suggestions follow it)", description: "Send the version you read; a newer one answers 409. After a text change the answer counts how each claim was found again. A language that is not a BCP-47 tag answers 422.", role: "EDITOR", body: articlePatchSchema, pathInBody: ["articleId"], response: api.articleUpdateResponse, status: 200, maxBodyBytes: ARTICLE_BODY_LIMIT },
  { id: "deleteArticle", method: "DELETE", path: "/workspaces/{slug}/articles/{articleId}", tag: "Articles", summary: "Delete an article nothing depends on (or, as an owner, with ?force=true, with its claims and evidence)", role: "EDITOR", query: api.forceQuerySchema, response: api.deletedArticleResponse, status: 200 },

  { id: "listClaims", method: "GET", path: "/workspaces/{slug}/claims", tag: "Claims", summary: "List claims with the claims list's filters and search", role: "VIEWER", query: claimListQuerySchema.omit({ page: true }).extend(api.paginationShape), response: api.pageOf(api.claimResponse), status: 200 },
  { id: "listClaimTable", method: "GET", path: "/workspaces/{slug}/claims/table", tag: "Claims", summary: "The claims table: the list's filters, sorted by any column, with ratings, assignees and evidence counts", description: "sort=rating:<reviewer id> sorts by that reviewer's current rating as blind review lets the caller see it. Claims without a value in the column come last in either direction.", role: "VIEWER", query: claimTableQuerySchema.extend(api.paginationShape), response: claimTableResponse, status: 200 },
  {
    id: "bulkClaims", method: "POST", path: "/workspaces/{slug}/claims/bulk", tag: "Claims",
    summary: "Assign, resolve or reopen many claims at once: all of them, or none",
    description: "Send each claim with the version you read. One transaction: when any claim was changed since (another version), is not in the workspace, or is in a state the action does not apply to, nothing is written and the 409 lists every claim's outcome in `error.current.results`. Each claim changed gets its own history entry.",
    role: "EDITOR", body: claimBulkSchema, response: claimBulkResponse, status: 200,
    errors: { "409": "A claim was changed since it was read, is missing, or the action does not apply to it; nothing was written (`current.results` says which)." },
  },
  { id: "createClaim", method: "POST", path: "/workspaces/{slug}/claims", tag: "Claims", summary: "Mark a claim by offsets ({start, end}) or by quote ({exact, prefix?, suffix?})", role: "REVIEWER", body: apiCreateClaimSchema, response: api.claimResponse, status: 201 },
  { id: "getClaim", method: "GET", path: "/workspaces/{slug}/claims/{claimId}", tag: "Claims", summary: "A claim (its version is also the ETag)", role: "VIEWER", response: api.claimResponse, status: 200 },
  { id: "updateClaim", method: "PATCH", path: "/workspaces/{slug}/claims/{claimId}", tag: "Claims", summary: "Change some of a claim's fields", description: "Reviewers change the claims they marked, editors any. Fields left out keep their values; an empty string clears an optional one.", role: "REVIEWER", body: claimPatchSchema, headers: { "If-Match": { required: true, description: "The claim's version as read (its ETag). Another version answers 409." } }, response: api.claimResponse, status: 200 },
  { id: "changeClaimStatus", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/status", tag: "Claims", summary: "Resolve a claim with a final rating, or reopen it", role: "EDITOR", body: api.claimStatusChangeSchema, pathInBody: ["claimId"], response: api.claimStatusResponse, status: 200 },
  {
    id: "resolveClaimAsIn", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/resolve-as-in", tag: "Claims",
    summary: "Resolve a claim as in a resolved claim of its \"same claim\" group: its final rating is copied, with a note naming it",
    description: "Send this claim's version as read, and `asIn`, a resolved claim linked to this one (directly or through others). `note` adds words of your own after the generated note. The same checks as any resolution apply.",
    role: "EDITOR", body: links.resolveAsInBodySchema, response: api.claimStatusResponse, status: 200,
    errors: { "409": "This claim changed since it was read or is resolved already, or the claim named in `asIn` is no longer resolved (`current.asIn` shows it as it is now).", "422": "`asIn` is this claim, not in the workspace, or not in this claim's group." },
  },
  {
    id: "getClaimPublication", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "The claim's public fact-check as the desk sees it: its state, public URL, dates and correction log",
    role: "VIEWER", response: publication.claimPublicationResponse, status: 200,
    errors: { "404": "No such claim, or it has never been published." },
  },
  {
    id: "publishClaim", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "Publish a resolved claim as a public fact-check, or republish it (same URL)",
    description:
      "Editors and above; the claim must be resolved. Send `{}` for the defaults: the headline made from the statement, the resolution note as the summary, and every piece of evidence a reader can follow " +
      "(a source with a public http(s) address, or an article of the workspace with one). `evidenceIds` chooses among the claim's evidence. Answers 201 both times, with `republished` saying which: " +
      "republishing keeps the id and URL and adds a dated line to the public correction log when a reader would see a change (\"Rating changed from Mostly true to Mixed\"). Audited.",
    role: "EDITOR", body: publishInputSchema, response: publication.publishedResponse, status: 201,
    errors: {
      "409": "The claim is not resolved; or it was reopened after it was published (resolve it again before republishing: its page meanwhile shows the last published verdict, marked under review again).",
      "422": "An `evidenceIds` entry is not the claim's evidence or cannot be cited (named, with why), or there is no summary and no resolution note to use.",
    },
  },
  {
    id: "unpublishClaim", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "Unpublish the claim's fact-check: its public URL answers 410 Gone until it is published again",
    role: "EDITOR", status: 204, errors: { "404": "No such claim, or it is not published." },
  },
  { id: "getClaimGroup", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/group", tag: "Claims", summary: "The claim's \"same claim\" group: the claims linked to it, directly or through others", role: "VIEWER", response: links.claimGroupResponse, status: 200 },
  {
    id: "linkClaim", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/links", tag: "Claims",
    summary: "Link another claim (`claimId` in the body) as the same claim as this one; their groups join",
    description: "Reviewers and above. Recorded in both claims' history. A dismissal of the pair (\"not the same\") is withdrawn.",
    role: "REVIEWER", body: links.linkClaimBodySchema, response: links.linkResponse, status: 201,
    errors: { "409": "The two claims are linked already, or in one group through others.", "422": "The other claim is this one, or not in this workspace (`fields.claimId`)." },
  },
  { id: "unlinkClaim", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/links/{otherId}", tag: "Claims", summary: "Unlink two claims: their group splits unless other links hold it together", description: "Reviewers and above; recorded in both claims' history.", role: "REVIEWER", status: 204, errors: { "404": "No such claim, or the two claims are not linked directly." } },
  {
    id: "dismissMatch", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/dismissed-matches", tag: "Claims",
    summary: "Record that a suggested claim (`claimId` in the body) is not the same claim as this one: it is no longer offered as a match",
    description: "Reviewers and above; recorded in both claims' history. Dismissing a pair twice changes nothing.",
    role: "REVIEWER", body: links.dismissMatchBodySchema, response: links.dismissalResponse, status: 201,
    errors: { "422": "The other claim is this one, or not in this workspace (`fields.claimId`)." },
  },

  {
    id: "listClaimMatches", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/matches", tag: "Claims",
    summary: "Has this been checked before? The workspace's claims and imported fact-checks that say the same, best first",
    description:
      "Each item has a score (0–1) and its reasons in words: similar wording (trigram and full-text similarity), the same quantity with a compatible value " +
      "(across languages where the counted noun is in the shared vocabulary and both name the year), the same claimant. A different figure on the same quantity " +
      "is listed below the others as \"same topic, different figure\". Claims show their status and final rating, never a reviewer's verdict, so blind review hides " +
      "through a match nothing it hides on the claim's page. Outside fact-checks (ClaimReview sources) show their publisher, address and rating.",
    role: "VIEWER", query: claimMatchesQuerySchema, response: claimMatchesResponse, status: 200,
  },
  { id: "listEvidence", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/evidence", tag: "Evidence", summary: "A claim's evidence, oldest first", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(api.evidenceResponse), status: 200 },
  { id: "createEvidence", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/evidence", tag: "Evidence", summary: "Link evidence: a passage of an article, an existing source, or a source described inline", role: "REVIEWER", body: api.apiEvidenceSchema, pathInBody: ["claimId"], response: api.createdEvidenceResponse, status: 201 },
  { id: "deleteEvidence", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/evidence/{evidenceId}", tag: "Evidence", summary: "Remove evidence (editors any, reviewers their own)", role: "REVIEWER", status: 204 },

  { id: "listComments", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/comments", tag: "Comments", summary: "A claim's discussion, oldest first, as blind review allows the caller to see it", description: "The whole thread (threads are short, so it is not paged). Replies carry parentId. Under blind review a reviewer who has not rated the claim does not get other reviewers' comments (nor replies to them); hiddenCount says how many.", role: "VIEWER", response: comments.commentThreadResponse, status: 200 },
  { id: "createComment", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/comments", tag: "Comments", summary: "Comment on a claim, or reply to one of its comments (parentId)", description: "Plain text of up to 5,000 characters. `@` followed by a member's name or email local part mentions them; the answer lists the ids of the members mentioned.", role: "REVIEWER", body: comments.createCommentSchema, pathInBody: ["claimId"], response: comments.savedCommentResponse, status: 201 },
  { id: "updateComment", method: "PATCH", path: "/workspaces/{slug}/claims/{claimId}/comments/{commentId}", tag: "Comments", summary: "Change the text of one's own comment (shown as edited)", role: "REVIEWER", body: comments.apiEditCommentSchema, headers: { "If-Match": { required: true, description: "The comment's version as read. Another version answers 409." } }, response: comments.savedCommentResponse, status: 200 },
  { id: "deleteComment", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/comments/{commentId}", tag: "Comments", summary: "Delete a comment (the author, or an owner): a tombstone stays and replies keep their place", role: "REVIEWER", headers: { "If-Match": { required: true, description: "The comment's version as read. Another version answers 409." } }, status: 204 },

  { id: "listVerdicts", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/verdicts", tag: "Verdicts", summary: "Verdicts on a claim, newest first, as blind review allows the caller to see them", role: "VIEWER", query: api.paginationSchema, response: api.verdictListResponse, status: 200 },
  { id: "recordVerdict", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/verdicts", tag: "Verdicts", summary: "Record the caller's verdict (verdicts are never changed or deleted: record a new one)", role: "REVIEWER", body: api.recordVerdictSchema, pathInBody: ["claimId"], response: api.recordedVerdictResponse, status: 201 },

  { id: "listSources", method: "GET", path: "/workspaces/{slug}/sources", tag: "Sources", summary: "List sources, newest first, searching title, publisher and address", role: "VIEWER", query: sourceListQuerySchema.extend(api.paginationShape), response: api.pageOf(api.sourceResponse), status: 200 },
  { id: "createSource", method: "POST", path: "/workspaces/{slug}/sources", tag: "Sources", summary: "Add an external source", role: "REVIEWER", body: createSourceSchema, response: api.sourceResponse, status: 201 },
  { id: "getSource", method: "GET", path: "/workspaces/{slug}/sources/{sourceId}", tag: "Sources", summary: "A source", role: "VIEWER", response: api.sourceResponse, status: 200 },
  { id: "updateSource", method: "PUT", path: "/workspaces/{slug}/sources/{sourceId}", tag: "Sources", summary: "Save all of an external source's fields, with the version read", role: "EDITOR", body: updateSourceSchema, pathInBody: ["sourceId"], response: api.sourceResponse, status: 200 },

  {
    id: "exportWorkspace", method: "GET", path: "/workspaces/{slug}/export", tag: "Reports",
    summary: "Download the claims in an export format, streamed as a file",
    description: "The scope is the claims list's filters (none: the whole workspace; article alone: one article). format=json is the whole workspace, lossless, and needs the editor role. The file comes as an attachment with Content-Disposition.",
    role: "VIEWER", query: exportQuerySchema, raw: true, rawContent: exportContent(), status: 200,
    errors: { "403": "The caller's role may not export this format (format=json needs the editor role).", "413": `A PDF report of more than ${PDF_MAX_CLAIMS} claims: narrow the scope or use CSV or Markdown.` },
  },

  { id: "getRatingScale", method: "GET", path: "/workspaces/{slug}/rating-scale", tag: "Review", summary: "The workspace's rating scale: each level's id (for verdicts and resolving), label, ordinal and colour", role: "VIEWER", response: review.ratingScaleResponse, status: 200 },
  { id: "listMembers", method: "GET", path: "/workspaces/{slug}/members", tag: "Workspaces", summary: "The members by name, with their roles (and emails, for an owner)", role: "VIEWER", response: review.memberListResponse, status: 200 },

  { id: "listAssignments", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/assignments", tag: "Review", summary: "Who can be assigned the claim, and who is", role: "EDITOR", response: review.assignmentListResponse, status: 200 },
  { id: "assignReviewer", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/assignments", tag: "Review", summary: "Assign the claim to a reviewer (assigning someone twice changes nothing)", description: "The claim then waits in their queue (GET my-queue) until they record a verdict.", role: "EDITOR", body: review.assignReviewerSchema, pathInBody: ["claimId"], response: review.assignmentListResponse, status: 200 },
  { id: "unassignReviewer", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/assignments/{userId}", tag: "Review", summary: "Take the claim off a reviewer's queue", role: "EDITOR", status: 204, errors: { "404": "No such claim, or that member is not assigned it." } },
  { id: "listMyQueue", method: "GET", path: "/workspaces/{slug}/my-queue", tag: "Review", summary: "My queue: claims assigned to the caller that wait for their verdict, longest assigned first", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(review.queueItemResponse), status: 200 },
  { id: "getClaimHistory", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/history", tag: "Claims", summary: "The claim's history, oldest first, as its page shows it (blind review applied)", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(review.historyEventResponse), status: 200 },
  { id: "listImportedVerdicts", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/imported-verdicts", tag: "Verdicts", summary: "Verdicts that came in a workspace import, newest first (records of ratings made elsewhere; blind review applies)", role: "VIEWER", response: review.importedVerdictsResponse, status: 200 },
  { id: "getAgreement", method: "GET", path: "/workspaces/{slug}/agreement", tag: "Review", summary: "Agreement between reviewers: Cohen's and Fleiss' kappa, Krippendorff's alpha, as the review page shows them", role: "VIEWER", query: review.agreementQuerySchema, response: review.agreementResponse, status: 200 },

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

  {
    id: "createWorkspace", method: "POST", path: "/workspaces", tag: "Workspaces", summary: "Start a workspace; the caller becomes its owner and only member",
    description: "With the session of a signed-in user. The slug is made from the name when left out (the first free one); a slug chosen and taken answers 409 with a `slug` field error.",
    role: "VIEWER", account: true, body: members.createWorkspaceSchema, response: members.createdWorkspaceResponse, status: 201,
  },
  { id: "listInvitations", method: "GET", path: "/workspaces/{slug}/invitations", tag: "Members", summary: "The workspace's invitations, newest first, each with its state", role: "OWNER", response: members.invitationListResponse, status: 200 },
  {
    id: "createInvitation", method: "POST", path: "/workspaces/{slug}/invitations", tag: "Members", summary: "Invite an address with a role: the answer holds the single-use link",
    description: "The link works once, for 7 days, and is shown only in this answer (with SMTP settings on the server it is also mailed). A newer invitation of the same address withdraws the older one. An address that is a member already answers 409, naming them.",
    role: "OWNER", body: members.createInvitationSchema, response: members.createdInvitationResponse, status: 201,
  },
  { id: "revokeInvitation", method: "DELETE", path: "/workspaces/{slug}/invitations/{invitationId}", tag: "Members", summary: "Withdraw an invitation: its link stops working", role: "OWNER", response: members.invitationResponse, status: 200, errors: { "409": "It has been accepted: remove the member instead." } },
  {
    id: "changeMemberRole", method: "PATCH", path: "/workspaces/{slug}/members/{userId}", tag: "Members", summary: "Change a member's role",
    description: "Send the member's version as read (GET members) to be sure nobody changed them meanwhile: another answers 409 with the role as it now is. The workspace's last owner cannot be demoted (409 with the reason).",
    role: "OWNER", body: members.changeMemberRoleSchema, pathInBody: ["userId"], response: members.changedMemberResponse, status: 200,
  },
  {
    id: "removeMember", method: "DELETE", path: "/workspaces/{slug}/members/{userId}", tag: "Members", summary: "Remove a member: their work stays, in their name; their API tokens for this workspace are revoked at once",
    description: "The last owner cannot be removed, nor leave (409 with the reason).",
    role: "OWNER", response: members.removedMemberResponse, status: 200,
  },
  {
    id: "leaveWorkspace", method: "DELETE", path: "/workspaces/{slug}/membership", tag: "Members", summary: "Leave the workspace: the caller's own membership ends; their work stays, in their name",
    description: "With a session, or a token of this workspace (which is revoked with the caller's other tokens here). The answer counts what was revoked. The last owner cannot leave (409 with the reason).",
    role: "VIEWER", response: members.leftWorkspaceResponse, status: 200,
  },

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
    id: "streamEvents", method: "GET", path: "/workspaces/{slug}/events", tag: "Workspaces",
    summary: "What changes in the workspace, as it happens (Server-Sent Events)",
    description:
      `A text/event-stream that stays open. Each event has an \`id\`, an \`event\` name (${LIVE_EVENT_NAMES.join(", ")}) and a \`data\` line of JSON with ids only ` +
      "(claimId, articleId, entityId, actorId, reviewerId), never content: read what changed through the other endpoints. Events are filtered for the caller as those endpoints are: " +
      "under blind review, a reviewer who has not rated a claim gets `verdict.recorded` as `{ claimId, rated: true }` (no reviewer, no rating) and no disagreement changes of it. " +
      "A comment line comes every CLAIMBENCH_EVENT_HEARTBEAT_SECONDS (15) to keep proxies from closing the stream. Reconnect with the Last-Event-ID header (EventSource sends it itself) " +
      "or ?lastEventId= to receive exactly what was missed, in order; when that is older than CLAIMBENCH_EVENT_RETENTION_MINUTES (15), or after the server lost its database connection, " +
      "or when the client reads too slowly, a `resync` event says to reload what is shown. A member removed from the workspace, or a revoked token, loses the stream within seconds.",
    role: "VIEWER", query: eventStreamQuerySchema, raw: true, rawContent: { "text/event-stream": "Server-Sent Events: id, event and data (JSON) lines; comment lines as heartbeats" }, status: 200,
    headers: { "Last-Event-ID": { required: false, description: "The id of the last event received: what came after it is sent first." } },
    errors: { "422": "Last-Event-ID (or lastEventId) is not an event id." },
  },
  {
    id: "listPresence", method: "GET", path: "/workspaces/{slug}/presence", tag: "Workspaces",
    summary: "Who has an article or claim page open now, longest there first",
    description: "People whose page sent a heartbeat in the last 30 seconds and who are still members of the workspace, the caller included. Re-read it on each `presence` event of the page (its articleId or claimId).",
    role: "VIEWER", query: presence.presencePageSchema, response: presence.presenceListResponse, status: 200,
  },
  {
    id: "heartbeatPresence", method: "POST", path: "/workspaces/{slug}/presence", tag: "Workspaces",
    summary: "Say that the caller has a page open (every ~10 s while it is visible), reading or editing",
    description: "A row not refreshed for 30 seconds is no longer shown. When someone arrives, changes activity or is dropped as stale, a `presence` event names the page; a heartbeat that changes nothing records none. `changed` says which it was.",
    role: "VIEWER", body: presence.presenceHeartbeatSchema, response: presence.presenceChangeResponse, status: 200,
  },
  {
    id: "leavePresence", method: "POST", path: "/workspaces/{slug}/presence/leave", tag: "Workspaces",
    summary: "Say that the caller closed a page (navigator.sendBeacon on pagehide): others drop them at once",
    role: "VIEWER", body: presence.presencePageSchema, response: presence.presenceChangeResponse, status: 200,
  },
  {
    id: "listNotifications", method: "GET", path: "/workspaces/{slug}/notifications", tag: "Notifications",
    summary: "The caller's notifications in the workspace, newest first (the bell)",
    description: "Claims assigned to the caller, mentions, replies in threads they wrote in, and claims of theirs reopened or disputed by a reviewer split; never of their own actions. " +
      "Under blind review a notification about something the caller may not see yet (another reviewer's comment, a split) is listed once they have rated the claim. A `notification` event on the events stream, sent to the recipient only, says when to read again.",
    role: "VIEWER", query: notifications.notificationListQuerySchema, response: notifications.notificationListResponse, status: 200,
  },
  {
    id: "markNotificationsRead", method: "POST", path: "/workspaces/{slug}/notifications/read", tag: "Notifications",
    summary: "Mark notifications read: { ids } or { all: true }",
    description: "Naming a notification that is not the caller's in this workspace refuses the whole request (404) and marks nothing.",
    role: "VIEWER", body: notifications.markNotificationsReadSchema, response: notifications.markNotificationsReadResponse, status: 200,
  },
  {
    id: "getNotificationPreferences", method: "GET", path: "/me/notification-preferences", tag: "Notifications",
    summary: "The caller's notification choices, the same in all their workspaces",
    role: "VIEWER", account: true, response: notifications.notificationPreferencesResponse, status: 200,
  },
  {
    id: "updateNotificationPreferences", method: "PUT", path: "/me/notification-preferences", tag: "Notifications",
    summary: "Switch kinds of notification off (mutedKinds) and the daily digest by mail on or off",
    description: "With the session of a signed-in user. The daily digest can be switched on only where the server mails (CLAIMBENCH_SMTP_URL); elsewhere it answers 422.",
    role: "VIEWER", account: true, body: notifications.notificationPreferencesSchema, response: notifications.notificationPreferencesResponse, status: 200,
  },
  { id: "listDisagreements", method: "GET", path: "/workspaces/{slug}/disagreements", tag: "Review", summary: "The disagreement queue: by severity, then longest waiting", role: "VIEWER", query: disagreementQuerySchema.omit({ page: true }).extend(api.paginationShape), response: api.pageOf(api.disagreementResponse), status: 200 },
] as const satisfies readonly ApiRouteDef[];

export type RouteId = (typeof routes)[number]["id"];
export const API_ROUTES: readonly ApiRouteDef[] = routes;

/** Methods a path refuses on purpose with 405 (verdicts are append-only). */
export const REFUSED_METHODS: readonly { path: string; methods: readonly Method[]; reason: string }[] = [
  { path: "/workspaces/{slug}/claims/{claimId}/verdicts", methods: ["PUT", "PATCH", "DELETE"], reason: "Verdicts are append-only: record a new verdict to change your rating." },
];

export function apiRoute<const I extends RouteId>(id: I): Extract<(typeof routes)[number], { id: I }> {
  const found = routes.find((route) => route.id === id);
  if (!found) throw new Error(`No API route ${id}`);
  return found as Extract<(typeof routes)[number], { id: I }>;
}
