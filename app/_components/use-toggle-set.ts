"use client";
import { useState } from "react";

/**
 * A set of ids that checkboxes tick and untick (reviewers to assign, evidence to cite): the set, and
 * `toggle(id, on)` for a checkbox's change. The initial set is computed once.
 */
export function useToggleSet(initial: () => Iterable<string>): [ReadonlySet<string>, (id: string, on: boolean) => void] {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initial()));
  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
  return [chosen, toggle];
}
