"use client";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Button } from "@/app/_components/button";
import { splitParagraphs } from "@/lib/domain/paragraphs";
import { snapToWords, TOO_SHORT_MESSAGE } from "@/lib/domain/word-snap";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { ArticleText } from "./article-text";
import { useCaretBrowsing } from "./caret-browsing";
import { ClaimDetails } from "./claim-details";
import { ClaimsSidebar } from "./claims-sidebar";
import { NewClaimForm } from "./new-claim-form";
import { useKeptSelection } from "./keep-selection";
import type { ReaderArticle, ReaderClaim, Span, Suggestion } from "./reader-types";
import { selectSpan, spanFromSelection } from "./text-offsets";

// Widths of the floating toolbar and tooltip (max-w-sm), so that they stay inside the text's column on a
// narrow screen instead of widening the page.
const TOOLBAR_WIDTH = 160;
const TOOLTIP_WIDTH = 384;
const clampLeft = (left: number, columnWidth: number, width: number) => Math.max(0, Math.min(left, columnWidth - width));

/** What a panel was opened from, to give focus back to when it closes (Esc, Cancel, ✕). */
interface Origin {
  element: HTMLElement | null;
  /** The selection it was marked from, restored on the way back. */
  span?: Span;
  /** A claim just saved: back to its highlight, which did not exist when the form opened. */
  claimId?: string;
}
type Panel =
  | { kind: "new"; span: Span; suggestion?: Suggestion; focus: boolean }
  | { kind: "claim"; id: string; focus: boolean }
  | null;
/** The selection in the text: `span` null when it is shorter than a word (refused, with a message). */
type Selected = { span: Span | null; top: number; left: number } | null;

interface Props {
  slug: string;
  article: ReaderArticle;
  claims: ReaderClaim[];
  suggestions: Suggestion[];
  canMark: boolean;
  /** A passage to open the claim form on when the page loads (the clip window's selection). */
  initialSpan?: Span | null;
}

