// A DOM subtree as plain-text paragraphs: each block element (and each <br>) ends a paragraph,
// whitespace inside a paragraph collapses to single spaces as a browser shows it, and <pre> keeps
// its lines. No markup survives. Plain JavaScript because it runs in the HTML reader's worker
// thread, which Node loads without a TypeScript step (see html-reader-pool.ts).

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "title", "button", "select", "textarea"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** @param {Node} root @returns {string[]} */
export function htmlToParagraphs(root) {
  /** @type {string[]} */
  const paragraphs = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t\n\r\f\u00A0]+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  /** @param {Node} node */
  const walk = (node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = /** @type {Element} */ (node).localName;
    if (SKIPPED.has(name)) return;
    if (name === "br") return flush();
    if (name === "pre") {
      flush();
      for (const line of (node.textContent ?? "").split(/\r?\n/)) {
        current = line;
        flush();
      }
      return;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    for (const child of node.childNodes) walk(child);
    if (isBlock) flush();
    // The cells of a table row stay on one line, apart.
    if (name === "td" || name === "th") current += " ";
  };
  walk(root);
  flush();
  return paragraphs;
}
