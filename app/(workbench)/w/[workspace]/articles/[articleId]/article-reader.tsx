"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/app/_components/button";
import { splitParagraphs } from "@/lib/domain/paragraphs";
import { statusLabel } from "../../_claims/labels";
import { ArticleText } from "./article-text";
import { ClaimDetails } from "./claim-details";
import { ClaimsSidebar } from "./claims-sidebar";
import { NewClaimForm } from "./new-claim-form";
import type { ReaderArticle, ReaderClaim, Span, Suggestion } from "./reader-types";
import { spanFromSelection } from "./text-offsets";

// Widths of the floating toolbar and tooltip (max-w-sm), so that they stay inside the text's column on a
// narrow screen instead of widening the page.
const TOOLBAR_WIDTH = 160;
const TOOLTIP_WIDTH = 384;
const clampLeft = (left: number, columnWidth: number, width: number) => Math.max(0, Math.min(left, columnWidth - width));

type Panel =
  | { kind: "new"; span: Span; suggestion?: Suggestion }
  | { kind: "claim"; id: string }
  | null;

interface Props {
  slug: string;
  article: ReaderArticle;
  claims: ReaderClaim[];
  suggestions: Suggestion[];
  canMark: boolean;
}

export function ArticleReader({ slug, article, claims, suggestions, canMark }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(article.body), [article.body]);
  const [selection, setSelection] = useState<(Span & { top: number; left: number }) | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [hovered, setHovered] = useState<{ id: string; top: number; left: number } | null>(null);
  const claimsById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);

  // Track the reader's selection inside the article, for the "Mark claim" toolbar.
  useEffect(() => {
    function onSelectionChange() {
      const container = textRef.current;
      const current = window.getSelection();
      const span = container ? spanFromSelection(container, article.body, current) : null;
      if (!span || !current) return setSelection(null);
      const rect = current.getRangeAt(0).getBoundingClientRect();
      const box = container!.getBoundingClientRect();
      setSelection({ ...span, top: rect.top - box.top - 44, left: clampLeft(rect.left - box.left, box.width, TOOLBAR_WIDTH) });
    }
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [article.body]);

  const markSelection = useCallback(() => {
    if (!selection || !canMark) return;
    setPanel({ kind: "new", span: { start: selection.start, end: selection.end, exact: selection.exact } });
  }, [selection, canMark]);

  // Keyboard: select, then press "c".
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.key !== "c" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      if (!selection) return;
      event.preventDefault();
      markSelection();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [selection, markSelection]);

  const openClaim = useCallback((id: string) => setPanel({ kind: "claim", id }), []);
  const hover = useCallback((id: string | null, element: HTMLElement | null) => {
    const container = textRef.current;
    if (!id || !element || !container) return setHovered(null);
    const rect = element.getBoundingClientRect();
    const box = container.getBoundingClientRect();
    setHovered({ id, top: rect.bottom - box.top + 6, left: clampLeft(rect.left - box.left, box.width, TOOLTIP_WIDTH) });
  }, []);
  const openSuggestion = useCallback(
    (index: number) => {
      const suggestion = suggestions[index];
      if (!suggestion || !canMark) return;
      setPanel({ kind: "new", span: { start: suggestion.start, end: suggestion.end, exact: suggestion.text }, suggestion });
    },
    [suggestions, canMark],
  );

  function jumpTo(id: string) {
    const element = textRef.current?.querySelector<HTMLElement>(`[data-begins~="${id}"]`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
    element?.focus({ preventScroll: true });
    setPanel({ kind: "claim", id });
  }

  const active = panel?.kind === "claim" ? claimsById.get(panel.id) ?? null : null;
  const hoveredClaim = hovered ? claimsById.get(hovered.id) : undefined;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div ref={textRef} className="relative">
        <ArticleText
          body={article.body}
          paragraphs={paragraphs}
          claims={claims}
          suggestions={canMark ? suggestions : []}
          activeClaimId={active?.id ?? null}
          onClaim={openClaim}
          onHover={hover}
          onSuggestion={openSuggestion}
        />
        {selection && canMark ? (
          <div role="toolbar" aria-label="Selection" className="absolute z-10 rounded-md border border-slate-200 bg-white p-1 shadow-lg" style={{ top: selection.top, left: selection.left }}>
            <Button type="button" onMouseDown={(event) => event.preventDefault()} onClick={markSelection}>
              Mark claim <kbd className="rounded bg-blue-900/40 px-1 text-xs">c</kbd>
            </Button>
          </div>
        ) : null}
        {hoveredClaim && hovered ? (
          <div role="tooltip" className="pointer-events-none absolute z-20 max-w-[min(24rem,100%)] rounded-md bg-slate-900 px-3 py-2 text-sm text-white shadow-lg" style={{ top: hovered.top, left: hovered.left }}>
            <p className="font-medium" dir="auto">{hoveredClaim.statement}</p>
            <p className="mt-1 text-xs text-slate-300">
              {hoveredClaim.ratingLabel ?? statusLabel(hoveredClaim.status)}
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
            onDone={(id) => {
              window.getSelection()?.removeAllRanges();
              setPanel(id ? { kind: "claim", id } : null);
            }}
          />
        ) : null}
        {active ? <ClaimDetails slug={slug} claim={active} onClose={() => setPanel(null)} /> : null}
        <ClaimsSidebar slug={slug} articleId={article.id} claims={claims} suggestionCount={canMark ? suggestions.length : 0} activeId={active?.id ?? null} onJump={jumpTo} selection={selection} />
      </aside>
    </div>
  );
}
