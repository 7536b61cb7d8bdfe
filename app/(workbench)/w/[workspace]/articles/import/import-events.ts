import type { FileOutcome } from "@/lib/data/article-import";

/** The lines the upload route answers with (see files/route.ts). */
export type ImportEvent =
  | { type: "start"; total: number }
  | { type: "file"; done: number; total: number; outcome: FileOutcome }
  | { type: "done"; cancelled: boolean }
  | { type: "error"; message: string };

/** Reads a response of JSON lines, calling `onEvent` for each complete line as it arrives. */
export async function readEvents(response: Response, onEvent: (event: ImportEvent) => void) {
  const reader = response.body?.getReader();
  if (!reader) return;
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ImportEvent);
    if (done) break;
  }
}
