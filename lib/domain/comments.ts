// A claim's discussion, as pure rules: who is mentioned, which comments blind review hides, and how a
// comment's plain text is cut into text and links for display. lib/data and the claim page both ask here.
import type { Role } from "./roles";
import { isHttpUrl } from "./http-url";

/** The longest comment, in characters: a discussion note, not a report. */
export const COMMENT_MAX_LENGTH = 5000;
export const COMMENT_DELETED_TEXT = "comment deleted";
/**
 * Who a hidden comment's event is shown as. Not "A reviewer": an editor's reply to a hidden comment is
 * hidden with it, and its events must not say who wrote it nor call an editor a reviewer.
 */
export const HIDDEN_COMMENTER = "A member";

export interface MentionCandidate {
  id: string;
  name: string;
  email: string;
}

/** The words a member can be mentioned by: their name and their email's local part. */
export function mentionHandles(member: Pick<MentionCandidate, "name" | "email">): string[] {
  const local = member.email.split("@")[0] ?? "";
  return [member.name.trim(), local].filter((handle) => handle.length > 0);
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_-]/u.test(char);

/**
 * The members a text mentions: `@` followed by a member's name or email local part (case ignored), ending
 * where a word ends. The longest handle wins ("@Sam Lee" over "@Sam"). Anyone else's name after an `@` is
 * plain text: only the workspace's members can be mentioned. Each member once, in order of first mention.
 */
export function resolveMentions(text: string, members: readonly MentionCandidate[]): string[] {
  const handles = members
    .flatMap((member) => mentionHandles(member).map((handle) => ({ id: member.id, handle: handle.toLocaleLowerCase() })))
    .sort((a, b) => b.handle.length - a.handle.length);
  const lower = text.toLocaleLowerCase();
  const found: string[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    // An address (name@example.org) is not a mention: the @ must start a word.
    if (at > 0 && isWordChar(lower[at - 1])) continue;
    const rest = lower.slice(at + 1);
    const match = handles.find(({ handle }) => rest.startsWith(handle) && !isWordChar(rest[handle.length]));
    if (match && !found.includes(match.id)) found.push(match.id);
  }
  return found;
}

/**
 * Who is reading a thread: their id, and whether blind review lets them see other reviewers' judgements
 * of this claim (canSeeOthersVerdicts, asked by lib/data for this reader and claim).
 */
export interface CommentReader {
  id: string;
  seesOthers: boolean;
}

/**
 * Under blind review a reviewer's comment can give their rating away ("clearly false, see the census"),
 * so it is hidden like their verdict: a reviewer who has not rated the claim sees only their own comments
 * and those of editors and owners, who resolve and do not rate. Authors who are no longer members (or
 * whose role is unknown) count as reviewers: hiding too much is safer than revealing.
 */
export function canSeeComment(reader: CommentReader, comment: { authorId: string | null; authorRole: Role | null }): boolean {
  if (reader.seesOthers) return true;
  if (comment.authorId !== null && comment.authorId === reader.id) return true;
  return comment.authorRole === "EDITOR" || comment.authorRole === "OWNER";
}

export interface ThreadComment {
  id: string;
  parentId: string | null;
  authorId: string | null;
  authorRole: Role | null;
}

/**
 * The comments a reader may see, and how many are hidden. A hidden comment hides its replies too: a reply
 * ("agreed, it is wrong") can give the hidden rating away as well.
 */
export function visibleThread<T extends ThreadComment>(comments: readonly T[], reader: CommentReader): { visible: T[]; hiddenCount: number } {
  const hiddenIds = new Set(comments.filter((c) => c.parentId === null && !canSeeComment(reader, c)).map((c) => c.id));
  const visible = comments.filter((c) => !hiddenIds.has(c.id) && !(c.parentId !== null && hiddenIds.has(c.parentId)) && canSeeComment(reader, c));
  return { visible, hiddenCount: comments.length - visible.length };
}

export function hiddenCommentsNotice(count: number): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? "comment" : "comments"} by reviewers ${count === 1 ? "is" : "are"} hidden until you record your verdict.`;
}

export type CommentSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/**
 * A comment's text cut into plain text and http(s) links, for display: nothing in a comment is ever
 * markup, and only http(s) addresses become links (javascript: and the like stay text). Punctuation that
 * ends a sentence is left out of the link.
 */
export function commentSegments(body: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(/https?:\/\/[^\s<>"]+/gi)) {
    const href = match[0].replace(/[.,;:!?)\]'"]+$/, "");
    const start = match.index;
    if (!isHttpUrl(href)) continue;
    if (start > last) segments.push({ kind: "text", text: body.slice(last, start) });
    segments.push({ kind: "link", text: href, href });
    last = start + href.length;
  }
  if (last < body.length) segments.push({ kind: "text", text: body.slice(last) });
  return segments;
}

/** A comment's event in a claim's history (entityType "comment"): its before/after carry authorId and parentId. */
interface CommentEventLike {
  entityType: string;
  action: string;
  entityId: string;
  actorId: string | null;
  actor: { name: string } | null;
  before: unknown;
  after: unknown;
}

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);
const stringOrNull = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * The history as this reader may read it, for comments: the events of a comment the thread hides (and of
 * replies to it) keep what happened and when, but lose the text, the mentions and who wrote it, as a hidden
 * verdict's events do (blind-history.ts). `roleOf` gives each author's role in the workspace, null for none.
 */
export function redactCommentHistory<T extends CommentEventLike>(events: readonly T[], reader: CommentReader, roleOf: (userId: string) => Role | null): T[] {
  if (reader.seesOthers) return [...events];
  const thread = new Map<string, ThreadComment>();
  for (const event of events) {
    if (event.entityType !== "comment" || thread.has(event.entityId)) continue;
    const authorId = stringOrNull(field(event.after, "authorId") ?? field(event.before, "authorId"));
    const parentId = stringOrNull(field(event.after, "parentId") ?? field(event.before, "parentId"));
    thread.set(event.entityId, { id: event.entityId, parentId, authorId, authorRole: authorId ? roleOf(authorId) : null });
  }
  const visible = new Set(visibleThread([...thread.values()], reader).visible.map((c) => c.id));
  return events.map((event) => {
    if (event.entityType !== "comment" || visible.has(event.entityId)) return event;
    const parentId = thread.get(event.entityId)?.parentId ?? null;
    return { ...event, before: null, after: { parentId }, actorId: null, actor: { name: HIDDEN_COMMENTER } };
  });
}

/**
 * A deleted comment's words leave the history too: its earlier events keep what happened and when, but
 * not the text or the mentions. (The history is read by every member; deleting is meant to take the
 * words away, which a tombstone in the thread alone would not.)
 */
export function forgetDeletedComments<T extends CommentEventLike>(events: readonly T[]): T[] {
  const deleted = new Set(events.filter((e) => e.entityType === "comment" && e.action === "delete").map((e) => e.entityId));
  const strip = (value: unknown) => (value !== null && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== "body" && key !== "mentions")) : value);
  return events.map((event) => (event.entityType === "comment" && deleted.has(event.entityId) ? { ...event, before: strip(event.before), after: strip(event.after) } : event));
}
