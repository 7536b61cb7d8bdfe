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
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== container) return null;
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
