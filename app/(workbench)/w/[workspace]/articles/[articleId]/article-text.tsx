"use client";
import { memo, useMemo, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { isKnownLanguage } from "@/lib/domain/languages";
import { innermost, segmentRange, type HighlightRange } from "@/lib/domain/highlights";
import type { Paragraph } from "@/lib/domain/paragraphs";
import { assignTabStops } from "@/lib/domain/tab-stops";
import type { TextHandlers } from "./caret-browsing";
import type { ReaderClaim, Suggestion } from "./reader-types";

const SUGGESTION_PREFIX = "suggestion:";
const NEUTRAL = "#fde68a"; // amber-200: an open claim, not yet rated

interface Props {
  body: string;
  /** The article's language code: screen readers and hyphenation read the text in it. */
  language: string | null;
  paragraphs: Paragraph[];
  claims: ReaderClaim[];
  suggestions: Suggestion[];
  activeClaimId: string | null;
  /** A claim opened by a click (the innermost there) or by Enter on its Tab stop (`byKeyboard`). */
  onClaim: (id: string, element: HTMLElement, byKeyboard: boolean) => void;
  onHover: (id: string | null, element: HTMLElement | null) => void;
  onSuggestion: (index: number, element: HTMLElement, byKeyboard: boolean) => void;
  /** The text container: focusable, with a caret (see caret-browsing.ts). */
  textRef: Ref<HTMLDivElement>;
  textHandlers: TextHandlers;
  hintId: string;
}

const activates = (event: KeyboardEvent) => event.key === "Enter" || event.key === " ";
/** A click that ends a drag or a double click selects text; it does not open what it landed on. */
const isPlainClick = () => window.getSelection()?.isCollapsed ?? true;

/**
 * The article as plain text, cut into segments where highlights begin and end. Segments covered
 * by several claims are darker; a click means the innermost claim there. Every claim has one Tab
 * stop (lib/domain/tab-stops.ts). Orphaned claims have no place in the text and are listed beside it.
 */
export const ArticleText = memo(function ArticleText({ body, language, paragraphs, claims, suggestions, activeClaimId, onClaim, onHover, onSuggestion, textRef, textHandlers, hintId }: Props) {
  const { segmentsByParagraph, claimsById, stops } = useMemo(() => {
    const placed = claims.filter((claim) => claim.anchorStatus !== "ORPHANED");
    const claimRanges: HighlightRange[] = placed.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end }));
    const all = [...claimRanges, ...suggestions.map((s, index) => ({ id: `${SUGGESTION_PREFIX}${index}`, start: s.start, end: s.end }))];
    const segmentsByParagraph = paragraphs.map((p) => segmentRange(p.start, p.start + p.text.length, all));
    return { segmentsByParagraph, claimsById: new Map(placed.map((claim) => [claim.id, claim])), stops: assignTabStops(claimRanges, segmentsByParagraph.flat()) };
  }, [claims, suggestions, paragraphs]);

  const stopProps = (claim: ReaderClaim) => ({
    "data-tabstop": claim.id,
    tabIndex: 0,
    "aria-label": `Claim: ${claim.statement}`,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (!activates(event)) return;
      event.preventDefault();
      event.stopPropagation();
      onClaim(claim.id, event.currentTarget, true);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => onHover(claim.id, event.currentTarget),
    onBlur: () => onHover(null, null),
  });

  return (
    <div
      ref={textRef}
      id="article-text"
      lang={isKnownLanguage(language) ? language : undefined}
      tabIndex={0}
      role="region"
      aria-label="Article body"
      aria-describedby={hintId}
      {...textHandlers}
      className="mt-6 space-y-4 rounded-sm font-serif text-lg leading-relaxed text-slate-900"
      data-testid="article-body"
    >
      {paragraphs.map((paragraph, p) => (
        <p key={paragraph.start} dir="auto" data-start={paragraph.start} className="whitespace-pre-wrap break-words">
          {segmentsByParagraph[p]!.map((segment): ReactNode => {
            const text = body.slice(segment.start, segment.end);
            const claimIds = segment.covering.filter((id) => !id.startsWith(SUGGESTION_PREFIX));
            if (claimIds.length > 0) {
              const target = claimsById.get(innermost(claimIds)!)!;
              const stop = claimsById.get(stops.bySegment.get(segment.start) ?? "");
              const extra = (stops.extra.get(segment.start) ?? []).map((id) => claimsById.get(id)!);
              return [
                // Two claims on exactly the same words: the second gets a stop without text of its own.
                ...extra.map((claim) => (
                  <span key={`stop:${claim.id}`} role="button" {...stopProps(claim)} onClick={(event) => onClaim(claim.id, event.currentTarget, false)} className="inline-block h-[1em] w-0 align-middle focus:w-1 focus:bg-blue-600" />
                )),
                <mark
                  key={segment.start}
                  data-claims={claimIds.join(" ")}
                  {...(stop ? stopProps(stop) : {})}
                  onClick={(event) => isPlainClick() && onClaim(target.id, event.currentTarget, false)}
                  onMouseEnter={(event) => onHover(target.id, event.currentTarget)}
                  onMouseLeave={() => onHover(null, null)}
                  className={`cursor-pointer rounded-sm text-inherit ${claimIds.includes(activeClaimId ?? "") ? "ring-2 ring-blue-600" : ""}`}
                  style={{ backgroundColor: withDepth(target.colour ?? NEUTRAL, claimIds.length) }}
                >
                  {text}
                </mark>,
              ];
            }
            const suggestion = segment.covering.find((id) => id.startsWith(SUGGESTION_PREFIX));
            if (suggestion) {
              const index = Number(suggestion.slice(SUGGESTION_PREFIX.length));
              return (
                <span
                  key={segment.start}
                  role="button"
                  tabIndex={0}
                  data-suggestion={index}
                  aria-label={`Suggested figure: ${text}. Mark it as a claim.`}
                  title="Suggested figure: click to mark it as a claim"
                  onClick={(event) => isPlainClick() && onSuggestion(index, event.currentTarget, false)}
                  onKeyDown={(event) => {
                    if (!activates(event)) return;
                    event.preventDefault();
                    event.stopPropagation();
                    onSuggestion(index, event.currentTarget, true);
                  }}
                  className="cursor-pointer underline decoration-sky-500/70 decoration-dotted decoration-2 underline-offset-4 hover:bg-sky-50"
                >
                  {text}
                </span>
              );
            }
            return text;
          })}
        </p>
      ))}
    </div>
  );
});

/** Overlapping claims show darker: the colour gains opacity with each claim covering the text. */
function withDepth(colour: string, depth: number): string {
  const alpha = Math.min(0.55 + 0.2 * (depth - 1), 0.95);
  const hex = colour.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