export function ArticleReader({ slug, article, claims, suggestions, canMark, initialSpan = null }: Props) {
  const columnRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const paragraphs = useMemo(() => splitParagraphs(article.body), [article.body]);
  const [selected, setSelected] = useState<Selected>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [hovered, setHovered] = useState<{ id: string; top: number; left: number } | null>(null);
  const origin = useRef<Origin>({ element: null });
  const claimsById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);

  // The selection, snapped to whole words. After a press (drag, double or triple click) the snapped
  // words become the visible selection too; keyboard selections are left as they are, so that the
  // next Shift+arrow goes on from where the caret is.
  const readSelection = useCallback(
    (byPointer: boolean) => {
      const container = textRef.current;
      const column = columnRef.current;
      const current = window.getSelection();
      const raw = container ? spanFromSelection(container, article.body, current) : null;
      if (!raw || !current || !column || !container) return setSelected(null);
      const words = snapToWords(article.body, raw.start, raw.end);
      if (words && byPointer && (words.start !== raw.start || words.end !== raw.end)) selectSpan(container, words);
      const rect = current.getRangeAt(0).getBoundingClientRect();
      const box = column.getBoundingClientRect();
      setSelected({
        span: words ? { ...words, exact: article.body.slice(words.start, words.end) } : null,
        top: rect.top - box.top - 44,
        left: clampLeft(rect.left - box.left, box.width, TOOLBAR_WIDTH),
      });
    },
    [article.body],
  );
  const { caret, isDragging, handlers } = useCaretBrowsing(textRef, {
    onPress: () => {
      setSelected(null);
      setHovered(null);
    },
    onRelease: () => readSelection(true),
  });

  // Nothing changes while a press is in progress: the selection is read when it ends.
  useEffect(() => {
    const onSelectionChange = () => isDragging() || readSelection(false);
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [readSelection, isDragging]);

  const selection = selected?.span ?? null;

  useKeptSelection(textRef, selection, article.body, claims);
  const markSelection = useCallback(
    (byKeyboard: boolean, span = selection) => {
      if (!span || !canMark) return;
      origin.current = { element: textRef.current, span };
      setPanel({ kind: "new", span: { start: span.start, end: span.end, exact: span.exact }, focus: byKeyboard });
    },
    [selection, canMark],
  );

  // The selection as it is at this moment, snapped to words: a `c` typed right after Shift+arrow comes
  // before React has seen that selectionchange, and must mark what is selected, not what was.
  const liveSelection = useCallback(() => {
    const container = textRef.current;
    const raw = container ? spanFromSelection(container, article.body, window.getSelection()) : null;
    const words = raw ? snapToWords(article.body, raw.start, raw.end) : null;
    return words ? { ...words, exact: article.body.slice(words.start, words.end) } : null;
  }, [article.body]);

  const closePanel = useCallback(() => {
    setPanel(null);
    const { element, span, claimId } = origin.current;
    const saved = claimId ? textRef.current?.querySelector<HTMLElement>(`[data-tabstop="${claimId}"]`) : null;
    const target = saved ?? (element?.isConnected ? element : textRef.current);
    target?.focus({ preventScroll: true });
    if (span && textRef.current) selectSpan(textRef.current, span);
  }, []);

  // Opened on a passage (?start=&end=): shown selected in the text, with the claim form open on it and
  // focus in its statement, once per page load (a refresh after saving does not open it again).
  const openedInitial = useRef(false);
  useEffect(() => {
    if (openedInitial.current || !initialSpan || !canMark || !textRef.current) return;
    openedInitial.current = true;
    selectSpan(textRef.current, initialSpan);
    window.getSelection()?.anchorNode?.parentElement?.scrollIntoView({ block: "center" });
    origin.current = { element: textRef.current, span: initialSpan };
    setPanel({ kind: "new", span: initialSpan, focus: true });
  }, [initialSpan, canMark]);

  // Keyboard: select, then press "c"; Esc closes the panel and goes back to where it was opened from.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key === "Escape" && panel) {
        event.preventDefault();
        return closePanel();
      }
      if (event.key !== "c" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const span = liveSelection();
      if (!span) return;
      event.preventDefault();
      markSelection(true, span);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [liveSelection, markSelection, panel, closePanel]);

  const openClaim = useCallback((id: string, element: HTMLElement, byKeyboard: boolean) => {
    origin.current = { element };
    setPanel({ kind: "claim", id, focus: byKeyboard });
  }, []);
  const hover = useCallback(
    (id: string | null, element: HTMLElement | null) => {
      const column = columnRef.current;
      if (isDragging()) return;
      if (!id || !element || !column) return setHovered(null);
      const rect = element.getBoundingClientRect();
      const box = column.getBoundingClientRect();
      setHovered({ id, top: rect.bottom - box.top + 6, left: clampLeft(rect.left - box.left, box.width, TOOLTIP_WIDTH) });
    },
    [isDragging],
  );
  const openSuggestion = useCallback(
    (index: number, element: HTMLElement, byKeyboard: boolean) => {
      const suggestion = suggestions[index];
      if (!suggestion || !canMark) return;
      origin.current = { element };
      setPanel({ kind: "new", span: { start: suggestion.start, end: suggestion.end, exact: suggestion.text }, suggestion, focus: byKeyboard });
    },
    [suggestions, canMark],
  );

  function jumpTo(id: string) {
    const element = textRef.current?.querySelector<HTMLElement>(`[data-tabstop="${id}"]`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    element?.focus({ preventScroll: true });
    origin.current = { element: element ?? null };
    setPanel({ kind: "claim", id, focus: false });
  }

  const active = panel?.kind === "claim" ? claimsById.get(panel.id) ?? null : null;
  const hoveredClaim = hovered ? claimsById.get(hovered.id) : undefined;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div ref={columnRef} className="relative">
        <p id={hintId} className="mt-4 text-xs text-slate-500">
          Select words with the mouse, or from the keyboard: Tab into the text, move with the arrow keys, hold Shift to select (with Ctrl, word by word), then press <kbd className="rounded border px-1">c</kbd>.
        </p>
        <ArticleText
          body={article.body}
          language={article.language}
          paragraphs={paragraphs}
          claims={claims}
          suggestions={canMark ? suggestions : NO_SUGGESTIONS}
          activeClaimId={active?.id ?? null}
          onClaim={openClaim}
          onHover={hover}
          onSuggestion={openSuggestion}
          textRef={textRef}
          textHandlers={handlers}
          hintId={hintId}
        />
        {caret ? <span aria-hidden data-testid="caret" className="pointer-events-none absolute w-0.5 bg-slate-900" style={{ top: caret.top, left: caret.left, height: caret.height }} /> : null}
        {selected && canMark && selected.span ? (
          <div role="toolbar" aria-label="Selection" className="absolute z-10 rounded-md border border-slate-200 bg-white p-1 shadow-lg" style={{ top: selected.top, left: selected.left }}>
            <Button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => markSelection(false)}>
              Mark claim <kbd className="rounded bg-blue-900/40 px-1 text-xs">c</kbd>
            </Button>
          </div>
        ) : null}
        {selected && canMark && !selected.span ? (
          <p role="status" className="absolute z-10 max-w-xs rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 shadow-lg" style={{ top: selected.top, left: selected.left }}>
            {TOO_SHORT_MESSAGE}
          </p>
        ) : null}
        {hoveredClaim && hovered ? (
          <div role="tooltip" className="pointer-events-none absolute z-20 max-w-[min(24rem,100%)] rounded-md bg-slate-900 px-3 py-2 text-sm text-white shadow-lg" style={{ top: hovered.top, left: hovered.left }}>
            <p className="font-medium" dir="auto">{hoveredClaim.statement}</p>
            <p className="mt-1 text-xs text-slate-300">
              {hoveredClaim.ratingLabel ?? CLAIM_STATUS_LABELS[hoveredClaim.status]}
              {hoveredClaim.figureLabel ? ` · ${hoveredClaim.figureLabel}` : ""}
            </p>
          </div>
        ) : null}
      </div>
      <aside aria-label="Claims" className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        {panel?.kind === "new" ? (
          <NewClaimForm
            key={`${panel.span.start}:${panel.span.end}`}
            slug={slug}
            article={article}
            span={panel.span}
            suggestion={panel.suggestion}
            autoFocus={panel.focus}
            onDone={(id) => {
              if (!id) return closePanel();
              window.getSelection()?.removeAllRanges();
              origin.current = { element: textRef.current, claimId: id };
              setPanel({ kind: "claim", id, focus: panel.focus });
            }}
          />
        ) : null}
        {active && panel?.kind === "claim" ? <ClaimDetails slug={slug} claim={active} autoFocus={panel.focus} onClose={closePanel} /> : null}
        <ClaimsSidebar slug={slug} articleId={article.id} claims={claims} suggestionCount={canMark ? suggestions.length : 0} activeId={active?.id ?? null} onJump={jumpTo} selection={selection} />
      </aside>
    </div>
  );
}

const NO_SUGGESTIONS: Suggestion[] = [];
