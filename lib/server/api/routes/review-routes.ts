import * as api from "@/lib/schemas/api";
import { disagreementQuerySchema } from "@/lib/schemas/disagreements";
import { EXPORT_FORMAT_INFO, PDF_MAX_CLAIMS } from "@/lib/formats/export-format-info";
import { exportQuerySchema } from "@/lib/schemas/export";
import * as review from "@/lib/schemas/api-review";
import { createSourceSchema, sourceListQuerySchema, updateSourceSchema } from "@/lib/schemas/source";
import type { ApiRouteDef } from "../route-def";

// Review: evidence, verdicts, resolution, the queues, sources and reports. Part of the /api/v1 route list (../routes.ts).

/** The export's media types (parameters such as charset left out), each with the formats that use it. */
function exportContent(): Record<string, string> {
  const content: Record<string, string[]> = {};
  for (const [id, format] of Object.entries(EXPORT_FORMAT_INFO)) (content[format.contentType.split(";")[0]!] ??= []).push(`format=${id}: ${format.label}`);
  return Object.fromEntries(Object.entries(content).map(([type, formats]) => [type, formats.join("; ")]));
}

export const reviewRoutes = [
  { id: "listEvidence", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/evidence", tag: "Evidence", summary: "A claim's evidence, oldest first", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(api.evidenceResponse), status: 200 },
  { id: "createEvidence", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/evidence", tag: "Evidence", summary: "Link evidence: a passage of an article, an existing source, or a source described inline", role: "REVIEWER", body: api.apiEvidenceSchema, pathInBody: ["claimId"], response: api.createdEvidenceResponse, status: 201 },
  { id: "deleteEvidence", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/evidence/{evidenceId}", tag: "Evidence", summary: "Remove evidence (editors any, reviewers their own)", role: "REVIEWER", status: 204 },
  { id: "listVerdicts", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/verdicts", tag: "Verdicts", summary: "Verdicts on a claim, newest first, as blind review allows the caller to see them", role: "VIEWER", query: api.paginationSchema, response: api.verdictListResponse, status: 200 },
  { id: "recordVerdict", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/verdicts", tag: "Verdicts", summary: "Record the caller's verdict (verdicts are never changed or deleted: record a new one)", role: "REVIEWER", body: api.recordVerdictSchema, pathInBody: ["claimId"], response: api.recordedVerdictResponse, status: 201 },
  { id: "listImportedVerdicts", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/imported-verdicts", tag: "Verdicts", summary: "Verdicts that came in a workspace import, newest first (records of ratings made elsewhere; blind review applies)", role: "VIEWER", response: review.importedVerdictsResponse, status: 200 },
  { id: "getRatingScale", method: "GET", path: "/workspaces/{slug}/rating-scale", tag: "Review", summary: "The workspace's rating scale: each level's id (for verdicts and resolving), label, ordinal and colour", role: "VIEWER", response: review.ratingScaleResponse, status: 200 },
  { id: "listAssignments", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/assignments", tag: "Review", summary: "Who can be assigned the claim, and who is", role: "EDITOR", response: review.assignmentListResponse, status: 200 },
  { id: "assignReviewer", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/assignments", tag: "Review", summary: "Assign the claim to a reviewer (assigning someone twice changes nothing)", description: "The claim then waits in their queue (GET my-queue) until they record a verdict.", role: "EDITOR", body: review.assignReviewerSchema, pathInBody: ["claimId"], response: review.assignmentListResponse, status: 200 },
  { id: "unassignReviewer", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/assignments/{userId}", tag: "Review", summary: "Take the claim off a reviewer's queue", role: "EDITOR", status: 204, errors: { "404": "No such claim, or that member is not assigned it." } },
  { id: "listMyQueue", method: "GET", path: "/workspaces/{slug}/my-queue", tag: "Review", summary: "My queue: claims assigned to the caller that wait for their verdict, longest assigned first", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(review.queueItemResponse), status: 200 },
  { id: "getAgreement", method: "GET", path: "/workspaces/{slug}/agreement", tag: "Review", summary: "Agreement between reviewers: Cohen's and Fleiss' kappa, Krippendorff's alpha, as the review page shows them", role: "VIEWER", query: review.agreementQuerySchema, response: review.agreementResponse, status: 200 },
  { id: "listDisagreements", method: "GET", path: "/workspaces/{slug}/disagreements", tag: "Review", summary: "The disagreement queue: by severity, then longest waiting", role: "VIEWER", query: disagreementQuerySchema.omit({ page: true }).extend(api.paginationShape), response: api.pageOf(api.disagreementResponse), status: 200 },
  {
    id: "exportWorkspace", method: "GET", path: "/workspaces/{slug}/export", tag: "Reports",
    summary: "Download the claims in an export format, streamed as a file",
    description: "The scope is the claims list's filters (none: the whole workspace; article alone: one article). format=json is the whole workspace, lossless, and needs the editor role. The file comes as an attachment with Content-Disposition.",
    role: "VIEWER", query: exportQuerySchema, raw: true, rawContent: exportContent(), status: 200,
    errors: { "403": "The caller's role may not export this format (format=json needs the editor role).", "413": `A PDF report of more than ${PDF_MAX_CLAIMS} claims: narrow the scope or use CSV or Markdown.` },
  },
  { id: "listSources", method: "GET", path: "/workspaces/{slug}/sources", tag: "Sources", summary: "List sources, newest first, searching title, publisher and address", role: "VIEWER", query: sourceListQuerySchema.extend(api.paginationShape), response: api.pageOf(api.sourceResponse), status: 200 },
  { id: "createSource", method: "POST", path: "/workspaces/{slug}/sources", tag: "Sources", summary: "Add an external source", role: "REVIEWER", body: createSourceSchema, response: api.sourceResponse, status: 201 },
  { id: "getSource", method: "GET", path: "/workspaces/{slug}/sources/{sourceId}", tag: "Sources", summary: "A source", role: "VIEWER", response: api.sourceResponse, status: 200 },
  { id: "updateSource", method: "PUT", path: "/workspaces/{slug}/sources/{sourceId}", tag: "Sources", summary: "Save all of an external source's fields, with the version read", role: "EDITOR", body: updateSourceSchema, pathInBody: ["sourceId"], response: api.sourceResponse, status: 200 },
] as const satisfies readonly ApiRouteDef[];
