// Maps a DOM selection inside the rendered article back to offsets into the body text. Each
// paragraph element carries its offset (data-start) and contains only body text, so the offset of
// a point is its paragraph's start plus the length of the text before it in that paragraph.
import type { Span } from "./reader-types";

const paragraphStart = (p: HTMLElement) => Number(p.dataset.start);
const paragraphEnd = (p: HTMLElement) => paragraphStart(p) + (p.textContent?.length ?? 0);

function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  // A point between paragraphs (triple-click selections end there): the edge of the neighbour.
  if (node === container) {
    const paragraphs = [...container.querySelectorAll<HTMLElement>(":scope > [data-start]")];
    const after = container.childNodes[offset] as HTMLElement | undefined;
    if (after?.dataset?.start !== undefined) return paragraphStart(after);
    const last = paragraphs.at(-1);
    return last ? paragraphEnd(last) : null;
  }
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-start]");
  if (!paragraph || !container.contains(paragraph)) return null;
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  range.setEnd(node, offset);
  return paragraphStart(paragraph) + range.toString().length;
}

export function spanFromSelection(container: HTMLElement, body: string, selection: Selection | null): Span | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = clampToContainer(container, selection.getRangeAt(0));
  if (!range) return null;
  let start = offsetOf(container, range.startContainer, range.startOffset);
  let end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  // Drop the white space a sloppy drag picks up at either end; a selection of nothing but white
  // space is kept as it is, so that the form can say what is wrong with it.
  const trimmedStart = start + (body.slice(start, end).length - body.slice(start, end).trimStart().length);
  const trimmedEnd = end - (body.slice(start, end).length - body.slice(start, end).trimEnd().length);
  if (trimmedEnd > trimmedStart) [start, end] = [trimmedStart, trimmedEnd];
  return { start, end, exact: body.slice(start, end) };
}

/**
 * The part of a range inside the text. A triple-click on the last paragraph selects up to the start
 * of whatever follows the text (the sidebar, the form), and a drag may run past either end: the
 * text's share of it is still what the reviewer selected.
 */
function clampToContainer(container: HTMLElement, range: Range): Range | null {
  if (!range.intersectsNode(container)) return null;
  const clamped = range.cloneRange();
  const inside = document.createRange();
  inside.selectNodeContents(container);
  if (clamped.compareBoundaryPoints(Range.START_TO_START, inside) < 0) clamped.setStart(inside.startContainer, inside.startOffset);
  if (clamped.compareBoundaryPoints(Range.END_TO_END, inside) > 0) clamped.setEnd(inside.endContainer, inside.endOffset);
  return clamped;
}

/** The DOM point of a body offset: the inverse of offsetOf, for putting a span back as the selection. */
function pointAt(container: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const paragraph of container.querySelectorAll<HTMLElement>("[data-start]")) {
    if (offset < paragraphStart(paragraph) || offset > paragraphEnd(paragraph)) continue;
    let left = offset - paragraphStart(paragraph);
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (left <= node.data.length) return { node, offset: left };
      left -= node.data.length;
      last = node;
    }
    if (last) return { node: last, offset: last.data.length };
  }
  return null;
}

/** Makes the document's selection the span (after snapping a drag to whole words, or to restore it). */
export function selectSpan(container: HTMLElement, span: { start: number; end: number }): void {
  const from = pointAt(container, span.start);
  const to = pointAt(container, span.end);
  if (!from || !to) return;
  window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
