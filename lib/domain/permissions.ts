// Every "may this member do this" of the workspace, answered once. lib/data asks these functions to
// enforce (AppError FORBIDDEN when they say no), and pages ask the same ones to decide which controls to
// show, so a page cannot offer what the server refuses (a claim's creator demoted to viewer once saw an
// edit control that the server turned down: the reader and the claim page each had their own rule).
//
// Roles are ordered (roles.ts): each can do everything the ones before it can. A rule that depends on the
// role alone is a minimum role in MINIMUM_ROLE, whose entry lib/data passes to requireWorkspaceRole (so
// the refusal names the role that is needed); a rule that also depends on the thing acted on (whose claim
// it is, whether the member has rated it) is a function of both.
import { exportPhrase, refusalText, ROLE_ACTION_PHRASES } from "./refusal-text";
import { hasRole, ROLES, type Role } from "./roles";
import type { ExportFormatId } from "./vocabulary";

export { canSeeMemberEmails } from "./roles";

/** Who is acting: their user id and their role in the workspace. */
export interface Member {
  id: string;
  role: Role;
}

/** The smallest role for each action that depends on nothing but the role. */
export const MINIMUM_ROLE = {
  /** Read everything of the workspace that blind review does not hide. */
  read: "VIEWER",
  /** Mark a claim on an article; dismiss a suggested figure. */
  markClaim: "REVIEWER",
  /** Link evidence, or add an external source or a fact-check to link. */
  addEvidence: "REVIEWER",
  recordVerdict: "REVIEWER",
  /** Link two claims as the same claim, unlink them, or dismiss a suggested match as not the same. */
  linkClaims: "REVIEWER",
  /**
   * Write in a claim's discussion, and edit or delete one's own comments. Reviewers and above: a comment
   * is part of the desk's judgement of the claim, which viewers read but do not make.
   */
  comment: "REVIEWER",
  /** Delete any member's comment (moderation; a tombstone stays). Owners only. */
  moderateComments: "OWNER",
  /** Edit, re-attach and delete any member's claims, rated or not; remove any member's evidence. */
  editOthersWork: "EDITOR",
  /** Resolve a claim with a final rating, or reopen it. */
  resolveClaim: "EDITOR",
  /** Publish a resolved claim as a public fact-check, republish it, unpublish it (issue 19). */
  publishClaim: "EDITOR",
  assignReviewers: "EDITOR",
  /** Import articles, edit or restore their text, delete them. */
  editArticles: "EDITOR",
  /** Edit an external source's fields. */
  editSources: "EDITOR",
  /** Settings: the rating scale, blind review, API tokens. */
  manageWorkspace: "OWNER",
  /** Invite people, change members' roles, remove members, make password links for them. */
  manageMembers: "OWNER",
  /** Delete an article together with the claims and evidence on it. */
  forceDeleteArticle: "OWNER",
} as const satisfies Record<string, Role>;
export type RoleAction = keyof typeof MINIMUM_ROLE;

/** Whether the role may do an action that depends on nothing else. */
export function can(role: Role, action: RoleAction): boolean {
  return hasRole(role, MINIMUM_ROLE[action]);
}

export const canMarkClaim = (role: Role) => can(role, "markClaim");
export const canAddEvidence = (role: Role) => can(role, "addEvidence");
export const canRecordVerdict = (role: Role) => can(role, "recordVerdict");
export const canLinkClaims = (role: Role) => can(role, "linkClaims");
export const canResolveClaim = (role: Role) => can(role, "resolveClaim");
export const canPublishClaim = (role: Role) => can(role, "publishClaim");
export const canAssignReviewers = (role: Role) => can(role, "assignReviewers");
export const canEditArticles = (role: Role) => can(role, "editArticles");
export const canEditSources = (role: Role) => can(role, "editSources");
export const canManageWorkspace = (role: Role) => can(role, "manageWorkspace");
export const canForceDeleteArticle = (role: Role) => can(role, "forceDeleteArticle");
export const canManageMembers = (role: Role) => can(role, "manageMembers");

/**
 * An owner may make a password link for a member only when every workspace of that member is one the
 * owner owns too: the new password opens all of the member's workspaces, and the owner of one desk
 * must not get into another desk's through a colleague's account. Otherwise the member changes their
 * password themselves, on their account page.
 */
export function canResetMemberPassword({ actorOwns, memberIn }: { actorOwns: readonly string[]; memberIn: readonly string[] }): boolean {
  const owned = new Set(actorOwns);
  return memberIn.every((workspaceId) => owned.has(workspaceId));
}

/** Members a claim can be assigned to: those who can record a verdict, which is what an assignment asks for. */
export const canBeAssigned = canRecordVerdict;

/** The roles of which `rule` holds: for queries that filter memberships by role. */
export function rolesThat(rule: (role: Role) => boolean): Role[] {
  return ROLES.filter(rule);
}

