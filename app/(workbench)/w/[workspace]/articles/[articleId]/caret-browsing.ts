"use client";
// Caret browsing and drags for the article text, shared by the reader and the evidence picker.
//
// Chromium starts no text selection when the mouse goes down on a focusable element: a drag that
// starts on a highlight or a suggested figure (both Tab stops) selected nothing. The Tab stops stay
// for the keyboard; for the length of a press their tabindex is lifted, so the press lands on the
// text (the focusable text container takes focus and the selection starts there).
//
// Without a mouse, the text container is a Tab stop with a caret of its own: the arrow keys move it
// (Selection.modify, which Chromium, Firefox and Safari all implement on non-editable text), Shift
// extends the selection, Ctrl or Alt go by words (by paragraphs up and down). The caret is drawn by
// the page, since browsers draw none in text that is not editable.
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent, type RefObject } from "react";

type Granularity = "character" | "word" | "line" | "paragraph" | "lineboundary";
const MOVES: Record<string, { direction: "left" | "right" | "forward" | "backward"; plain: Granularity; fast: Granularity }> = {
  ArrowLeft: { direction: "left", plain: "character", fast: "word" },
  ArrowRight: { direction: "right", plain: "character", fast: "word" },
  ArrowUp: { direction: "backward", plain: "line", fast: "paragraph" },
  ArrowDown: { direction: "forward", plain: "line", fast: "paragraph" },
  Home: { direction: "backward", plain: "lineboundary", fast: "lineboundary" },
  End: { direction: "forward", plain: "lineboundary", fast: "lineboundary" },
};

export interface Caret {
  top: number;
  left: number;
  height: number;
}

const firstTextNode = (root: Node) => document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();

/** Moves or extends the selection for one arrow key press; false when the key is not a caret key. */
export function moveCaret(container: HTMLElement, event: Pick<KeyboardEvent, "key" | "shiftKey" | "ctrlKey" | "altKey" | "metaKey" | "target">): boolean {
  const move = MOVES[event.key];
  const selection = window.getSelection();
  if (!move || event.metaKey || !selection) return false;
  const focused = event.target instanceof HTMLElement ? event.target : null;
  // From a highlight reached by Tab, the caret starts at that highlight.
  const startAt = focused && focused !== container && container.contains(focused) ? focused : container;
  if (selection.rangeCount === 0 || !startAt.contains(selection.focusNode)) {
    const text = firstTextNode(startAt) ?? firstTextNode(container);
    if (!text) return false;
    selection.collapse(text, 0);
  }
  const before = { anchor: selection.anchorNode!, anchorOffset: selection.anchorOffset, focus: selection.focusNode!, focusOffset: selection.focusOffset };
  selection.modify(event.shiftKey ? "extend" : "move", move.direction, event.ctrlKey || event.altKey ? move.fast : move.plain);
  // The caret never leaves the text (past its last line it would walk into the sidebar).
  if (!container.contains(selection.focusNode)) selection.setBaseAndExtent(before.anchor, before.anchorOffset, before.focus, before.focusOffset);
  scrollCaretIntoView(selection);
  return true;
}

function scrollCaretIntoView(selection: Selection) {
  if (selection.rangeCount === 0) return;
  const point = document.createRange();
  point.setStart(selection.focusNode!, selection.focusOffset);
  const rect = point.getClientRects()[0] ?? point.getBoundingClientRect();
  const margin = 48;
  if (rect.top < margin) window.scrollBy({ top: rect.top - margin });
  else if (rect.bottom > window.innerHeight - margin) window.scrollBy({ top: rect.bottom - window.innerHeight + margin });
}

export type TextHandlers = ReturnType<typeof useCaretBrowsing>["handlers"];

/**
 * Keyboard caret and press handling for a text container. `isDragging()` is true from a press in the
 * text until its release: the pages leave their state alone meanwhile, so that nothing re-renders
 * under a drag in progress. `onPress` runs as a press starts (to put away what belonged to the last
 * selection), `onRelease` once it is over and the selection is final.
 */
export function useCaretBrowsing(ref: RefObject<HTMLElement | null>, { onPress, onRelease }: { onPress?: () => void; onRelease: () => void }) {
  const dragging = useRef(false);
  const [caret, setCaret] = useState<Caret | null>(null);
  const callbacks = useRef({ onPress, onRelease });
  useEffect(() => {
    callbacks.current = { onPress, onRelease };
  }, [onPress, onRelease]);

  // The caret is drawn while the text has focus and the selection is a collapsed point in it.
  const updateCaret = useCallback(() => {
    const container = ref.current;
    const selection = window.getSelection();
    const focused = container?.contains(document.activeElement);
    if (!container || !focused || dragging.current || !selection || selection.rangeCount === 0 || !selection.isCollapsed || !container.contains(selection.focusNode)) {
      return setCaret(null);
    }
    const rect = selection.getRangeAt(0).getClientRects()[0] ?? selection.focusNode?.parentElement?.getBoundingClientRect();
    if (!rect) return setCaret(null);
    // Relative to the positioned box around the text, where the page draws the caret.
    const box = (container.offsetParent ?? container).getBoundingClientRect();
    setCaret({ top: rect.top - box.top, left: rect.left - box.left, height: rect.height || 24 });
  }, [ref]);

  useEffect(() => {
    const update = updateCaret;
    document.addEventListener("selectionchange", update);
    document.addEventListener("focusin", update);
    document.addEventListener("focusout", update);
    return () => {
      document.removeEventListener("selectionchange", update);
      document.removeEventListener("focusin", update);
      document.removeEventListener("focusout", update);
    };
  }, [updateCaret]);

  const onPointerDownCapture = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const container = ref.current;
      if (!container || event.button !== 0) return;
      dragging.current = true;
      callbacks.current.onPress?.();
      // A press inside the current selection would pick the selected text up and drag it away (a
      // drag and drop) instead of starting a new selection. Shift+click extends the selection.
      if (!event.shiftKey) window.getSelection()?.removeAllRanges();
      const focusable = (event.target as Element).closest?.("[tabindex]");
      const lifted = focusable && focusable !== container && container.contains(focusable) ? { element: focusable, value: focusable.getAttribute("tabindex")! } : null;
      lifted?.element.removeAttribute("tabindex");
      const end = () => {
        document.removeEventListener("pointerup", end, true);
        document.removeEventListener("pointercancel", end, true);
        if (lifted) lifted.element.setAttribute("tabindex", lifted.value);
        // After the mouseup that follows, when a double or triple click has made its selection.
        window.setTimeout(() => {
          dragging.current = false;
          callbacks.current.onRelease();
          updateCaret();
        }, 0);
      };
      document.addEventListener("pointerup", end, true);
      document.addEventListener("pointercancel", end, true);
    },
    [ref, updateCaret],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (ref.current && moveCaret(ref.current, event)) event.preventDefault();
    },
    [ref],
  );

  // Tabbing into the text (or following the skip link) puts the caret at its start.
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const container = ref.current;
      const selection = window.getSelection();
      if (!container || event.target !== container || dragging.current || !selection) return;
      if (selection.rangeCount > 0 && container.contains(selection.focusNode)) return;
      const text = firstTextNode(container);
      if (text) selection.collapse(text, 0);
    },
    [ref],
  );

  const isDragging = useCallback(() => dragging.current, []);
  const handlers = useMemo(() => ({ onPointerDownCapture, onKeyDown, onFocus }), [onPointerDownCapture, onKeyDown, onFocus]);
  return { caret, isDragging, handlers };
}
