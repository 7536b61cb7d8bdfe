"use client";
import { memo, useMemo, type ReactNode } from "react";
import { innermost, segmentRange, type HighlightRange } from "@/lib/domain/highlights";
import type { Paragraph } from "@/lib/domain/paragraphs";
import type { ReaderClaim, Suggestion } from "./reader-types";

const SUGGESTION_PREFIX = "suggestion:";
const NEUTRAL = "#fde68a"; // amber-200: an open claim, not yet rated

interface Props {
  body: string;
  paragraphs: Paragraph[];
  claims: ReaderClaim[];
  suggestions: Suggestion[];
  activeClaimId: string | null;
  onClaim: (id: string, element: HTMLElement) => void;
  onHover: (id: string | null, element: HTMLElement | null) => void;
  onSuggestion: (index: number) => void;
}

/**
 * The article as plain text, cut into segments where highlights begin and end. Segments covered
 * by several claims are darker; a click means the innermost claim there. Orphaned claims have no
 * place in the text and are listed beside it instead.
 */
export const ArticleText = memo(function ArticleText({ body, paragraphs, claims, suggestions, activeClaimId, onClaim, onHover, onSuggestion }: Props) {
  const { ranges, claimsById } = useMemo(() => {
    const placed = claims.filter((claim) => claim.anchorStatus !== "ORPHANED");
    const all: HighlightRange[] = [
      ...placed.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end })),
      ...suggestions.map((s, index) => ({ id: `${SUGGESTION_PREFIX}${index}`, start: s.start, end: s.end })),
    ];
    return { ranges: all, claimsById: new Map(placed.map((claim) => [claim.id, claim])) };
  }, [claims, suggestions]);

  return (
    <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed text-slate-900" data-testid="article-body">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} dir="auto" data-start={paragraph.start} className="whitespace-pre-wrap break-words">
          {segmentRange(paragraph.start, paragraph.start + paragraph.text.length, ranges).map((segment): ReactNode => {
            const text = body.slice(segment.start, segment.end);
            const claimIds = segment.covering.filter((id) => !id.startsWith(SUGGESTION_PREFIX));
            if (claimIds.length > 0) {
              const target = claimsById.get(innermost(claimIds)!)!;
              const begins = segment.beginning.filter((id) => claimsById.has(id));
              const first = begins.length ? claimsById.get(begins[begins.length - 1]!) : undefined;
              return (
                <mark
                  key={segment.start}
                  data-claims={claimIds.join(" ")}
                  data-begins={begins.join(" ") || undefined}
                  tabIndex={first ? 0 : -1}
                  aria-label={first ? `Claim: ${first.statement}` : undefined}
                  onClick={(event) => onClaim(target.id, event.currentTarget)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter" || event.key === " ") {
                      event.preventDefault();
                      onClaim(first?.id ?? target.id, event.currentTarget);
                    }
                  }}
                  onMouseEnter={(event) => onHover(target.id, event.currentTarget)}
                  onMouseLeave={() => onHover(null, null)}
                  onFocus={(event) => onHover(first?.id ?? target.id, event.currentTarget)}
                  onBlur={() => onHover(null, null)}
                  className={`cursor-pointer rounded-sm text-inherit ${claimIds.includes(activeClaimId ?? "") ? "ring-2 ring-blue-600" : ""}`}
                  style={{ backgroundColor: withDepth(target.colour ?? NEUTRAL, claimIds.length) }}
                >
                  {text}
                </mark>
              );
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
                  onClick={() => onSuggestion(index)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter" || event.key === " ") {
                      event.preventDefault();
                      onSuggestion(index);
                    }
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
