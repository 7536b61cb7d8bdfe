// Examples for w3c-annotation-validate.test.ts, written here from the recommendation's text: documents
// that conform, and broken ones, each breaking one MUST once (so each expects exactly one violation).
import { ANNOTATION_CONTEXT, type Json, type W3cRule } from "@/lib/formats/w3c-annotation-rules";

const QUOTE = { type: "TextQuoteSelector", exact: "around 12 million", prefix: "a population of ", suffix: " people" };
const POSITION = { type: "TextPositionSelector", start: 120, end: 137 };
const TARGET = { type: "SpecificResource", source: "urn:claimbench:article:a1", selector: [QUOTE, POSITION] };
const STATEMENT = { type: "TextualBody", purpose: "describing", value: "IS ruled about 12 million people", format: "text/plain" };
const LINK = { type: "SpecificResource", purpose: "linking", source: "https://data.example.org/report", selector: { type: "TextQuoteSelector", exact: "12 million" }, styleClass: "stance-supports" };
const TAG = { type: "TextualBody", purpose: "tagging", value: "population" };
const STYLESHEET = { type: "CssStylesheet", value: ".stance-supports { color: #15803d } /* .stance-context */ .stance-contradicts { color: #dc2626 }" };

/** An annotation shaped like the export's: statement, linked evidence with its stance class, a tag. */
export const ANNOTATION: Json = {
  "@context": ANNOTATION_CONTEXT,
  id: "https://claimbench.example/w/desk/claims/c1",
  type: "Annotation",
  motivation: "assessing",
  created: "2024-05-02T10:00:00.000Z",
  modified: "2024-05-20T14:05:00Z",
  creator: { type: "Person", name: "Rania Reviewer" },
  stylesheet: STYLESHEET,
  body: [STATEMENT, LINK, TAG],
  target: TARGET,
};

/** The rest of the model: a Choice, external resources, every selector and state, other identities. */
export const FEATURE_TOUR: Json = {
  "@context": ["http://example.org/extension.jsonld", ANNOTATION_CONTEXT],
  id: "urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df",
  type: ["Annotation", "http://example.org/Review"],
  creator: "https://claimbench.example/people/ana",
  generator: { id: "https://claimbench.example", type: "Software", name: "Claimbench" },
  generated: "2024-06-01T24:00:00Z",
  rights: ["https://creativecommons.org/licenses/by/4.0/"],
  canonical: "urn:uuid:0f9e1c0a-7f57-4d0a-9a5b-1c0e7c6a7a01",
  via: "https://other.example.org/anno/7",
  stylesheet: "https://claimbench.example/stance.css",
  body: [
    { type: "Choice", items: [{ type: "TextualBody", value: "Faux", language: "fr" }, { id: "https://example.org/note-en", textDirection: "ltr" }] },
    "https://example.org/post1",
    { source: { id: "https://example.org/ذاكرة", format: "text/html" }, purpose: "describing", selector: "https://example.org/selectors/1" },
  ],
  target: [
    "https://example.org/page1#para5",
    { id: "https://example.org/image1.png", type: "Image", format: "image/png" },
    {
      source: "https://example.org/report.pdf",
      styleClass: "any-class",
      state: [
        { type: "TimeState", sourceDateStart: "2016-02-29T00:00:00Z", sourceDateEnd: "2016-03-01T00:00:00Z", cached: "https://archive.example.org/copy1" },
        { type: "HttpRequestState", value: "Accept: application/pdf", refinedBy: { type: "FragmentSelector", value: "page=10" } },
        { id: "https://example.org/state1" },
      ],
      selector: [
        { type: "FragmentSelector", conformsTo: "http://tools.ietf.org/rfc/rfc3778", value: "page=10", refinedBy: { type: "TextPositionSelector", start: 6, end: 6 } },
        { type: "RangeSelector", startSelector: { type: "XPathSelector", value: "//td[2]" }, endSelector: { type: "CssSelector", value: "td + td" } },
        { type: "DataPositionSelector", start: 4096, end: 4104 },
        { type: "SvgSelector", value: "<svg:svg> ... </svg:svg>" },
        { type: "SvgSelector", id: "https://example.org/shape1.svg" },
      ],
    },
  ],
};

export const STRING_BODY: Json = { "@context": ANNOTATION_CONTEXT, id: "https://example.org/anno6", type: "Annotation", bodyValue: "Comment text", target: "https://example.org/target1" };

const { "@context": _context, ...EMBEDDED } = ANNOTATION;

