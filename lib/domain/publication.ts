// The editor's rules of publishing a resolved claim as a public fact-check (issue 19): which evidence a
// reader can be pointed to, which way the claim reads, the words around its quote, its default headline,
// and where its public page lives. Pure; the correction log's line is ./publication-corrections.ts.
import { isHttpUrl } from "./http-url";
import { classifyAddress } from "./network-address";

/** The public page of a fact-check: the public routes (app/p/) serve exactly this path. */
/** Where the public pages live: CLAIMBENCH_PUBLIC_URL (`instance`) and the app's own address (`app`), from the caller's request. */
export interface PublicUrlBases {
  instance: string | null;
  app: string;
}

export function publicFactCheckUrl(base: string, slug: string, id: string): string {
  return `${base.replace(/\/+$/, "")}/p/${encodeURIComponent(slug)}/${encodeURIComponent(id)}`;
}

/**
 * The base of a workspace's public pages: CLAIMBENCH_PUBLIC_URL when the operator set it (one address for
 * the whole instance wins over any workspace's wish), else the workspace's public base URL setting, else
 * the app's own address as every other link uses it.
 */
export function publicBaseUrl({ instance, workspace, app }: { instance: string | null; workspace: string | null; app: string }): string {
  return (instance ?? workspace ?? app).replace(/\/+$/, "");
}

// Host names that only this machine or its own network resolve: a reader elsewhere could not open them.
const LOCAL_HOST = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;

/** Why a reader could not open this address, or null when it is a public http(s) one. */
export function publicUrlProblem(url: string | null | undefined): string | null {
  if (!url?.trim()) return "it has no web address, so readers could not open it";
  if (!isHttpUrl(url)) return "its address is not a web (http or https) address";
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const address = classifyAddress(host);
  if (address && address.kind !== "public") return `its address ${address.reason ?? "is not on the public internet"}, so readers could not open it`;
  if (!address && (LOCAL_HOST.test(host) || !host.includes("."))) return "its address is a local name that only this network knows, so readers could not open it";
  return null;
}

/** What the publish rule needs to know of a piece of evidence's source. */
export interface EvidenceSourceForCiting {
  kind: string;
  url: string | null;
  /** For a source that is an article of the workspace: that article's address. */
  articleUrl?: string | null;
}

export type Citability = { citable: true; url: string } | { citable: false; reason: string };

/**
 * Evidence can be cited on the public page only when a reader can follow it: a source with a public
 * http(s) address, or an article of the workspace that has one (the article's text lives in Claimbench,
 * which readers cannot reach). The reason is shown beside the disabled checkbox.
 */
export function citability(source: EvidenceSourceForCiting): Citability {
  const url = source.url?.trim() || (source.kind === "ARTICLE" ? source.articleUrl?.trim() : null) || null;
  const problem = publicUrlProblem(url);
  if (problem === null) return { citable: true, url: url! };
  const what = source.kind === "ARTICLE" ? "This article of the workspace cannot be cited" : "This source cannot be cited";
  return { citable: false, reason: `${what}: ${problem}.` };
}

// Languages written right to left (BCP 47 primary subtags): Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
// Yiddish, Dhivehi, Uyghur, Central Kurdish, Syriac.
const RTL_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb", "syr"]);
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

/** Right to left when the language is written so, or (language unknown or not) when most letters are RTL. */
export function textDirection(language: string | null | undefined, text: string): "ltr" | "rtl" {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary && RTL_LANGUAGES.has(primary)) return "rtl";
  let rtl = 0;
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (RTL_LETTER.test(char)) rtl += 1;
  }
  return letters > 0 && rtl * 2 > letters ? "rtl" : "ltr";
}

/** How far the quote's context reaches on either side at most, in characters. */
export const QUOTE_CONTEXT_CHARS = 160;
const SENTENCE_END = /[.!?…؟。]["'”’»)\]]*\s/gu;

/**
 * The words around the quote (the claim's span of the article text): back to the start of its sentence
 * and on to the end of it, never past a paragraph break and never more than about 160 characters, cut at a
 * word (with "…" where the cut is inside the sentence).
 */
export function quoteContext(text: string, start: number, end: number, max = QUOTE_CONTEXT_CHARS): { before: string; after: string } {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;

  let from = paragraphStart;
  for (const match of text.slice(paragraphStart, start).matchAll(SENTENCE_END)) from = paragraphStart + match.index + match[0].length;
  let to = paragraphEnd;
  const tail = text.slice(end, paragraphEnd);
  // A sentence end right at the quote's end (its own full stop) counts: the quote closes its sentence.
  const closing = /^[.!?…؟。]["'”’»)\]]*/u.exec(tail);
  const next = closing ? { index: 0, length: closing[0].length } : (() => {
    const match = new RegExp(SENTENCE_END.source, "u").exec(tail);
    return match ? { index: match.index, length: match[0].trimEnd().length } : null;
  })();
  if (next) to = end + next.index + next.length;

  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > max) before = `…${before.slice(before.length - max).replace(/^\S*\s+/, "")}`;
  if (after.length > max) after = `${after.slice(0, max).replace(/\s+\S*$/, "")}…`;
  return { before: before.trimStart(), after: after.trimEnd() };
}

/** How long a headline made from the statement may be. */
export const DEFAULT_HEADLINE_CHARS = 110;

/** A short headline from the claim's statement: the statement itself, cut at a word when it is long. */
export function defaultHeadline(statement: string, max = DEFAULT_HEADLINE_CHARS): string {
  const clean = statement.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1).replace(/\s+\S*$/, "");
  return `${cut || clean.slice(0, max - 1)}…`;
}

/** The publisher's logo setting: an https address (public pages are https; an http image would be blocked), or why not. */
export function publisherLogoUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return "Enter the logo's full address, such as https://example.org/logo.png.";
  const url = new URL(value);
  if (url.protocol !== "https:") return "The logo's address must start with https://, such as https://example.org/logo.png: public pages would not show an image from an http address.";
  if (url.username || url.password) return "The logo's address must not hold a user name or password.";
  return null;
}

/** The public base URL setting: an http(s) origin (scheme, host and port, no path), or why not. */
export function publicBaseUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return "Enter the public address's origin, such as https://checks.example.org.";
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") return "The public base URL must start with https:// (or http://), such as https://checks.example.org.";
  if (url.username || url.password) return "The public base URL must not hold a user name or password.";
  if (url.pathname !== "/" || url.search || url.hash) return `Enter the origin only, ${url.origin}, without a path, query or #: fact-checks are published at /p/… of it.`;
  return null;
}
