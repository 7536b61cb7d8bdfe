// The MUSTs of the W3C Web Annotation Data Model (Recommendation of 23 February 2017,
// https://www.w3.org/TR/annotation-model/) that scripts/test-support/w3c-annotation-validate.ts checks, one entry
// each, with the section that states it. Every violation the validator reports names one of these, so a
// failing export says which requirement it broke and where, not just "invalid".
//
// Scope: everything the W3C export writes (annotations, textual and specific-resource bodies, specific
// resource targets, quote and position selectors, the stylesheet, one collection with an embedded page),
// plus the rest of the model's selectors, states and choices, so that a document using them is not passed
// unread. A few entries go beyond the literal MUST where the text leaves no other reading; their wording
// says so (position-order, style-class, collection-total-count).

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

interface Must {
  section: string;
  must: string;
}

export const W3C_MUSTS = {
  "annotation-context": { section: "3.1", must: `An Annotation has 1 or more @context values, and ${ANNOTATION_CONTEXT} is one of them.` },
  "annotation-context-single": { section: "3.1", must: "A single @context value is given as a string, not as an array of one." },
  "annotation-id": { section: "3.1", must: "An Annotation has exactly 1 IRI that identifies it (id)." },
  "annotation-type": { section: "3.1", must: "An Annotation has 1 or more types, and Annotation is one of them." },
  "annotation-target": { section: "3.1", must: "An Annotation has 1 or more targets." },
  "resource-shape": { section: "3.2", must: "Each body and target is an IRI or a resource described as an object." },
  "target-not-textual": { section: "3.2", must: "A target is always an External Web Resource (or a Specific Resource of one), never an embedded TextualBody." },
  "external-id": { section: "3.2.1", must: "A body or target that is an External Web Resource has exactly 1 id, the resource's IRI." },
  "text-direction": { section: "3.2.1", must: "textDirection, when given, is exactly 1 of ltr, rtl or auto." },
  "textual-value": { section: "3.2.4", must: "A TextualBody has exactly 1 value, a string." },
  "body-value": { section: "3.2.5", must: "bodyValue, when given, is exactly 1 string." },
  "body-and-body-value": { section: "3.2.5", must: "An Annotation with a bodyValue has no body." },
  "choice-type": { section: "3.2.7", must: "A Choice has exactly 1 type, Choice." },
  "lifecycle-date": { section: "3.3.1", must: "created, modified and generated are each at most 1 xsd:dateTime in UTC, written with Z." },
  agent: { section: "3.3.2", must: "A creator or generator is an IRI or an object, and an Agent has at most 1 IRI (id)." },
  rights: { section: "3.3.6", must: "Each rights value is an IRI." },
  canonical: { section: "3.3.7", must: "canonical, when given, is exactly 1 IRI." },
  via: { section: "3.3.7", must: "Each via value is an IRI." },
  "purpose-placement": { section: "4.1", must: "purpose belongs on a TextualBody or a Specific Resource; an External Web Resource gets one through a Specific Resource." },
  "specific-source": { section: "4", must: "A Specific Resource has exactly 1 source: an IRI, or an object whose id is its IRI." },
  "selector-shape": { section: "4.2", must: "Each selector is an IRI or an object with exactly 1 type, one of the model's Selector classes." },
  "fragment-value": { section: "4.2.1", must: "A FragmentSelector has exactly 1 value, a string." },
  "fragment-conforms-to": { section: "4.2.1", must: "A FragmentSelector has at most 1 conformsTo, an IRI." },
  "css-value": { section: "4.2.2", must: "A CssSelector has exactly 1 value, a string." },
  "xpath-value": { section: "4.2.3", must: "An XPathSelector has exactly 1 value, a string." },
  "quote-exact": { section: "4.2.4", must: "A TextQuoteSelector has exactly 1 exact, a string." },
  "quote-affix": { section: "4.2.4", must: "A TextQuoteSelector has at most 1 prefix and at most 1 suffix, each a string." },
  "position-start-end": { section: "4.2.5", must: "A TextPositionSelector has exactly 1 start and exactly 1 end, each a non-negative integer." },
  "data-position-start-end": { section: "4.2.6", must: "A DataPositionSelector has exactly 1 start and exactly 1 end, each a non-negative integer." },
  "position-order": { section: "4.2.5", must: "A position selector's segment runs from start (included) to end (excluded), so end is not before start." },
  "svg-selector": { section: "4.2.7", must: "An SvgSelector is either an External Web Resource (an id IRI) or embeds its SVG as exactly 1 value." },
  "range-selector": { section: "4.2.8", must: "A RangeSelector has exactly 1 startSelector and exactly 1 endSelector, each a Selector." },
  "state-shape": { section: "4.3", must: "Each state is an IRI, an object with its id, or an object with exactly 1 type, TimeState or HttpRequestState." },
  "time-state": { section: "4.3.1", must: "A TimeState's sourceDate, or else its paired sourceDateStart and sourceDateEnd (at most 1 each), are xsd:dateTime in UTC with Z." },
  "request-state": { section: "4.3.2", must: "An HttpRequestState has exactly 1 value, a string." },
  stylesheet: { section: "4.4", must: "An Annotation has at most 1 stylesheet: an IRI, or an object (type CssStylesheet if typed) with an id IRI or a CSS value." },
  "style-class": { section: "4.4", must: "A styleClass takes effect only if the Annotation's stylesheet describes that class; otherwise consumers MUST ignore it." },
  "collection-context": { section: "5.1", must: `A Collection has 1 or more @context values, and ${ANNOTATION_CONTEXT} is one of them.` },
  "collection-id": { section: "5.1", must: "A Collection has exactly 1 IRI that identifies it (id)." },
  "collection-type": { section: "5.1", must: "A Collection has 1 or more types, and AnnotationCollection is one of them." },
  "collection-label": { section: "5.1", must: "Each label of a Collection is a string." },
  "collection-total": { section: "5.1", must: "total, when given, is exactly 1 xsd:nonNegativeInteger." },
  "collection-first": { section: "5.1", must: "A Collection with a total above 0 has exactly 1 first page: an IRI or an embedded Page." },
  "collection-last": { section: "5.1", must: "last, when given, is the IRI of the last page." },
  "collection-total-count": { section: "5.1", must: "total is the number of Annotations in the Collection: when every page is embedded, the number they hold." },
  "page-context": { section: "5.2", must: `A Page not embedded in a Collection has 1 or more @context values, and ${ANNOTATION_CONTEXT} is one of them.` },
  "page-id": { section: "5.2", must: "A Page has exactly 1 IRI that identifies it (id)." },
  "page-type": { section: "5.2", must: "A Page has 1 or more types, and AnnotationPage is one of them." },
  "page-part-of": { section: "5.2", must: "partOf is the Collection's IRI or an object with at least its id." },
  "page-items": { section: "5.2", must: "A Page has items: an array of 1 or more Annotations (objects or IRIs)." },
  "page-next": { section: "5.2", must: "next, when given, is the IRI of the following page." },
  "page-prev": { section: "5.2", must: "prev, when given, is the IRI of the preceding page." },
  "page-start-index": { section: "5.2", must: "startIndex, when given, is exactly 1 xsd:nonNegativeInteger." },
} as const satisfies Record<string, Must>;

