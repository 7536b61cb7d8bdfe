// Cheap caps on an HTML page, checked on the raw text before any DOM is built: its size, how many
// elements it has and how deep they nest. Building a DOM and running Readability costs time and
// memory that grow with elements and, much faster, with depth (500 levels take seconds, 60,000 took
// minutes and overflowed the stack), while real article pages have a few thousand elements nested
// a few dozen deep. One linear pass of a rough tokenizer decides; no DOM, no recursion.
import { formatBytes } from "@/lib/uploads";

export const HTML_LIMITS = {
  /** Saved pages with their images inlined reach a few MB; the text of an article is far less. */
  maxBytes: 10 * 1024 * 1024,
  maxElements: 30_000,
  maxDepth: 200,
};

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen"]);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
const BLOCKS_CLOSING_P = new Set([
  "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
]);
const ENDS_P: ReadonlySet<string> = new Set(["p"]);
/** An opening tag that ends the open elements named beside it, as the HTML parser does (`<li>` ends an open `<li>`). */
const ENDS: Record<string, ReadonlySet<string>> = {
  li: new Set(["li", "p"]),
  dt: new Set(["dt", "dd", "p"]),
  dd: new Set(["dt", "dd", "p"]),
  option: new Set(["option"]),
  optgroup: new Set(["option", "optgroup"]),
  td: new Set(["td", "th"]),
  th: new Set(["td", "th"]),
  tr: new Set(["td", "th", "tr"]),
  tbody: new Set(["td", "th", "tr", "tbody", "thead", "tfoot"]),
  thead: new Set(["td", "th", "tr", "tbody", "thead", "tfoot"]),
  tfoot: new Set(["td", "th", "tr", "tbody", "thead", "tfoot"]),
};
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 58) /* 0-9 : */ || code === 45 || code === 95;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

export interface HtmlShape {
  elements: number;
  /** The deepest nesting of elements, as the parser would build it (roughly: it errs on the deep side). */
  depth: number;
}

/** How much text is scanned between two turns of the event loop: about a millisecond's work. */
const SLICE = 256 * 1024;

/** Counts the elements of an HTML page and how deep they nest, in one pass over its text. */
export function measureHtml(html: string): HtmlShape {
  const scan = scanHtml(html);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}

/** measureHtml, letting other work run every SLICE characters: a 10 MB page takes a good part of a second. */
async function measureHtmlPatiently(html: string): Promise<HtmlShape> {
  const scan = scanHtml(html);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The scan itself, pausing (yielding) after each SLICE of text. */
function* scanHtml(html: string): Generator<void, HtmlShape> {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    depth = Math.max(depth, open.length);
  };
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    return name;
  };
  const inForeign = () => (openCount.get("svg") ?? 0) > 0 || (openCount.get("math") ?? 0) > 0;

  let i = 0;
  let pause = SLICE;
  for (;;) {
    if (i >= pause) {
      pause = i + SLICE;
      yield;
    }
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith("!--", lt + 1)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (next === 0x2f /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      const name = readName(html, lt + 2);
      // An end tag closes its element and whatever is still open inside it; one with no open element is ignored.
      if ((openCount.get(name) ?? 0) > 0) while (pop() !== name);
      i = tagEnd(html, lt + 2 + name.length);
    } else if (isLetter(next)) {
      const name = readName(html, lt + 1);
      const end = tagEnd(html, lt + 1 + name.length);
      elements += 1;
      i = end;
      if (RAW_TEXT.has(name)) {
        const close = findEndTag(html, name, end);
        depth = Math.max(depth, open.length + 1);
        i = close;
        continue;
      }
      if (name === "plaintext") break;
      if (VOID.has(name)) continue;
      // `<div/>` opens a div in HTML; only inside SVG or MathML does the slash close the element.
      if (html.charCodeAt(end - 2) === 0x2f && inForeign()) continue;
      const ends = ENDS[name] ?? (BLOCKS_CLOSING_P.has(name) ? ENDS_P : undefined);
      while (ends && open.length > 0 && ends.has(open[open.length - 1]!)) pop();
      push(name);
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */ || next === 0x2f) {
      // A doctype, a CDATA section or a bogus comment: up to the next ">".
      const end = html.indexOf(">", lt + 2);
      i = end < 0 ? html.length : end + 1;
    } else {
      i = lt + 1; // a "<" in text
    }
  }
  return { elements, depth };
}

function readName(html: string, from: number): string {
  let end = from;
  while (end < html.length && isNameChar(html.charCodeAt(end))) end += 1;
  return html.slice(from, end).toLowerCase();
}

/** The index just past the ">" that ends a tag, skipping quoted attribute values (which may hold ">"). */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let k = from; k < html.length; k += 1) {
    const code = html.charCodeAt(k);
    if (code === 0x3e /* > */) return k + 1;
    if ((code === 0x22 || code === 0x27) /* " ' */ && afterEquals) {
      const close = html.indexOf(html[k]!, k + 1);
      if (close < 0) return html.length;
      k = close;
      afterEquals = false;
    } else if (code === 0x3d /* = */) afterEquals = true;
    else if (!isSpace(code)) afterEquals = false;
  }
  return html.length;
}

const endTagPatterns = new Map<string, RegExp>();

/** The index just past `</name>` from `from`, or the end of the text when it is never closed. */
function findEndTag(html: string, name: string, from: number): number {
  let pattern = endTagPatterns.get(name);
  if (!pattern) endTagPatterns.set(name, (pattern = new RegExp(`</${name}[\\s/>]`, "gi")));
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? tagEnd(html, match.index + 2 + name.length) : html.length;
}

const count = (n: number) => n.toLocaleString("en");
/** How to import such a page anyway, for every refusal of an HTML page as too big to read. */
export const INSTEAD = "Save the article's text from your browser (or copy it) and import that instead.";

/** Why a page is refused before it is parsed, or null when it is within every cap. */
export async function htmlShapeProblem(html: string, limits = HTML_LIMITS): Promise<string | null> {
  const bytes = Buffer.byteLength(html, "utf8");
  if (bytes > limits.maxBytes) {
    return `it is ${formatBytes(bytes)} of HTML, over the limit of ${formatBytes(limits.maxBytes)} for one page. ${INSTEAD}`;
  }
  const shape = await measureHtmlPatiently(html);
  if (shape.depth > limits.maxDepth) {
    return `it nests elements ${count(shape.depth)} deep; no article page does (they nest a few dozen deep, and pages up to ${count(limits.maxDepth)} deep are read). ${INSTEAD}`;
  }
  if (shape.elements > limits.maxElements) {
    return `it has ${count(shape.elements)} elements; no article page does (a long one has a few thousand, and pages of up to ${count(limits.maxElements)} are read). ${INSTEAD}`;
  }
  return null;
}
