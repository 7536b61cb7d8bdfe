// Finds where a quoted claim sits in an article's text, for clients that send the words rather
// than offsets. Exact matches only: a client quoting text it has is anchored exactly or refused
// with the reason, never placed on a guess. prefix and suffix (text just before and after the
// quote) pick one occurrence when the quote appears more than once.

export type QuoteLocation =
  | { found: true; start: number; end: number }
  | { found: false; reason: "missing" | "context-missing" | "ambiguous"; occurrences: number };

export function locateQuote(text: string, quote: { exact: string; prefix?: string; suffix?: string }): QuoteLocation {
  const { exact, prefix = "", suffix = "" } = quote;
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length === 0) return { found: false, reason: "missing", occurrences: 0 };
  const fitting = starts.filter((start) => text.slice(0, start).endsWith(prefix) && text.slice(start + exact.length).startsWith(suffix));
  if (fitting.length === 1) return { found: true, start: fitting[0]!, end: fitting[0]! + exact.length };
  if (fitting.length === 0) return { found: false, reason: "context-missing", occurrences: starts.length };
  return { found: false, reason: "ambiguous", occurrences: fitting.length };
}