export type W3cRule = keyof typeof W3C_MUSTS;

export interface W3cViolation {
  rule: W3cRule;
  /** The recommendation's section that states the requirement. */
  section: string;
  must: string;
  /** Where in the document, as a JSONPath: $.first.items[2].target.selector[1].start */
  path: string;
  /** What was found there instead. */
  found: string;
}

export type Json = Record<string, unknown>;

/** Collects violations while the validator walks a document. */
export class Violations {
  readonly list: W3cViolation[] = [];

  add(rule: W3cRule, path: string, found: string): void {
    const { section, must } = W3C_MUSTS[rule];
    this.list.push({ rule, section, must, path, found });
  }
}

export function formatViolation(violation: W3cViolation): string {
  return `${violation.path}: ${violation.must} (Web Annotation Data Model §${violation.section}; found ${violation.found})`;
}

export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The path of a member: $.first, $.body[2], $["@context"]. */
export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A JSON-LD value as its list of values with their paths: nothing when absent, each member of an array. */
export function entries(value: unknown, path: string): [unknown, string][] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map((item, index) => [item, at(path, index)]) : [[value, path]];
}

/** How many values a property has (an array of one counts as one, as in JSON-LD), and the value when one. */
export function single(value: unknown): { count: number; value: unknown } {
  if (value === undefined) return { count: 0, value: undefined };
  if (Array.isArray(value)) return { count: value.length, value: value.length === 1 ? value[0] : undefined };
  return { count: 1, value };
}

export const typesOf = (resource: Json): string[] => entries(resource.type, "").map(([type]) => type).filter((type): type is string => typeof type === "string");

/** Short words for what was found, for the violation's `found`. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (isObject(value)) return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

// RFC 3987: an absolute IRI starts with a scheme and never holds a space, a control character or any of
// <>"{}|\^`; a % starts a two-digit escape. Anything else (non-ASCII letters included) may appear.
const IRI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:./;
const IRI_FORBIDDEN = new Set([..."<>\"{}|\\^`"]);
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

export function isIri(value: unknown): value is string {
  if (typeof value !== "string" || !IRI_SCHEME.test(value) || BAD_PERCENT.test(value)) return false;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || IRI_FORBIDDEN.has(char)) return false;
  }
  return true;
}

// xsd:dateTime, restricted to UTC written as Z (3.3.1, 4.3.1). Fractions of a second are allowed.
const UTC_DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

export function isUtcDateTime(value: unknown): boolean {
  const match = typeof value === "string" ? UTC_DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days || minute > 59 || second > 59) return false;
  // xsd allows 24:00:00 (the end of the day), and nothing else past 23:59:59.
  return hour < 24 || (hour === 24 && minute === 0 && second === 0 && !/[1-9]/.test(match[7] ?? ""));
}

/** xsd:nonNegativeInteger as JSON: a whole number from 0 (a string "3" is a string, not an integer). */
export const isNonNegativeInteger = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
