import { canSeeComment } from "./comments";
import type { Role } from "./roles";

// Notifications (issue 18, "What people see" 6), as pure rules: who is told of what, what blind review
// hides, how a line of the bell and the daily digest read. lib/data asks here when it writes and reads.

export const NOTIFICATION_KINDS = ["ASSIGNED", "MENTIONED", "REOPENED", "DISPUTED", "REPLIED"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The settings' words for each kind (a checkbox each: ticked, the kind is on). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: "A claim is assigned to me",
  MENTIONED: "Someone mentions me in a comment",
  REOPENED: "A claim of mine is reopened",
  DISPUTED: "Reviewers disagree on a claim of mine",
  REPLIED: "Someone replies in a thread I wrote in",
};

/** The most lines one read of the bell returns. */
export const NOTIFICATION_PAGE_MAX = 50;

export interface PlannedNotification {
  recipientId: string;
  kind: NotificationKind;
  /** Blind review may hide its cause from this recipient (see commentConcealedFrom). */
  concealed: boolean;
}

/** A claim's people: who marked it and who is assigned to it. "A claim of theirs" means one of these. */
export function claimPeople({ createdById, assigneeIds }: { createdById: string | null; assigneeIds: readonly string[] }): string[] {
  return [...new Set([...(createdById ? [createdById] : []), ...assigneeIds])];
}

export interface CommentAuthor {
  authorId: string | null;
  authorRole: Role | null;
}

/**
 * Whether blind review may hide this comment from the recipient: as the thread does, for a reader who has
 * not rated (seesOthers false), the comment itself or the comment that starts its thread is one they could
 * not see. Whether they may see it now is asked when the bell is read, with their role and verdicts then.
 */
export function commentConcealedFrom(recipientId: string, comment: CommentAuthor, threadStart: CommentAuthor | null): boolean {
  const reader = { id: recipientId, seesOthers: false };
  return !canSeeComment(reader, comment) || (threadStart !== null && !canSeeComment(reader, threadStart));
}

/**
 * Who a new comment may notify, in order of preference: each member it mentions (MENTIONED), then for a
 * reply everyone else who wrote in its thread (REPLIED). notificationsToWrite keeps one per person, the first
 * they have not switched off: mentioned in a reply, they hear of the mention, or of the reply if mentions
 * are off. Never the author.
 */
export function commentRecipients({ authorId, mentions, threadAuthors }: { authorId: string; mentions: readonly string[]; threadAuthors: readonly (string | null)[] | null }): { recipientId: string; kind: NotificationKind }[] {
  const planned: { recipientId: string; kind: NotificationKind }[] = [];
  const add = (recipientId: string | null, kind: NotificationKind) => {
    if (recipientId !== null && recipientId !== authorId && !planned.some((n) => n.recipientId === recipientId && n.kind === kind)) planned.push({ recipientId, kind });
  };
  for (const id of mentions) add(id, "MENTIONED");
  for (const id of threadAuthors ?? []) add(id, "REPLIED");
  return planned;
}

/**
 * What is written: never to the person who acted (one's own change needs no telling), never a kind the
 * recipient switched off, only to people who are members of the workspace now, and at most one per person
 * for one change (the first planned that applies).
 */
export function notificationsToWrite(planned: readonly PlannedNotification[], { actorId, members, mutedKinds }: {
  actorId: string | null;
  members: ReadonlySet<string>;
  mutedKinds: ReadonlyMap<string, ReadonlySet<string>>;
}): PlannedNotification[] {
  const seen = new Set<string>();
  return planned.filter((n) => {
    if (seen.has(n.recipientId) || n.recipientId === actorId || !members.has(n.recipientId) || mutedKinds.get(n.recipientId)?.has(n.kind)) return false;
    seen.add(n.recipientId);
    return true;
  });
}

export interface NotificationFacts {
  kind: NotificationKind;
  /** Null when nobody is named: blind review keeps who it was, or their account is gone. */
  actorName: string | null;
  claimStatement: string | null;
}

const quote = (statement: string | null) => {
  if (!statement) return "a claim";
  const short = statement.length > 80 ? `${statement.slice(0, 79).trimEnd()}…` : statement;
  return `“${short}”`;
};

/** One line of the bell or the digest: who did what on which claim. */
export function describeNotification({ kind, actorName, claimStatement }: NotificationFacts): string {
  const who = actorName ?? "Someone";
  const claim = quote(claimStatement);
  switch (kind) {
    case "ASSIGNED":
      return `${who} assigned you ${claim}`;
    case "MENTIONED":
      return `${who} mentioned you on ${claim}`;
    case "REPLIED":
      return `${who} replied in your thread on ${claim}`;
    case "REOPENED":
      return actorName ? `${actorName} reopened ${claim}, a claim of yours` : `${claim}, a claim of yours, was reopened: a new verdict disputes its final rating`;
    case "DISPUTED":
      return `Reviewers disagree on ${claim}, a claim of yours`;
  }
}

/** The bell button's accessible name, which also says the count. */
export function bellLabel(unread: number): string {
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

export interface DigestWorkspace {
  name: string;
  lines: { text: string; link: string; createdAt: Date }[];
}

/** The daily digest's mail, or null when there is nothing unread to tell. */
export function composeDigest({ recipientName, workspaces, settingsLink }: { recipientName: string; workspaces: readonly DigestWorkspace[]; settingsLink: string }): { subject: string; text: string } | null {
  const total = workspaces.reduce((sum, w) => sum + w.lines.length, 0);
  if (total === 0) return null;
  const sections = workspaces.filter((w) => w.lines.length > 0).map((w) => [`${w.name}`, ...w.lines.map((line) => `- ${line.text}\n  ${line.link}`)].join("\n"));
  return {
    subject: `Claimbench: ${total} unread ${total === 1 ? "notification" : "notifications"}`,
    text: `Hello ${recipientName},\n\nWhat happened in the last day and is still unread:\n\n${sections.join("\n\n")}\n\nSwitch the daily digest off on your account page: ${settingsLink}\n`,
  };
}
