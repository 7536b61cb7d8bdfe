import { ROLE_LABELS, type Role } from "./roles";

// The rule of membership changes that holds whoever asks (an owner in Settings, a script through the
// API): a workspace always keeps an owner. Who may change members at all is in permissions.ts.

/**
 * Why a change of a member's role, or their removal (`to` null), is refused for keeping the workspace
 * without an owner, or null when it may go ahead. `owners` counts the owners now, the member included.
 */
export function lastOwnerRefusal({ from, to, owners, isSelf }: { from: Role; to: Role | null; owners: number; isSelf: boolean }): string | null {
  if (from !== "OWNER" || to === "OWNER" || owners > 1) return null;
  const change = to === null ? (isSelf ? "leave" : "be removed") : `become ${ROLE_LABELS[to].toLowerCase()}`;
  const who = isSelf ? "You are" : "This member is";
  return `${who} the workspace's only owner and cannot ${change}: a workspace always keeps an owner. Make another member an owner first.`;
}
