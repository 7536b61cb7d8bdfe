"use client";
import { useEffect, useState } from "react";
import { findDraftMatchesAction } from "@/lib/server/actions/claim-matches";
import type { MatchItem } from "@/lib/schemas/claim-matches";
import type { ClaimFieldValues } from "./claim-fields";
import { MatchList } from "./match-list";

/** Wait this long after the last keystroke before asking: one request per pause, not per letter. */
const DEBOUNCE_MS = 400;

type State = { status: "idle" | "looking" } | { status: "done"; items: MatchItem[] } | { status: "failed"; message: string };

/**
 * "Checked before?" beside a claim form: the claims of the workspace (and outside fact-checks) that say what
 * the statement being written says, asked again whenever the statement, claimant, date or figure changes.
 * The answer is announced politely; each match is a link, reached by Tab like the form's fields.
 */
export function DraftMatches({ slug, articleId, claimId, values, idPrefix }: {
  slug: string;
  articleId: string;
  /** The claim being edited, left out of its own matches. */
  claimId?: string;
  values: ClaimFieldValues;
  idPrefix: string;
}) {
  const [state, setState] = useState<State>({ status: "idle" });
  const { statement, claimant, claimDate, isFigure, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted } = values;
  useEffect(() => {
    if (statement.trim().length < 3) return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ status: "looking" });
      void findDraftMatchesAction(slug, { articleId, claimId, statement, claimant, claimDate, isFigure, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted })
        .then((result) => {
          if (!current) return;
          setState(result.ok ? { status: "done", items: result.data } : { status: "failed", message: result.fieldErrors?.statement?.[0] ?? result.message });
        })
        .catch(() => current && setState({ status: "failed", message: "Matches could not be looked up. They will be asked again when you type." }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug, articleId, claimId, statement, claimant, claimDate, isFigure, figureValue, figureUnit, figureQualifier, figureLow, figureHigh, figureCounted]);

  const headingId = `${idPrefix}-matches-heading`;
  const tooShort = statement.trim().length < 3;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`${idPrefix}-matches`}>
      <h3 id={headingId} className="text-sm font-semibold">Checked before?</h3>
      <p role="status" aria-live="polite" className="text-xs text-slate-600">
        {tooShort ? "Write the statement to see claims of this workspace that say the same." : statusText(state)}
      </p>
      {!tooShort && state.status === "done" && state.items.length > 0 ? <MatchList slug={slug} items={state.items} labelledBy={headingId} /> : null}
    </section>
  );
}

function statusText(state: State): string {
  switch (state.status) {
    case "idle":
    case "looking":
      return "Looking for claims that say the same…";
    case "failed":
      return state.message;
    case "done":
      return state.items.length === 0 ? "No claim or outside fact-check of this workspace says this yet." : `${state.items.length} ${state.items.length === 1 ? "match" : "matches"}, best first.`;
  }
}
