// What a refusal says: what the person tried and which role it needs, in the desk's words. The phrases
// are keyed by the actions of permissions.ts, whose `refusal` checks that every action has one.
import { ROLE_LABELS, type Role } from "./roles";
import type { ExportFormatId } from "./vocabulary";

/** "…you tried to <phrase>": one per action of MINIMUM_ROLE. */
export const ROLE_ACTION_PHRASES = {
  read: "read this workspace",
  markClaim: "mark a claim",
  addEvidence: "link evidence or add a source",
  recordVerdict: "record a verdict",
  linkClaims: "link claims as the same claim, unlink them or dismiss a match",
  comment: "comment on a claim",
  moderateComments: "delete another member's comment",
  editOthersWork: "edit or delete another member's claims and evidence",
  resolveClaim: "resolve or reopen a claim",
  publishClaim: "publish, republish or unpublish a fact-check",
  assignReviewers: "assign reviewers to a claim",
  editArticles: "import, edit or delete articles",
  editSources: "edit a source",
  manageWorkspace: "change the workspace's settings or API tokens",
  manageMembers: "invite, change or remove the workspace's members",
  forceDeleteArticle: "delete an article together with its claims and evidence",
} as const;

const EXPORT_PHRASES: Record<ExportFormatId, string> = {
  csv: "export claims as CSV",
  claimreview: "export ClaimReview JSON-LD",
  w3c: "export W3C Web Annotations",
  markdown: "export the Markdown report",
  pdf: "export the PDF report",
  json: "export the whole workspace as JSON",
};

export function exportPhrase(format: ExportFormatId): string {
  return EXPORT_PHRASES[format];
}

const roleName = (role: Role) => ROLE_LABELS[role].toLowerCase();

/**
 * The refusal: "You cannot export the workspace as JSON: that needs the editor role or above, and your
 * role in this workspace is viewer." Without `held` (the role is not known) the last clause is left out.
 */
export function refusalText(tried: string, required: Role, held?: Role): string {
  const needs = `that needs the ${roleName(required)} role${required === "OWNER" ? "" : " or above"}`;
  return `You cannot ${tried}: ${needs}${held ? `, and your role in this workspace is ${roleName(held)}` : ""}.`;
}
