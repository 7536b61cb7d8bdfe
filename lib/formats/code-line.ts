// Detects lines of CSS or JavaScript that leak into copy-pasted or scraped article text.
// The guiding rule is that a line of prose must never be classified as code, so every
// test below demands structure (a complete `selector { prop: value }` rule, a statement
// shape) or a line with almost no natural-language words, not merely a suspicious token.

const HTML_TAGS = new Set(
  ("a abbr article aside b blockquote body br button caption code div dl dt dd em embed fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header html i iframe img input ins label li main nav ol p picture pre section " +
    "select small span strong sub sup svg table tbody td textarea tfoot th thead tr u ul video").split(" "),
);

const COMPOUND_SELECTOR = /^(\*|[a-z][a-z0-9-]*)?((\.|#)[-\w]+|\[[^\]]*\]|::?[-\w]+(\([^)]*\))?)*$/i;

function isSelector(raw: string): boolean {
  const selector = raw.trim();
  if (selector === "") return false;
  if (/^@(font-face|page)$/i.test(selector)) return true;
  return selector.split(",").every((part) => {
    const compounds = part.trim().split(/\s*[>+~]\s*|\s+/).filter(Boolean);
    return compounds.length > 0 && compounds.every((c) => {
      if (!COMPOUND_SELECTOR.test(c)) return false;
      // A bare word only counts as a selector when it is an HTML tag: "Note" or "The" are prose.
      return /[.#[:*]/.test(c) || HTML_TAGS.has(c.toLowerCase());
    });
  });
}

function isDeclarationList(raw: string): boolean {
  const decls = raw.split(";").map((d) => d.trim()).filter(Boolean);
  return decls.length > 0 && decls.every((d) => /^(--)?-?[a-z][-a-z]*\s*:\s*\S/i.test(d));
}

/** A line made only of complete CSS rules, optionally wrapped in one at-rule block. */
export function isCssLine(line: string): boolean {
  let rest = line.trim();
  if (/^@(import|charset|namespace)\b[^;{}]*;$/i.test(rest)) return true;
  let openAtRules = 0;
  const atRule = /^@(media|supports|container|layer|document)\b[^{};]*\{/i.exec(rest);
  if (atRule) {
    rest = rest.slice(atRule[0].length);
    openAtRules = 1;
  }
  let rules = 0;
  for (;;) {
    rest = rest.trimStart();
    if (rest === "") break;
    if (rest.startsWith("}") && openAtRules > 0) {
      rest = rest.slice(1);
      openAtRules -= 1;
      continue;
    }
    const rule = /^([^{}]+)\{([^{}]*)\}/.exec(rest);
    if (!rule || !isSelector(rule[1] ?? "") || !isDeclarationList(rule[2] ?? "")) return false;
    rest = rest.slice(rule[0].length);
    rules += 1;
  }
  return rules > 0 && openAtRules === 0;
}

const NATURAL_WORD = /^["'“‘(«]?\p{L}[\p{L}\p{M}'’-]*[)"'”’»]?[,.;:!?…]?[)"'”’»]?$/u;
const CODE_CHARS = /[{}()[\];=<>|&$]/g;

/** Share of whitespace-separated tokens that read as ordinary words. */
export function naturalWordRatio(line: string): number {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 0;
  return tokens.filter((t) => NATURAL_WORD.test(t)).length / tokens.length;
}

function codeCharDensity(line: string): number {
  const compact = line.replace(/\s+/g, "");
  if (compact.length === 0) return 0;
  return (compact.match(CODE_CHARS)?.length ?? 0) / compact.length;
}

// Openings that only JavaScript statements have: ad loaders, IIFEs, declarations, DOM calls.
const STATEMENT_START =
  /^(\(\s*adsbygoogle\b|adsbygoogle\b|\(\s*function\s*\(|!\s*function\s*\(|\(\s*\(\s*\)\s*=>|\(\s*\(\s*\w+(\s*,\s*\w+)*\s*\)\s*=>|(var|let|const)\s+[\w$]+\s*=|window\.|document\.|googletag\.|dataLayer\.|_gaq\.|gtag\s*\(|fbq\s*\(|__tcfapi\s*\(|if\s*\(|try\s*\{|\}\s*catch\b|function\s+[\w$]+\s*\()/;
const STATEMENT_END = /[;{})]\s*$/;
const CODE_TOKEN = /function\s*\(|=>|\)\s*;|\}\s*\)|\.push\s*\(|\|\||&&|===?|\bvar\s|\bnew\s+\w+\(|\bdocument\.|\bwindow\./;
const MARKUP_LINE = /^<\/?(script|style|noscript|iframe|ins)\b[^>]*>(\s*<\/(script|style|noscript|iframe|ins)>)?$/i;

/** A JavaScript statement (or script/style markup) standing alone on a line. */
export function isScriptLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return false;
  if (MARKUP_LINE.test(text)) return true;
  // Closing braces left over from a multi-line block: "}", "});", "})();"
  if (/^[{}()[\];,\s]+$/.test(text) && /[{}]/.test(text)) return true;
  const words = naturalWordRatio(text);
  if (STATEMENT_START.test(text) && STATEMENT_END.test(text) && words < 0.5) return true;
  return CODE_TOKEN.test(text) && codeCharDensity(text) >= 0.08 && words < 0.3;
}

/** Net `{` minus `}` on a line, so a block opened by a code line can be followed to its end. */
export function braceBalance(line: string): number {
  let balance = 0;
  for (const ch of line) {
    if (ch === "{") balance += 1;
    else if (ch === "}") balance -= 1;
  }
  return balance;
}

/** The first line of a CSS block spread over several lines: ".ad-slot {" or "@media (x) {". */
export function isCssBlockOpener(line: string): boolean {
  const text = line.trim();
  if (/^@(media|supports|container|layer|font-face|page)\b[^{};]*\{$/i.test(text)) return true;
  const opener = /^([^{}]+)\{$/.exec(text);
  return opener !== null && isSelector(opener[1] ?? "");
}
