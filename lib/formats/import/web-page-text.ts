// Reading a fetched web page's bytes: is it a page at all (its Content-Type, and its first bytes,
// since servers mislabel files), and which charset is it in. Pure, so the rules are testable on bytes.
//
// The charset follows the order browsers use (WHATWG HTML "determining the character encoding"):
// a byte-order mark, then the Content-Type header's charset, then a <meta charset> or http-equiv
// near the top of an HTML page, then the bytes themselves (valid UTF-8, else windows-1252, which is
// what "iso-8859-1" means on the web too). A label TextDecoder does not know is passed over, as
// browsers do, and the next step decides: refusing would turn away pages that every browser shows.
import { detectBinaryFormat } from "./sniff-file";

/** What a page is read as: HTML (and XHTML), plain text, or JSON (for the one caller that asks for it). */
export type PageFormat = "html" | "text" | "json";

/**
 * What an article import takes: a page to read. JSON is data, not an article, so only a caller that
 * reads data (the ClaimReview import by URL) names "json" among the formats it accepts.
 */
export const WEB_PAGE_FORMATS: readonly PageFormat[] = ["html", "text"];

const KNOWN: Record<string, PageFormat> = {
  "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "application/json": "json", "application/ld+json": "json",
};
/** Types that say nothing about the content: the bytes decide, as in browsers. */
const UNLABELLED = new Set(["", "unknown/unknown", "application/unknown", "*/*"]);

export interface ContentType {
  /** "text/html", lower case, without parameters. */
  essence: string;
  charset: string | null;
}

export function parseContentType(header: string | undefined | null): ContentType {
  const [essence = "", ...params] = (header ?? "").split(";");
  const charsetParam = params.map((param) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param)?.[1]).find(Boolean);
  return { essence: essence.trim().toLowerCase(), charset: charsetParam ?? null };
}

/** What a refused type is, in a reader's words. */
function describeType(essence: string): string {
  if (essence === "application/pdf") return "a PDF";
  if (essence === "application/json" || essence.endsWith("+json")) return "JSON data";
  if (/^(application|text)\/(rss|atom)\+xml$/.test(essence)) return "a news feed";
  if (essence === "application/xml" || essence === "text/xml" || essence.endsWith("+xml")) return "an XML document";
  if (/^application\/(zip|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.rar|x-rar-compressed)$/.test(essence)) return "an archive";
  if (essence === "application/octet-stream") return "a download (application/octet-stream)";
  if (essence === "text/css") return "a style sheet";
  if (/javascript|ecmascript/.test(essence)) return "a script";
  const top = essence.split("/")[0];
  if (top === "image") return "an image";
  if (top === "video") return "a video";
  if (top === "audio") return "a sound file";
  if (top === "font") return "a font";
  return `a file of type ${essence}`;
}

/** sniff-file's names, shortened where the words are shorter ("a PDF", not "a PDF document"). */
const describeSniffed = (format: string) => (format === "a PDF document" ? "a PDF" : format);

function looksLikeHtml(head: Uint8Array): boolean {
  const start = new TextDecoder("windows-1252").decode(head.subarray(0, 1024)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "").trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|!--|title|meta|p|div|h1|script|style)[\s>]/.test(start) || start.startsWith("<?xml");
}

function looksLikeJson(head: Uint8Array): boolean {
  const start = new TextDecoder("windows-1252").decode(head.subarray(0, 64)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "").trimStart();
  return start.startsWith("{") || start.startsWith("[");
}

export type PageKind = { ok: true; format: PageFormat; contentType: string } | { ok: false; reason: string };

const DEFAULT_TYPE: Record<PageFormat, string> = { html: "text/html", text: "text/plain", json: "application/json" };

/**
 * Whether a response is one of the `accepted` formats (by default a web page: HTML or text), by its
 * Content-Type and by its first bytes: a PDF or an image served as text/html is still refused. An
 * unlabelled response is HTML when it starts like HTML, JSON when it starts like JSON and JSON is accepted.
 */
export function classifyPage(contentTypeHeader: string | undefined | null, head: Uint8Array, accepted: readonly PageFormat[] = WEB_PAGE_FORMATS): PageKind {
  const { essence } = parseContentType(contentTypeHeader);
  // The refusal names what the caller wanted, so a fact-checker's feed is not called "not a web page" alone.
  const wanted = accepted.includes("json") ? "a web page or JSON" : "a web page";
  const labelled = KNOWN[essence];
  if (labelled ? !accepted.includes(labelled) : !UNLABELLED.has(essence)) return { ok: false, reason: `it is ${describeType(essence)}, not ${wanted}` };
  const binary = detectBinaryFormat(head);
  if (binary) return { ok: false, reason: `it is ${describeSniffed(binary)}, not ${wanted}` };
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return { ok: false, reason: `it is a binary file (it holds NUL bytes), not ${wanted}` };
  if (labelled) return { ok: true, format: labelled, contentType: essence };
  const format: PageFormat = looksLikeHtml(head) ? "html" : accepted.includes("json") && looksLikeJson(head) ? "json" : "text";
  // An unlabelled answer that is not HTML is read as text, which only a caller that takes text wants.
  if (!accepted.includes(format) && !(format === "text" && head.length === 0)) return { ok: false, reason: `it is not ${wanted}` };
  return { ok: true, format, contentType: DEFAULT_TYPE[format] };
}

/** The canonical name of a charset label, or null when TextDecoder has no decoder for it. */
export function knownCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const { encoding } = new TextDecoder(label.trim());
    return encoding === "replacement" ? null : encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** How far into an HTML page a <meta> charset is looked for (browsers look at 1024 bytes; some pages put it later). */
export const META_SCAN_BYTES = 4096;

/** The charset a <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> declares. */
export function metaCharset(bytes: Uint8Array): string | null {
  // The head is ASCII in every charset this could declare, so any single-byte reading finds the tag.
  const head = new TextDecoder("windows-1252")
    .decode(bytes.subarray(0, META_SCAN_BYTES))
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<script\b[\s\S]*?(<\/script|$)/gi, " ");
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const declared = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag)?.[1];
    const charset = knownCharset(declared);
    if (!charset) continue;
    // A page that can say "utf-16" in ASCII is not UTF-16, and x-user-defined is windows-1252 (WHATWG).
    if (charset.startsWith("utf-16")) return "utf-8";
    return charset;
  }
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The charset of a page: BOM, header, meta (HTML only), then the bytes themselves. */
export function detectCharset(bytes: Uint8Array, headerCharset: string | null, format: PageFormat): string {
  return (
    bomCharset(bytes) ??
    knownCharset(headerCharset) ??
    (format === "html" ? metaCharset(bytes) : null) ??
    (isUtf8(bytes) ? "utf-8" : "windows-1252")
  );
}

// Node 20's TextDecoder reads windows-1252 as ISO-8859-1: bytes 0x80-0x9F come out as C1 control
// characters instead of the quotes, dashes, € and œ that French pages use them for. These are the
// WHATWG index's characters for them; the five it leaves undefined stay as they are.
const WINDOWS_1252_C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** Bytes as text in a charset TextDecoder knows, with windows-1252 as the web means it. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  if (charset !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]!);
}

/** The page as text in its charset, with the charset's canonical name. */
export function decodePage(bytes: Uint8Array, headerCharset: string | null, format: PageFormat): { text: string; charset: string } {
  const charset = detectCharset(bytes, headerCharset, format);
  return { text: decodeBytes(bytes, charset), charset };
}
