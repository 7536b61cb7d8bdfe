"use client";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";

export interface MentionMember {
  id: string;
  name: string;
}

/** The `@word` being typed just before the caret, if any: what the picker offers members for. */
function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([^\s@]{0,40})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[1]!.length - 1, query: match[1]!.toLocaleLowerCase() } : null;
}

const MAX_OPTIONS = 6;

/**
 * A comment's textarea with a mention picker: typing `@` lists the workspace's members (narrowed as you
 * type); arrow keys move, Enter or Tab chooses, Escape closes; a click chooses too. It follows the ARIA
 * combobox pattern so screen readers announce the options. The server resolves mentions from the text.
 */
export function MentionTextarea({ id, label, value, onChange, members, errors, disabled, autoFocus }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: readonly MentionMember[];
  errors?: string[];
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const listId = useId();
  const errorId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  // Where the caret goes once React has written a chosen mention into the textarea. Set in the same
  // commit (a layout effect), not a later frame: a frame later the person may already have typed on,
  // and moving the caret then would put their next letters in the wrong place.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });
  const options = mention ? members.filter((m) => m.name.toLocaleLowerCase().includes(mention.query)).slice(0, MAX_OPTIONS) : [];
  const open = options.length > 0;

  function update(text: string, caret: number) {
    onChange(text);
    setMention(activeMention(text, caret));
    setActive(0);
  }

  function choose(member: MentionMember) {
    if (!mention) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const inserted = `@${member.name} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    onChange(next);
    setMention(null);
    pendingCaret.current = mention.start + inserted.length;
    ref.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((n) => (n + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setMention(null);
    }
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea
        ref={ref} id={id} name="body" dir="auto" rows={3} value={value} disabled={disabled} autoFocus={autoFocus}
        role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? errorId : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-blue-600 focus:ring-2 focus:ring-blue-600 focus:outline-none"
      />
      <ul id={listId} role="listbox" aria-label="Members to mention" hidden={!open}
        className="absolute z-10 mt-1 max-h-56 w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
        {options.map((member, n) => (
          <li key={member.id} id={`${listId}-${n}`} role="option" aria-selected={n === active}
            onMouseDown={(e) => { e.preventDefault(); choose(member); }}
            className={`cursor-pointer px-3 py-1.5 ${n === active ? "bg-blue-100 text-blue-900" : "text-slate-800"}`}>
            {member.name}
          </li>
        ))}
      </ul>
      {errors?.length ? <p id={errorId} className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
      <p className="mt-1 text-xs text-slate-500">Plain text. Type @ to mention a member.</p>
    </div>
  );
}
