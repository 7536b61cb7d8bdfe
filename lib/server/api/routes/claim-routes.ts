import * as api from "@/lib/schemas/api";
import { apiCreateClaimSchema, claimListQuerySchema, claimPatchSchema } from "@/lib/schemas/claim";
import * as review from "@/lib/schemas/api-review";
import { claimBulkResponse, claimBulkSchema, claimTableQuerySchema, claimTableResponse } from "@/lib/schemas/claim-table";
import { claimMatchesQuerySchema, claimMatchesResponse } from "@/lib/schemas/claim-matches";
import * as links from "@/lib/schemas/claim-links";
import * as comments from "@/lib/schemas/comment";
import type { ApiRouteDef } from "../route-def";

// Claims: marking, the table, bulk changes, matches and same-claim groups, and their discussion. Part of the /api/v1 route list (../routes.ts).

export const claimRoutes = [
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
  { id: "getClaimHistory", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/history", tag: "Claims", summary: "The claim's history, oldest first, as its page shows it (blind review applied)", role: "VIEWER", query: api.paginationSchema, response: api.pageOf(review.historyEventResponse), status: 200 },
  { id: "listComments", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/comments", tag: "Comments", summary: "A claim's discussion, oldest first, as blind review allows the caller to see it", description: "The whole thread (threads are short, so it is not paged). Replies carry parentId. Under blind review a reviewer who has not rated the claim does not get other reviewers' comments (nor replies to them); hiddenCount says how many.", role: "VIEWER", response: comments.commentThreadResponse, status: 200 },
  { id: "createComment", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/comments", tag: "Comments", summary: "Comment on a claim, or reply to one of its comments (parentId)", description: "Plain text of up to 5,000 characters. `@` followed by a member's name or email local part mentions them; the answer lists the ids of the members mentioned.", role: "REVIEWER", body: comments.createCommentSchema, pathInBody: ["claimId"], response: comments.savedCommentResponse, status: 201 },
  { id: "updateComment", method: "PATCH", path: "/workspaces/{slug}/claims/{claimId}/comments/{commentId}", tag: "Comments", summary: "Change the text of one's own comment (shown as edited)", role: "REVIEWER", body: comments.apiEditCommentSchema, headers: { "If-Match": { required: true, description: "The comment's version as read. Another version answers 409." } }, response: comments.savedCommentResponse, status: 200 },
  { id: "deleteComment", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/comments/{commentId}", tag: "Comments", summary: "Delete a comment (the author, or an owner): a tombstone stays and replies keep their place", role: "REVIEWER", headers: { "If-Match": { required: true, description: "The comment's version as read. Another version answers 409." } }, status: 204 },
] as const satisfies readonly ApiRouteDef[];
