// Workspace roles, from least to most powerful. Each role can do everything the ones before it can.
export const ROLES = ["VIEWER", "REVIEWER", "EDITOR", "OWNER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  VIEWER: "Viewer",
  REVIEWER: "Reviewer",
  EDITOR: "Editor",
  OWNER: "Owner",
};

const ROLE_DUTIES: Record<Role, string> = {
  VIEWER: "read",
  REVIEWER: "add evidence and verdicts",
  EDITOR: "resolve, assign and edit claims",
  OWNER: "manage the workspace's settings and members",
};

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/** The sentence shown to someone whose role falls short. */
export function roleRequiredMessage(required: Role): string {
  return `Only ${ROLE_LABELS[required].toLowerCase()}s${required === "OWNER" ? "" : " and above"} can ${ROLE_DUTIES[required]}.`;
}

/**
 * Members' email addresses are for owners, who manage membership; everyone else sees names and roles.
 * (Emails are how people are matched across workspaces, so they are not every member's to collect.)
 */
export function canSeeMemberEmails(role: Role): boolean {
  return role === "OWNER";
}