/** A collection with its only page embedded, as the export writes it. */
export const COLLECTION: Json = {
  "@context": ANNOTATION_CONTEXT,
  id: "https://claimbench.example/api/v1/workspaces/desk/export?format=w3c",
  type: "AnnotationCollection",
  label: "Claims of the desk",
  generated: "2024-06-01T09:30:00.000Z",
  first: { id: "https://claimbench.example/api/v1/workspaces/desk/export?format=w3c#page-1", type: "AnnotationPage", startIndex: 0, items: [EMBEDDED, STRING_BODY] },
  last: "https://claimbench.example/api/v1/workspaces/desk/export?format=w3c#page-1",
  total: 2,
};

/** A collection with no annotations: no page at all (a page holds 1 or more). */
export const EMPTY_COLLECTION: Json = { "@context": ANNOTATION_CONTEXT, id: "https://example.org/collection0", type: "AnnotationCollection", label: "Nothing yet", total: 0 };

/** The middle page of a paged collection, on its own. */
export const PAGE: Json = {
  "@context": ANNOTATION_CONTEXT,
  id: "https://example.org/page2",
  type: "AnnotationPage",
  partOf: { id: "https://example.org/collection1", label: "Steampunk Annotations", total: 42023 },
  next: "https://example.org/page3",
  prev: "https://example.org/page1",
  startIndex: 2,
  items: ["https://example.org/anno3", EMBEDDED],
};

export interface BrokenCase {
  name: string;
  kind: "annotation" | "collection" | "page";
  doc: Json;
  rule: W3cRule;
  path: string;
}

const without = (doc: Json, key: string): Json => Object.fromEntries(Object.entries(doc).filter(([name]) => name !== key));
const withTarget = (target: unknown): Json => ({ ...ANNOTATION, target });
const withSelector = (selector: unknown): Json => withTarget({ ...TARGET, selector });
const withState = (state: unknown): Json => withTarget({ ...TARGET, state });
const withFirst = (first: Json): Json => ({ ...COLLECTION, first: { ...(COLLECTION.first as Json), ...first } });
const annotation = (name: string, doc: Json, rule: W3cRule, path: string): BrokenCase => ({ name, kind: "annotation", doc, rule, path });
const collection = (name: string, doc: Json, rule: W3cRule, path: string): BrokenCase => ({ name, kind: "collection", doc, rule, path });

