"use client";
import type { DetectedFigure } from "@/lib/domain/figures/types";
import { FIGURE_UNIT_LABELS } from "@/lib/domain/vocabulary";

/**
 * The passage's other detected figures, one click each: the form pre-fills the one the passage is most
 * likely about (chooseFigure), and a reviewer who meant another takes it here instead of retyping it.
 */
export function FigureChoices({ others, onPick, disabled }: { others: DetectedFigure[]; onPick: (figure: DetectedFigure) => void; disabled?: boolean }) {
  if (others.length === 0) return null;
  return (
    <div role="group" aria-labelledby="figure-choices-label" className="text-sm">
      <span id="figure-choices-label" className="text-slate-600">Other figures in this passage: </span>
      {others.map((figure, index) => (
        <span key={`${figure.start}:${figure.end}`}>
          {index > 0 ? <span aria-hidden className="text-slate-400"> · </span> : null}
          <button
            type="button"
            disabled={disabled}
            onClick={() => onPick(figure)}
            aria-label={`Use ${figure.text} (${FIGURE_UNIT_LABELS[figure.unit].toLowerCase()}) as the claim's figure`}
            className="rounded text-blue-800 underline hover:text-blue-950 disabled:text-slate-400"
          >
            <bdi>{figure.text}</bdi> ({FIGURE_UNIT_LABELS[figure.unit].toLowerCase()})
          </button>
        </span>
      ))}
    </div>
  );
}
