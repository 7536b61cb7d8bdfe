"use client";
import { useLayoutEffect, useRef, type RefObject } from "react";
import type { ReaderClaim, Span } from "./reader-types";
import { selectSpan, spanFromSelection } from "./text-offsets";

/**
 * A live refresh (someone else's claim) re-renders the highlights, which can replace the text nodes the
 * reader's selection lay in: it is put back before the browser reports it gone. Not while typing in a
 * form, where the selection is the caret's and must stay.
 */
export function useKeptSelection(textRef: RefObject<HTMLDivElement | null>, selection: Span | null, body: string, claims: ReaderClaim[]) {
  const selectionRef = useRef(selection);
  useLayoutEffect(() => {
    selectionRef.current = selection;
  }, [selection]);
  useLayoutEffect(() => {
    const span = selectionRef.current;
    const container = textRef.current;
    if (!span || !container || document.activeElement?.closest("input, textarea, select")) return;
    if (!spanFromSelection(container, body, window.getSelection())) selectSpan(container, span);
  }, [textRef, claims, body]);
}
