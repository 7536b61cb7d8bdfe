// Putting back lines the import cleaner removed. Each removed line remembers where it stood in the
// body (`at`, the end of the paragraph before it); restoring inserts it there as a paragraph of its
// own. Edits made to the text since import move those places along (see shiftRemovedThroughEdit),
// so restoring never overwrites an edit: it only adds paragraphs.
import { editDelta, findTextEdit } from "./text-edit";

export interface RestorableItem {
  kind: string;
  line: number;
  text: string;
  at?: number;
}

/**
 * Whether a removed item is a line of text (or a script) the cleaner took away, as counted and listed to a
 * person: a blank line is not one, since nobody would call it a line cleaned away.
 */
export function isCleanedLine(item: RestorableItem): boolean {
  return item.kind !== "whitespace" && item.text.trim() !== "";
}

/** Whether a removed item can go back into the text: blank lines and stripped scripts cannot. */
export function isRestorable(item: RestorableItem): item is RestorableItem & { at: number } {
  return typeof item.at === "number" && item.kind !== "whitespace" && item.kind !== "html-script" && item.text.trim() !== "";
}

/** The nearest paragraph end at or after `at` (or the start of the text): insertions never split a paragraph. */
function paragraphBoundary(body: string, at: number): number {
  const offset = Math.max(0, Math.min(at, body.length));
  if (offset === 0 || offset === body.length || body.startsWith("\n\n", offset)) return offset;
  const next = body.indexOf("\n\n", offset);
  return next === -1 ? body.length : next;
}

/**
 * The body with `restore` put back, and the items still removed with their places in the new body.
 * Items of one place keep the order of their lines.
 */
export function restoreRemoved<T extends RestorableItem>(body: string, items: T[], restore: Set<number>): { body: string; remaining: T[] } {
  const chosen = items.flatMap((item, index) => (restore.has(index) && isRestorable(item) ? [{ item, at: paragraphBoundary(body, item.at) }] : []));
  chosen.sort((a, b) => a.at - b.at || a.item.line - b.item.line);
  // Each insertion: at position `at` of the old body, `text` goes in (with its separator).
  const insertions: { at: number; text: string; lastLine: number }[] = [];
  for (const { item, at } of chosen) {
    const last = insertions.at(-1);
    if (last && last.at === at) {
      last.text = at === 0 ? `${last.text}${item.text}\n\n` : `${last.text}\n\n${item.text}`;
      last.lastLine = item.line;
    } else {
      insertions.push({ at, text: at === 0 ? `${item.text}\n\n` : `\n\n${item.text}`, lastLine: item.line });
    }
  }
  let result = "";
  let cursor = 0;
  for (const insertion of insertions) {
    result += body.slice(cursor, insertion.at) + insertion.text;
    cursor = insertion.at;
  }
  result += body.slice(cursor);
  // An empty body gains no trailing separator.
  if (body === "" && result.endsWith("\n\n")) result = result.slice(0, -2);

  const newOffset = (item: T & { at: number }): number => {
    let shift = 0;
    for (const insertion of insertions) {
      const before = insertion.at < item.at || (insertion.at === item.at && insertion.lastLine < item.line);
      if (before) shift += insertion.text.length - (insertion.at === 0 && insertion.at === item.at ? 2 : 0);
    }
    return Math.min(item.at + shift, result.length);
  };
  const remaining = items
    .filter((item, index) => !(restore.has(index) && isRestorable(item)))
    .map((item) => (item.at === undefined ? item : { ...item, at: newOffset({ ...item, at: item.at }) }));
  return { body: result, remaining };
}

/**
 * Moves the places of removed items through an edit of the text. The edit is taken as one changed
 * stretch (common start and end kept): places before it stay, places after it move by the change in
 * length, and places inside it go to its start.
 */
export function shiftRemovedThroughEdit<T extends RestorableItem>(oldBody: string, newBody: string, items: T[]): T[] {
  const edit = findTextEdit(oldBody, newBody);
  return items.map((item) => {
    if (item.at === undefined || item.at <= edit.start) return item;
    return { ...item, at: item.at >= edit.oldEnd ? item.at + editDelta(edit) : edit.start };
  });
}
