import { describe, expect, it } from "vitest";
import { ANNOTATION, BROKEN, COLLECTION, EMPTY_COLLECTION, FEATURE_TOUR, PAGE, STRING_BODY, type BrokenCase } from "./w3c-annotation-validate.fixture";
import { W3C_MUSTS, formatViolation, isIri, isUtcDateTime, type W3cRule } from "@/lib/formats/w3c-annotation-rules";
import { validateAnnotation, validateAnnotationCollection, validateAnnotationPage, validateW3cAnnotationDocument } from "./w3c-annotation-validate";

const VALIDATORS = { annotation: validateAnnotation, collection: validateAnnotationCollection, page: validateAnnotationPage };
const found = (broken: BrokenCase) => VALIDATORS[broken.kind](broken.doc).map(({ rule, path }) => ({ rule, path }));

describe("documents that conform", () => {
  it("passes an annotation shaped like the export's, and one using the rest of the model", () => {
    expect(validateAnnotation(ANNOTATION)).toEqual([]);
    expect(validateAnnotation(FEATURE_TOUR)).toEqual([]);
    expect(validateAnnotation(STRING_BODY)).toEqual([]);
  });

  it("passes a collection with its page embedded, an empty collection and a standalone middle page", () => {
    expect(validateAnnotationCollection(COLLECTION)).toEqual([]);
    expect(validateAnnotationCollection(EMPTY_COLLECTION)).toEqual([]);
    expect(validateAnnotationPage(PAGE)).toEqual([]);
  });

  it("lets an embedded annotation take its @context from the document, and checks one it brings", () => {
    const { "@context": _context, ...embedded } = ANNOTATION;
    expect(validateAnnotation(embedded, { embedded: true })).toEqual([]);
    expect(validateAnnotation(embedded).map((violation) => violation.rule)).toEqual(["annotation-context"]);
    expect(validateAnnotation({ ...embedded, "@context": "http://schema.org" }, { embedded: true }).map((v) => v.rule)).toEqual(["annotation-context"]);
  });

  it("accepts the annotation context anywhere among several, as the recommendation says 'one of them'", () => {
    expect(validateAnnotation({ ...ANNOTATION, "@context": ["http://example.org/extension.jsonld", "http://www.w3.org/ns/anno.jsonld"] })).toEqual([]);
  });

  it("chooses the validator by the document's type", () => {
    expect(validateW3cAnnotationDocument(COLLECTION)).toEqual([]);
    expect(validateW3cAnnotationDocument(PAGE)).toEqual([]);
    expect(validateW3cAnnotationDocument({ ...PAGE, items: [] }).map((v) => v.rule)).toEqual(["page-items"]);
    expect(validateW3cAnnotationDocument({}).map((v) => v.rule)).toEqual(["annotation-context", "annotation-id", "annotation-type", "annotation-target"]);
  });
});

describe("documents that break one MUST", () => {
  it.each(BROKEN.map((broken) => [broken.name, broken] as const))("reports %s", (_name, broken) => {
    expect(found(broken)).toEqual([{ rule: broken.rule, path: broken.path }]);
  });

  it("has a broken example for every MUST it checks", () => {
    const covered = new Set(BROKEN.map((broken) => broken.rule));
    expect(Object.keys(W3C_MUSTS).filter((rule) => !covered.has(rule as W3cRule))).toEqual([]);
  });
});

describe("what a violation says", () => {
  it("names the requirement, its section, the path and what was found", () => {
    const withBadStart = { ...ANNOTATION, target: { source: "urn:x", selector: { type: "TextPositionSelector", start: -1, end: 4 } } };
    const [violation, ...others] = validateAnnotation(withBadStart);
    expect(others).toEqual([]);
    expect(violation).toEqual({
      rule: "position-start-end",
      section: "4.2.5",
      must: "A TextPositionSelector has exactly 1 start and exactly 1 end, each a non-negative integer.",
      path: "$.target.selector.start",
      found: "-1",
    });
    expect(formatViolation(violation!)).toBe(
      "$.target.selector.start: A TextPositionSelector has exactly 1 start and exactly 1 end, each a non-negative integer. (Web Annotation Data Model §4.2.5; found -1)",
    );
  });

  it("lists every violation of a document, each at its own path", () => {
    const broken = { ...COLLECTION, total: 5, first: { ...(COLLECTION.first as object), id: "page one", items: [{ type: "Annotation", id: "https://example.org/a" }] } };
    expect(validateAnnotationCollection(broken).map((v) => `${v.rule} ${v.path}`)).toEqual([
      "page-id $.first.id",
      "annotation-target $.first.items[0].target",
      "collection-total-count $.total",
    ]);
  });

  it("refuses what is not a JSON object", () => {
    expect(validateAnnotationCollection([COLLECTION]).map((v) => `${v.rule} ${v.path} ${v.found}`)).toEqual(["collection-type $ an array of 1"]);
    expect(validateAnnotation("https://example.org/anno1").map((v) => v.rule)).toEqual(["annotation-type"]);
    expect(validateAnnotationPage(null).map((v) => v.rule)).toEqual(["page-type"]);
  });
});

describe("IRIs and dates", () => {
  it("takes absolute IRIs, non-ASCII included, and refuses relative ones, spaces and broken escapes", () => {
    for (const iri of ["https://example.org/a?b=c#d", "urn:claimbench:article:01900000", "https://ar.example/ذاكرة", "mailto:desk@example.org", "https://example.org/%C3%A9"]) expect(isIri(iri), iri).toBe(true);
    for (const notIri of ["/claims/12", "claims:", "https://example.org/a b", "https://example.org/<a>", "https://example.org/%zz", "", 42]) expect(isIri(notIri), String(notIri)).toBe(false);
  });

  it("takes xsd:dateTime in UTC with Z, and refuses offsets, no zone and days that never were", () => {
    for (const date of ["2024-05-02T10:00:00Z", "2024-05-02T10:00:00.123Z", "2024-02-29T23:59:59Z", "2024-06-01T24:00:00Z"]) expect(isUtcDateTime(date), date).toBe(true);
    for (const notDate of ["2024-05-02T10:00:00", "2024-05-02T10:00:00+00:00", "2024-05-02", "2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z", "2024-06-01T24:00:01Z", 1714644000000]) {
      expect(isUtcDateTime(notDate), String(notDate)).toBe(false);
    }
  });
});
