// A DOM subtree as plain-text paragraphs: each block element (and each <br>) ends a paragraph,
// whitespace inside a paragraph collapses to single spaces as a browser shows it, and <pre> keeps
// its lines. No markup survives. Plain JavaScript because it runs in the HTML reader's worker
// thread, which Node loads without a TypeScript step (see html-reader-pool.ts).

export const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "title", "button", "select", "textarea"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** @typedef {{ text: string, mark?: import("./html-furniture.mjs").Mark }} Paragraph */

/**
 * @param {Node} root
 * @param {Map<Element, import("./html-furniture.mjs").Mark>} [marks] blocks that are furniture or code
 *   (html-furniture.mjs): each paragraph inside one carries its mark, the outermost one's.
 * @returns {Paragraph[]}
 */
export function htmlToParagraphs(root, marks = new Map()) {
  /** @type {Paragraph[]} */
  const paragraphs = [];
  /** @type {import("./html-furniture.mjs").Mark[]} */
  const open = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t\n\r\f\u00A0]+/g, " ").trim();
    const mark = open[0];
    if (text) paragraphs.push(mark ? { text, mark } : { text });
    current = "";
  };
  /** @param {Node} node */
  const walk = (node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = /** @type {Element} */ (node);
    const name = element.localName;
    if (SKIPPED.has(name)) return;
    if (name === "br") return flush();
    const mark = marks.get(element);
    if (mark) {
      flush();
      open.push(mark);
    }
    if (name === "pre") {
      flush();
      for (const line of (node.textContent ?? "").split(/\r?\n/)) {
        current = line;
        flush();
      }
    } else {
      const isBlock = BLOCKS.has(name);
      if (isBlock) flush();
      for (const child of node.childNodes) walk(child);
      if (isBlock) flush();
      // The cells of a table row stay on one line, apart.
      if (name === "td" || name === "th") current += " ";
    }
    if (mark) {
      flush();
      open.pop();
    }
  };
  walk(root);
  flush();
  return paragraphs;
}
