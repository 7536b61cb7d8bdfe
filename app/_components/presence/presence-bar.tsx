"use client";

import { useEffect, useState } from "react";
import { initials, presenceSentence, type PresencePageKind } from "@/lib/domain/presence";
import { usePresence } from "./use-presence";

// Who else has this article or claim open: "Rania is reading", "Sam is editing this claim", with initials.
// On a claim page the person counts as editing while the claim editor form (found by `editingForm`, a CSS
// selector, so the editor component itself need not know about presence) is focused or holds unsaved changes.

export function PresenceBar({ slug, kind, id, selfId, editingForm }: { slug: string; kind: PresencePageKind; id: string; selfId: string; editingForm?: string }) {
  const editing = useEditing(editingForm);
  const people = usePresence({ slug, kind, id, activity: editing ? "editing" : "reading" }).filter((person) => person.userId !== selfId);
  if (people.length === 0) return null;
  return (
    <section aria-label="Who else is here" data-testid="presence" className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
      {people.map((person) => (
        <span key={person.userId} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-flex h-6 w-6 items-center justify-center rounded-full text-xs font-semibold text-white ${person.activity === "editing" ? "bg-amber-700" : "bg-blue-800"}`}>
            {initials(person.name)}
          </span>
          <span dir="auto">{presenceSentence(person.name, person.activity, kind)}</span>
        </span>
      ))}
    </section>
  );
}

/** Whether focus is inside the form, or it was typed in since it was last saved or reset. */
function useEditing(selector: string | undefined): boolean {
  const [focused, setFocused] = useState(false);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!selector) return;
    const inForm = (target: EventTarget | null) => target instanceof Element && target.closest(selector) !== null;
    const onFocus = () => setFocused(inForm(document.activeElement));
    const onInput = (event: Event) => void (inForm(event.target) && setDirty(true));
    const onDone = (event: Event) => void (inForm(event.target) && setDirty(false));
    document.addEventListener("focusin", onFocus);
    // focusout fires before focus lands elsewhere: read where it went once it has.
    const onBlur = () => window.setTimeout(onFocus, 0);
    document.addEventListener("focusout", onBlur);
    document.addEventListener("input", onInput);
    document.addEventListener("submit", onDone);
    document.addEventListener("reset", onDone);
    return () => {
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onBlur);
      document.removeEventListener("input", onInput);
      document.removeEventListener("submit", onDone);
      document.removeEventListener("reset", onDone);
    };
  }, [selector]);
  return focused || dirty;
}
