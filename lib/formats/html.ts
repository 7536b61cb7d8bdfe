// A tagged template for the public pages (/p/...), which are plain HTML strings rather than React so each
// answer can carry exact caching headers. Every interpolated value is escaped unless it is already Html
// (made by this template or by `trustedHtml`), so text from a claim can never become markup: the safe way
// is the default way. Arrays are joined, and null, undefined and false render nothing, so conditions and
// lists read naturally: html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.

const HTML = Symbol("html");

export interface Html {
  readonly [HTML]: true;
  readonly value: string;
}

type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or an attribute value (quoted either way). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const isHtml = (value: unknown): value is Html => typeof value === "object" && value !== null && HTML in value;

/** Markup that is known to be safe: only for constants of the code and the outputs of the serialisers here. */
export function trustedHtml(value: string): Html {
  return { [HTML]: true, value };
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (isHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return trustedHtml(out);
}

/**
 * JSON for a <script type="application/ld+json"> block. JSON.stringify leaves "<", ">" and "&" as they are,
 * so "</script><script>…" in a claim would end the block; written as \u003c etc. they are the same JSON
 * string to a parser but never markup. U+2028 and U+2029 are escaped too: older JavaScript parsers (and
 * tools that eval JSON-LD) treat them as line ends.
 */
export function jsonForScript(value: unknown): Html {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return trustedHtml(json);
}
