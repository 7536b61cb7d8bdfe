"use client";
import { useState } from "react";

/** A small button that copies a value someone will want to paste elsewhere whole (a capture's SHA-256). */
export function CopyValue({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={async () => { await navigator.clipboard.writeText(value); setCopied(true); }}
      className="rounded px-1 text-xs text-blue-800 underline hover:bg-blue-50"
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}
