// Putting text written by others (statements, notes, rationales, titles, even rating labels) into Markdown
// so that it reads as the same text and nothing else: no link, image, HTML, heading, list, table cell or
// emphasis it did not ask for. CommonMark lets any ASCII punctuation be backslash-escaped, and an escaped
// character is always literal, so:
// - the characters that open markup anywhere in a line are escaped: \ ` * _ [ ] < > # | ~ (no [ means no
//   link or image; no < means no HTML, autolink or comment; | keeps table cells whole);
// - & is escaped before what would read as an entity ("&lt;" stays those four characters);
// - at the start of a line, block markers are escaped: - + = and "1." / "1)" (lists, setext underlines),
//   which is why inline text is only ever placed after something on its line;
// - line breaks: inline text is folded onto one line; block text keeps its lines as hard breaks
//   (a backslash before the newline), never blank lines, so it cannot end the list item it sits in.
// Bare URLs in the text may still be turned into links by GFM renderers, but only to the URL the reader
// sees. Links we write ourselves go through markdownUrl: http(s) only, no javascript: or data:.
const INLINE_MARKUP = /[\\`*_[\]<>#|~]/g;
const ENTITY_AMPERSAND = /&(?=#?[a-z0-9]+;)/gi;

const escapeMarkup = (text: string) => text.replace(INLINE_MARKUP, "\\$&").replace(ENTITY_AMPERSAND, "\\&");

function escapeLine(line: string): string {
  return escapeMarkup(line).replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Text placed after something on its line (a list marker, a label, a table pipe): whitespace, line
 * breaks included, folded to single spaces, markup escaped. Block markers need no escaping there.
 */
export function escapeInline(text: string): string {
  return escapeMarkup(text.replace(/\s+/g, " ").trim());
}

/**
 * Text that may span lines: each line escaped, lines joined by hard breaks, blank lines dropped.
 * `indent` is put before continuation lines so they stay inside a list item.
 */
export function escapeBlock(text: string, indent = ""): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, " ").trim()).filter((line) => line !== "");
  return lines.map(escapeLine).join(`\\\n${indent}`);
}

/** A URL that is safe as a link target (http or https), encoded for a Markdown link; null otherwise. */
export function markdownUrl(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `[label](url)` with the label escaped, or the label alone when the URL is not a safe link. */
export function markdownLink(label: string, url: string | null): string {
  const href = markdownUrl(url);
  return href === null ? escapeInline(label) : `[${escapeInline(label)}](${href})`;
}