/**
 * Editors edit any claim; reviewers the claims they marked. A creator who is now a viewer may not: the
 * role they held when they marked it is gone. Re-attaching an orphaned claim is editing it.
 */
export function canEditClaim(member: Member, claim: { createdById: string | null }): boolean {
  if (can(member.role, "editOthersWork")) return true;
  return can(member.role, "markClaim") && claim.createdById === member.id;
}

/** Deleting is editing, except that once anyone has rated the claim only an editor may delete it. */
export function canDeleteClaim(member: Member, claim: { createdById: string | null; hasVerdicts: boolean }): boolean {
  if (!canEditClaim(member, claim)) return false;
  return can(member.role, "editOthersWork") || !claim.hasVerdicts;
}

/** Editors remove any evidence; reviewers the evidence they added (not once demoted to viewer). */
export function canRemoveEvidence(member: Member, evidence: { createdById: string | null }): boolean {
  if (can(member.role, "editOthersWork")) return true;
  return can(member.role, "addEvidence") && evidence.createdById === member.id;
}

export const canComment = (role: Role) => can(role, "comment");

/** Only the author edits a comment, and only while they may still comment (not once demoted to viewer). */
export function canEditComment(member: Member, comment: { authorId: string | null }): boolean {
  return can(member.role, "comment") && comment.authorId === member.id;
}

/** The author deletes their own comment; owners delete any (moderation). */
export function canDeleteComment(member: Member, comment: { authorId: string | null }): boolean {
  return canEditComment(member, comment) || can(member.role, "moderateComments");
}

/**
 * Blind review keeps reviewers' judgements independent: a reviewer sees the others' verdicts on a
 * claim only once their own is recorded. Editors and owners see everything, because they resolve
 * disagreements. Viewers see everything too: they cannot record a verdict, so there is no
 * judgement of theirs to protect, and hiding would only stop them reading the desk's work.
 * The SQL that applies this to many claims at once is generated from this function
 * (lib/data/verdicts/verdict-visibility.ts) and tested against it.
 */
export function canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict }: { role: Role; blindReview: boolean; hasOwnVerdict: boolean }): boolean {
  if (!blindReview || role !== "REVIEWER") return true;
  return hasOwnVerdict;
}

/**
 * Whether blind review can hide anything from this member at all; when it can, what they see
 * depends on each claim (whether they rated it). Asked by queries that filter many claims at once.
 */
export function blindReviewMayHide({ role, blindReview }: { role: Role; blindReview: boolean }): boolean {
  return !canSeeOthersVerdicts({ role, blindReview, hasOwnVerdict: false });
}

/** One verdict (or what derives from it: who made a change that a verdict caused): one's own always. */
export function canSeeVerdict(reader: { role: Role; blindReview: boolean; hasOwnVerdict: boolean }, verdict: { isOwn: boolean }): boolean {
  return verdict.isOwn || canSeeOthersVerdicts(reader);
}

/**
 * The smallest role that may export each format. Every member may export the report formats, with what
 * they may see. The workspace JSON holds every reviewer's verdicts and the whole audit trail, which blind
 * review hides from reviewers: editors and owners only. (The job file of an export needs it too, so a
 * demoted editor loses their JSON file.)
 */
export const EXPORT_MINIMUM_ROLE: Record<ExportFormatId, Role> = {
  csv: "VIEWER",
  claimreview: "VIEWER",
  w3c: "VIEWER",
  markdown: "VIEWER",
  pdf: "VIEWER",
  json: "EDITOR",
};

export function canExport(role: Role, format: ExportFormatId): boolean {
  return hasRole(role, EXPORT_MINIMUM_ROLE[format]);
}

/** A background job's file is served only while its maker still holds the role that making it needed. */
export function canDownloadJobFile(role: Role, job: { requiredRole: Role }): boolean {
  return hasRole(role, job.requiredRole);
}

/** Everything a role check can refuse: an action of MINIMUM_ROLE, or exporting a format. */
export type PermissionAction = RoleAction | `export:${ExportFormatId}`;

// Checked here so that a new action cannot go without its words.
const PHRASES: Record<RoleAction, string> = ROLE_ACTION_PHRASES;

/** The smallest role an action needs. */
export function requiredRole(action: PermissionAction): Role {
  return action.startsWith("export:") ? EXPORT_MINIMUM_ROLE[action.slice(7) as ExportFormatId] : MINIMUM_ROLE[action as RoleAction];
}

/**
 * What someone holding `role` is told when `action` is refused: what they tried and which role it needs
 * ("You cannot export the whole workspace as JSON: that needs the editor role or above, and your role in
 * this workspace is viewer."). lib/data's role checks throw it as FORBIDDEN; every door answers it in the
 * one error shape.
 */
export function refusal(action: PermissionAction, role?: Role): string {
  const tried = action.startsWith("export:") ? exportPhrase(action.slice(7) as ExportFormatId) : PHRASES[action as RoleAction];
  return refusalText(tried, requiredRole(action), role);
}
