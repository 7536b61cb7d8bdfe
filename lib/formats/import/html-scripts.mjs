// Finding and stripping what would run in a browser: script elements, inline event handlers
// (onclick=...) and javascript: links. Data blocks (<script type="application/ld+json">) hold no
// code and are not counted, though they are dropped with the rest of the HTML. Plain JavaScript
// because it runs in the HTML reader's worker thread (see html-reader-pool.ts).

const DATA_BLOCK = /^(application\/(ld\+)?json|text\/template|text\/x-template)$/i;
const SNIPPET = 120;

/**
 * @typedef {{ description: string, line: number, element: Element, attribute?: string, text: string }} FoundScript
 * `element` and `attribute` say what stripping it removes: the script element, or one attribute of an element.
 */

/** @param {string} text */
const snippet = (text) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat;
};

/** @param {import("jsdom").JSDOM} dom @returns {FoundScript[]} */
export function findScripts(dom) {
  /** @type {FoundScript[]} */
  const found = [];
  /** @param {Element} element */
  const lineOf = (element) => dom.nodeLocation(element)?.startLine ?? 0;
  for (const element of dom.window.document.querySelectorAll("*")) {
    if (element.localName === "script" && !DATA_BLOCK.test(element.getAttribute("type")?.trim() ?? "")) {
      const src = element.getAttribute("src");
      const text = src ? `<script src="${src}">` : `<script> ${snippet(element.textContent ?? "")}`;
      found.push({ description: "a <script> element", line: lineOf(element), element, text });
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const isHandler = name.startsWith("on");
      const isJsUrl = (name === "href" || name === "src" || name === "action") && /^\s*javascript:/i.test(attribute.value);
      if (!isHandler && !isJsUrl) continue;
      found.push({
        description: isHandler ? `an inline event handler, ${name}=` : "a javascript: link",
        line: lineOf(element),
        element,
        attribute: attribute.name,
        text: `${name}="${snippet(attribute.value)}"`,
      });
    }
  }
  return found;
}

/**
 * Removes what findScripts found and lists it as removed on import, with its line in the HTML.
 * @param {FoundScript[]} scripts
 */
export function stripScripts(scripts) {
  for (const script of scripts) {
    if (script.attribute) script.element.removeAttribute(script.attribute);
    else script.element.remove();
  }
  return scripts.map((script) => ({ kind: "html-script", line: script.line, text: script.text }));
}
