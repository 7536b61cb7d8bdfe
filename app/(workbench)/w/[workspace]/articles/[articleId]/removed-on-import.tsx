import type { Prisma } from "@/lib/generated/prisma/client";

interface RemovedItem { kind: string; text: string; line: number }

function isRemovedItem(value: Prisma.JsonValue): value is Prisma.JsonObject & RemovedItem {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.text === "string";
}

const KIND_LABELS: Record<string, string> = {
  css: "Style sheet",
  script: "Script",
  furniture: "Site furniture",
  "duplicate-title": "Repeated title",
  "date-line": "Date line",
  byline: "Byline",
  whitespace: "Blank lines",
};

export function RemovedOnImport({ items }: { items: Prisma.JsonArray }) {
  const removed = items.filter(isRemovedItem);
  return (
    <details className="mt-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer text-slate-700">Cleaned on import: {removed.length} {removed.length === 1 ? "line" : "lines"} removed</summary>
      <ul className="mt-2 space-y-1">
        {removed.map((item, index) => (
          <li key={index} className="flex gap-3">
            <span className="w-28 shrink-0 text-slate-500">{KIND_LABELS[item.kind] ?? item.kind} · line {item.line}</span>
            <code className="break-all text-slate-700" dir="auto">{item.text}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
