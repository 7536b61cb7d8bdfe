"use client";
import { useState } from "react";
import { Button } from "@/app/_components/button";

/** A link shown once (an invitation, a password link), in a field to select and a button to copy. */
export function CopyLink({ id, label, link }: { id: string; label: string; link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">{label}</label>
      <input id={id} dir="auto" readOnly value={link} className="block w-full rounded-md border border-green-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(e) => e.target.select()} />
      <Button type="button" variant="secondary" onClick={async () => { await navigator.clipboard.writeText(link); setCopied(true); }}>{copied ? "Copied" : "Copy"}</Button>
    </div>
  );
}
