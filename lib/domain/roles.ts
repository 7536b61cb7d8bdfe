// Workspace roles, from least to most powerful. Each role can do everything the ones before it can.
export const ROLES = ["VIEWER", "REVIEWER", "EDITOR", "OWNER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  VIEWER: "Viewer",
  REVIEWER: "Reviewer",
  EDITOR: "Editor",
  OWNER: "Owner",
};

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

/**
 * Members' email addresses are for owners, who manage membership; everyone else sees names and roles.
 * (Emails are how people are matched across workspaces, so they are not every member's to collect.)
 */
export function canSeeMemberEmails(role: Role): boolean {
  return role === "OWNER";
}