export const BROKEN: BrokenCase[] = [
  annotation("no @context", without(ANNOTATION, "@context"), "annotation-context", '$["@context"]'),
  annotation("another context", { ...ANNOTATION, "@context": "http://schema.org" }, "annotation-context", '$["@context"]'),
  annotation("contexts without the annotation one", { ...ANNOTATION, "@context": ["http://example.org/a.jsonld", "http://example.org/b.jsonld"] }, "annotation-context", '$["@context"]'),
  annotation("the context alone in an array", { ...ANNOTATION, "@context": [ANNOTATION_CONTEXT] }, "annotation-context-single", '$["@context"]'),
  annotation("no id", without(ANNOTATION, "id"), "annotation-id", "$.id"),
  annotation("an id that is not an IRI", { ...ANNOTATION, id: "claim 12" }, "annotation-id", "$.id"),
  annotation("two ids", { ...ANNOTATION, id: ["https://example.org/1", "https://example.org/2"] }, "annotation-id", "$.id"),
  annotation("another type", { ...ANNOTATION, type: "Squirrel" }, "annotation-type", "$.type"),
  annotation("no target", without(ANNOTATION, "target"), "annotation-target", "$.target"),
  annotation("an empty list of targets", withTarget([]), "annotation-target", "$.target"),
  annotation("a number as target", withTarget(9), "resource-shape", "$.target"),
  annotation("a body that is no IRI", { ...ANNOTATION, body: "my comment" }, "resource-shape", "$.body"),
  annotation("a TextualBody as target", withTarget(STATEMENT), "target-not-textual", "$.target"),
  annotation("an external body without id", { ...ANNOTATION, body: { format: "text/html" } }, "external-id", "$.body.id"),
  annotation("a sideways text direction", withTarget({ ...TARGET, textDirection: "sideways" }), "text-direction", "$.target.textDirection"),
  annotation("a TextualBody without value", { ...ANNOTATION, body: [{ type: "TextualBody", purpose: "describing" }, LINK] }, "textual-value", "$.body[0].value"),
  annotation("a TextualBody with a number", { ...ANNOTATION, body: { type: "TextualBody", value: 42 } }, "textual-value", "$.body.value"),
  annotation("two bodyValues", { ...without(ANNOTATION, "body"), bodyValue: ["a", "b"] }, "body-value", "$.bodyValue"),
  annotation("a bodyValue beside a body", { ...ANNOTATION, bodyValue: "Comment" }, "body-and-body-value", "$.body"),
  annotation("a Choice with two types", { ...ANNOTATION, body: { type: ["Choice", "Text"], items: ["https://example.org/a"] } }, "choice-type", "$.body.type"),
  annotation("a created date in words", { ...ANNOTATION, created: "20 May 2024" }, "lifecycle-date", "$.created"),
  annotation("a modified date with an offset", { ...ANNOTATION, modified: "2024-05-20T14:05:00+02:00" }, "lifecycle-date", "$.modified"),
  annotation("two generated dates", { ...ANNOTATION, generated: ["2024-05-20T14:05:00Z", "2024-05-21T14:05:00Z"] }, "lifecycle-date", "$.generated"),
  annotation("a created date that never was", { ...ANNOTATION, created: "2023-02-29T10:00:00Z" }, "lifecycle-date", "$.created"),
  annotation("a number as creator", { ...ANNOTATION, creator: 6 }, "agent", "$.creator"),
  annotation("an agent with two ids", { ...ANNOTATION, creator: { id: ["https://example.org/a", "https://example.org/b"], type: "Person" } }, "agent", "$.creator.id"),
  annotation("rights that are no IRI", { ...ANNOTATION, rights: "all rights reserved" }, "rights", "$.rights"),
  annotation("two canonical IRIs", { ...ANNOTATION, canonical: ["urn:uuid:1", "urn:uuid:2"] }, "canonical", "$.canonical"),
  annotation("a via that is no IRI", { ...ANNOTATION, via: "the other server" }, "via", "$.via"),
  annotation("a purpose on an external body", { ...ANNOTATION, body: { id: "https://example.org/post1", purpose: "linking" } }, "purpose-placement", "$.body.purpose"),
  annotation("a Specific Resource without source", withTarget(without(TARGET, "source")), "specific-source", "$.target.source"),
  annotation("two sources", withTarget({ ...TARGET, source: ["https://example.org/a", "https://example.org/b"] }), "specific-source", "$.target.source"),
  annotation("a source object without id", withTarget({ ...TARGET, source: { format: "text/html" } }), "specific-source", "$.target.source.id"),
  annotation("a selector without type", withSelector({ exact: "12 million" }), "selector-shape", "$.target.selector.type"),
  annotation("a selector of no such class", withSelector({ type: "MagicSelector", value: "x" }), "selector-shape", "$.target.selector.type"),
  annotation("a number as selector", withSelector(42), "selector-shape", "$.target.selector"),
  annotation("a FragmentSelector without value", withSelector({ type: "FragmentSelector" }), "fragment-value", "$.target.selector.value"),
  annotation("a FragmentSelector conforming to two specs", withSelector({ type: "FragmentSelector", value: "p=1", conformsTo: ["http://a.example/", "http://b.example/"] }), "fragment-conforms-to", "$.target.selector.conformsTo"),
  annotation("a CssSelector without value", withSelector({ type: "CssSelector" }), "css-value", "$.target.selector.value"),
  annotation("an XPathSelector with two values", withSelector({ type: "XPathSelector", value: ["//p", "//div"] }), "xpath-value", "$.target.selector.value"),
  annotation("a TextQuoteSelector without exact", withSelector([{ type: "TextQuoteSelector", prefix: "a population of " }, POSITION]), "quote-exact", "$.target.selector[0].exact"),
  annotation("two prefixes", withSelector([{ ...QUOTE, prefix: ["a ", "the "] }, POSITION]), "quote-affix", "$.target.selector[0].prefix"),
  annotation("a negative start", withSelector([QUOTE, { ...POSITION, start: -1 }]), "position-start-end", "$.target.selector[1].start"),
  annotation("an end given as a string", withSelector([QUOTE, { ...POSITION, end: "137" }]), "position-start-end", "$.target.selector[1].end"),
  annotation("a fractional start", withSelector([QUOTE, { ...POSITION, start: 1.5 }]), "position-start-end", "$.target.selector[1].start"),
  annotation("start after end", withSelector([QUOTE, { ...POSITION, start: 137, end: 120 }]), "position-order", "$.target.selector[1]"),
  annotation("a DataPositionSelector without end", withSelector({ type: "DataPositionSelector", start: 4096 }), "data-position-start-end", "$.target.selector.end"),
  annotation("an SvgSelector with neither SVG nor IRI", withSelector({ type: "SvgSelector" }), "svg-selector", "$.target.selector"),
  annotation("a RangeSelector without end", withSelector({ type: "RangeSelector", startSelector: QUOTE }), "range-selector", "$.target.selector.endSelector"),
  annotation("a RangeSelector starting at a broken selector", withSelector({ type: "RangeSelector", startSelector: { type: "TextQuoteSelector" }, endSelector: QUOTE }), "quote-exact", "$.target.selector.startSelector.exact"),
  annotation("a refinement that ends before it starts", withSelector({ type: "FragmentSelector", value: "p5", refinedBy: { ...POSITION, start: 9, end: 2 } }), "position-order", "$.target.selector.refinedBy"),
  annotation("a state of no such class", withState({ type: "SpaceState" }), "state-shape", "$.target.state.type"),
  annotation("a TimeState on no date", withState({ type: "TimeState", sourceDate: "yesterday" }), "time-state", "$.target.state.sourceDate"),
  annotation("an interval without its end", withState({ type: "TimeState", sourceDateStart: "2016-02-01T00:00:00Z" }), "time-state", "$.target.state.sourceDateEnd"),
  annotation("a date and an interval", withState({ type: "TimeState", sourceDate: "2016-02-01T00:00:00Z", sourceDateStart: "2016-02-01T00:00:00Z", sourceDateEnd: "2016-02-02T00:00:00Z" }), "time-state", "$.target.state"),
  annotation("an HttpRequestState without headers", withState({ type: "HttpRequestState" }), "request-state", "$.target.state.value"),
  annotation("two stylesheets", { ...ANNOTATION, stylesheet: [STYLESHEET, "https://example.org/more.css"] }, "stylesheet", "$.stylesheet"),
  annotation("a stylesheet that is not CSS", { ...ANNOTATION, stylesheet: { ...STYLESHEET, type: "XslStylesheet" } }, "stylesheet", "$.stylesheet.type"),
  annotation("a stylesheet with nothing in it", { ...ANNOTATION, stylesheet: { type: "CssStylesheet" } }, "stylesheet", "$.stylesheet"),
  annotation("a styleClass without stylesheet", without(ANNOTATION, "stylesheet"), "style-class", "$.body[1].styleClass"),
  annotation("a styleClass the stylesheet lacks", { ...ANNOTATION, body: [STATEMENT, { ...LINK, styleClass: "stance-context" }] }, "style-class", "$.body[1].styleClass"),
  collection("a collection without @context", without(COLLECTION, "@context"), "collection-context", '$["@context"]'),
  collection("a collection id with a space", { ...COLLECTION, id: "claims of the desk" }, "collection-id", "$.id"),
  collection("a collection typed as a page", { ...COLLECTION, type: "AnnotationPage" }, "collection-type", "$.type"),
  collection("a number as label", { ...COLLECTION, label: 42 }, "collection-label", "$.label"),
  collection("a total given as a string", { ...COLLECTION, total: "2" }, "collection-total", "$.total"),
  collection("a negative total", { ...COLLECTION, total: -1 }, "collection-total", "$.total"),
  collection("annotations but no first page", without(COLLECTION, "first"), "collection-first", "$.first"),
  collection("a number as first page", { ...COLLECTION, first: 42 }, "collection-first", "$.first"),
  collection("a last page that is no IRI", { ...COLLECTION, last: "page 1" }, "collection-last", "$.last"),
  collection("a total that miscounts", { ...COLLECTION, total: 3 }, "collection-total-count", "$.total"),
  collection("an empty page (what the export wrote for no claims)", { ...withFirst({ items: [] }), total: 0 }, "page-items", "$.first.items"),
  collection("a page without items", withFirst({ items: undefined }), "page-items", "$.first.items"),
  collection("a number among the items", withFirst({ items: [42, EMBEDDED] }), "page-items", "$.first.items[0]"),
  collection("an embedded annotation without target", withFirst({ items: [without(EMBEDDED, "target"), STRING_BODY] }), "annotation-target", "$.first.items[0].target"),
  collection("a page without id", withFirst({ id: undefined }), "page-id", "$.first.id"),
  collection("a page typed as a collection", withFirst({ type: "AnnotationCollection" }), "page-type", "$.first.type"),
  collection("a partOf without id", withFirst({ partOf: { label: "Claims" } }), "page-part-of", "$.first.partOf.id"),
  collection("a next page that is no IRI", withFirst({ next: "page 2" }), "page-next", "$.first.next"),
  collection("a previous page that is a number", withFirst({ prev: 1 }), "page-prev", "$.first.prev"),
  collection("a negative startIndex", withFirst({ startIndex: -1 }), "page-start-index", "$.first.startIndex"),
  { name: "a standalone page without @context", kind: "page", doc: without(PAGE, "@context"), rule: "page-context", path: '$["@context"]' },
];
