// An edit of a text seen as one changed stretch: what the old and new texts share at their start and
// at their end is untouched, and everything between is the change. Coarse (two edits far apart make
// one stretch spanning both), but exact about what it calls untouched, which is what its users need:
// removed-line places and claim anchors outside the stretch are known to have moved by `delta` only.

export interface TextEdit {
  /** Length of the shared start: old and new texts agree on [0, start). */
  start: number;
  /** Where the shared end begins in the old text. */
  oldEnd: number;
  /** Where the shared end begins in the new text. */
  newEnd: number;
}

export function findTextEdit(oldText: string, newText: string): TextEdit {
  let prefix = 0;
  const max = Math.min(oldText.length, newText.length);
  while (prefix < max && oldText[prefix] === newText[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < max - prefix && oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix += 1;
  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** How much longer the new text is. */
export const editDelta = (edit: TextEdit) => edit.newEnd - edit.oldEnd;

/**
 * Where an old span [start, end) starts in the new text if the edit only shifted it: in place before the
 * changed stretch, moved by the change in length after it. A span the stretch overlaps has no certain
 * place; the shift by the change in length is still returned, since a stretch found by trimming can
 * overlap a span that an insertion before it merely pushed along (the caller checks that the quote is there).
 */
export function shiftedStart(edit: TextEdit, start: number, end: number): number {
  return end <= edit.start ? start : start + editDelta(edit);
}
