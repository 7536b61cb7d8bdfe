// What Readability leaves in an article that is not the article: inline ads, share labels, bylines
// and photo captions, told by the page's own markup (figcaption, rel=author, itemprop, class, id,
// ARIA and data attributes, links to share endpoints) before any rule reads the words. Code samples
// (<pre>) are marked too, so that no rule about words ever removes a line of them. Plain JavaScript
// because it runs in the HTML reader's worker thread (see html-reader-pool.ts).
//
// A mark is put on a block, since the text is read block by block (html-text.mjs): a marked inline
// element (a rel=author link, an "ad-label" span) marks the block around it only when that block is
// short, so that a sentence which merely links to its author stays a sentence.

import { BLOCKS } from "./html-text.mjs";

/** @typedef {"ad" | "share" | "byline" | "caption" | "code"} Mark */

// Whole words of class and id values ("ad-slot" → ad, slot; "shareBar" → share, bar), never parts of
// words: "head", "badge" and "download" hold "ad", "shadow" holds "had".
const AD_WORDS = new Set(["ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion", "publicite", "outbrain", "taboola"]);
const SHARE_WORDS = new Set(["share", "shares", "sharing", "sharebar", "sharetools"]);
const CAPTION_WORDS = new Set(["caption", "figcaption", "credit", "credits", "photocredit", "imagecredit"]);
const BYLINE_WORDS = new Set(["byline", "bylines", "author", "authors", "writer", "signature"]);
// Where share buttons send the reader: a block of links only to these is a share bar.
const SHARE_LINK = /^(https?:\/\/([\w-]+\.)*(facebook\.com\/sharer|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(sharing|shareArticle)|reddit\.com\/submit|t\.me\/share|wa\.me\/|api\.whatsapp\.com\/send|pinterest\.com\/pin\/create)|mailto:\?)/i;
// Longer than this, a block is prose, whatever an element inside it is called.
const SHORT_BLOCK = 160;
// Longer than this, a block is more than an ad, a share bar or a caption, whatever it is called: the class
// "article-body has-ads" names the article.
const LONG_BLOCK = 600;
const MEDIA = "img, picture, video, audio, iframe, svg";
const NOT_A_CAPTION = "pre, table, blockquote, ul, ol";

/** @param {Element} element */
function words(element) {
  const values = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return new Set(values.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
}

/** @param {Set<string>} have @param {Set<string>} wanted */
const any = (have, wanted) => [...have].some((word) => wanted.has(word));

/** @param {Element} element @returns {Mark | undefined} */
function markOf(element) {
  const name = element.localName;
  if (name === "pre") return "code";
  if (name === "figcaption") return "caption";
  const tokens = words(element);
  const rel = (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
  const itemprop = (element.getAttribute("itemprop") ?? "").toLowerCase().split(/\s+/);
  if (rel.includes("author") || itemprop.includes("author") || any(tokens, BYLINE_WORDS)) return "byline";
  const label = element.getAttribute("aria-label") ?? "";
  if (any(tokens, AD_WORDS) || [...element.attributes].some((a) => /^data-(ad|ads|ad-.+|adunit|ad-slot)$/i.test(a.name)) || /^(advertisement|sponsored)\b/i.test(label)) return "ad";
  if (any(tokens, SHARE_WORDS) || /^share\b/i.test(label) || (name === "a" && SHARE_LINK.test(element.getAttribute("href") ?? ""))) return "share";
  if (any(tokens, CAPTION_WORDS)) return "caption";
  // A figure of a photo with words beside it and nothing else: the words are its caption.
  if (name === "figure" && element.querySelector(MEDIA) && !element.querySelector(NOT_A_CAPTION)) return "caption";
  return undefined;
}

const isBlock = (/** @type {Element} */ element) => BLOCKS.has(element.localName) || element.localName === "pre";
const textLength = (/** @type {Element} */ element) => (element.textContent ?? "").replace(/\s+/g, " ").trim().length;

/**
 * The blocks of `root` that are furniture or code, by markup. The outermost mark wins: an ad's caption is
 * part of the ad. Code is never furniture's part, nor furniture code's.
 * @param {Element} root
 * @returns {Map<Element, Mark>}
 */
export function markBlocks(root) {
  /** @type {Map<Element, Mark>} */
  const marks = new Map();
  for (const element of root.querySelectorAll("*")) {
    const mark = markOf(element);
    if (!mark) continue;
    let block = /** @type {Element | null} */ (element);
    while (block && block !== root && !isBlock(block)) block = block.parentElement;
    if (!block || block === root) continue;
    if (mark !== "code" && textLength(block) > (block !== element || mark === "byline" ? SHORT_BLOCK : LONG_BLOCK)) continue;
    let ancestor = block.parentElement;
    while (ancestor && ancestor !== root && !marks.has(ancestor)) ancestor = ancestor.parentElement;
    if (ancestor && ancestor !== root) continue;
    if (!marks.has(block)) marks.set(block, mark);
  }
  return marks;
}
