import { describe, expect, it } from "vitest";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE, collect, countingClaims, readGolden, streamClaims } from "@test-support/report-fixture";
import { articleUrn, toAnnotation, writeW3cAnnotationExport } from "./w3c-annotation-export";
import { ANNOTATION_CONTEXT } from "./w3c-annotation-rules";
import { validateAnnotation, validateAnnotationCollection } from "@test-support/w3c-annotation-validate";

// The export is checked against the Web Annotation Data Model by the project's own validator, so these
// tests run on any machine. w3c-annotation-upstream.test.ts also runs the W3C's test suite where present.
type Json = Record<string, unknown>;

async function exportDemo(): Promise<{ text: string; collection: Json; items: Json[] }> {
  const text = await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims()));
  const collection = JSON.parse(text) as Json;
  const items = (collection.first as { items: Json[] }).items;
  return { text, collection, items };
}

describe("writeW3cAnnotationExport", () => {
  it("writes the demo collection byte for byte", async () => {
    const { text } = await exportDemo();
    expect(text).toBe(readGolden("demo.w3c.json", text));
  });

  it("writes a collection, page and annotations that break no MUST of the model", async () => {
    const { collection, items } = await exportDemo();
    expect(collection).toMatchObject({ "@context": ANNOTATION_CONTEXT, id: FIXTURE_WORKSPACE.exportUrl, type: "AnnotationCollection", total: 5 });
    expect(items).toHaveLength(FIXTURE_CLAIMS.length);
    expect(validateAnnotationCollection(collection)).toEqual([]);
    // Embedded annotations carry no @context of their own: they take the collection's.
    for (const item of items) {
      expect(item["@context"]).toBeUndefined();
      expect(validateAnnotation(item, { embedded: true }), String(item.id)).toEqual([]);
    }
  });

  it("writes every annotation so that it also stands alone with the collection's @context", () => {
    for (const claim of FIXTURE_CLAIMS) expect(validateAnnotation({ "@context": ANNOTATION_CONTEXT, ...toAnnotation(claim) }), claim.url).toEqual([]);
  });

  it("writes a collection with no claims as a total of 0 and no page, since a page holds 1 or more annotations", async () => {
    const text = await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims([])));
    const collection = JSON.parse(text) as Json;
    expect(collection).toEqual({
      "@context": ANNOTATION_CONTEXT, id: FIXTURE_WORKSPACE.exportUrl, type: "AnnotationCollection",
      label: `Claims of ${FIXTURE_WORKSPACE.name}`, generated: FIXTURE_WORKSPACE.exportedAt, total: 0,
    });
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });
});

describe("toAnnotation", () => {
  const [territoryLost, population, kobani, , greatBritain] = FIXTURE_CLAIMS;

  it("targets the article's URL, or a claimbench URN when it has none, with quote and position selectors", () => {
    expect(toAnnotation(population!).target).toMatchObject({ source: population!.article.url, selector: [{ type: "TextQuoteSelector" }, { type: "TextPositionSelector", start: 1211, end: 1269 }] });
    expect(toAnnotation(territoryLost!).target).toMatchObject({ source: "urn:claimbench:article:01900000-0000-7000-8000-000000000004" });
  });

  it("keeps only the quote selector of an orphaned claim", () => {
    expect(toAnnotation(greatBritain!).target).toEqual({
      type: "SpecificResource",
      source: articleUrn(greatBritain!.article.id),
      selector: { type: "TextQuoteSelector", exact: greatBritain!.quote.exact, prefix: greatBritain!.quote.prefix, suffix: greatBritain!.quote.suffix },
    });
  });

  it("states the final verdict as an assessing body once resolved, and not before", () => {
    const purposes = (claim: typeof kobani) => (toAnnotation(claim!).body as Json[]).map((body) => body.purpose);
    expect(toAnnotation(territoryLost!).body).toContainEqual({ type: "TextualBody", purpose: "assessing", format: "text/plain", value: `Rating: Mixed — ${territoryLost!.resolutionNote}` });
    expect(purposes(kobani)).toEqual(["describing", "linking", "tagging"]);
  });

  it("links evidence by URL with its excerpt and stance, and as text when the source has no address", () => {
    expect(toAnnotation(territoryLost!).stylesheet).toMatchObject({ type: "CssStylesheet" });
    expect(toAnnotation(greatBritain!).stylesheet).toBeUndefined();
    const linking = (claim: typeof kobani) => (toAnnotation(claim!).body as Json[]).filter((body) => body.purpose === "linking");
    expect(linking(territoryLost)[1]).toEqual({
      type: "SpecificResource", purpose: "linking", source: "https://data.example.org/conflict-monitor/2016-h1",
      selector: { type: "TextQuoteSelector", exact: "Territory held, change January–June 2016: −12%" }, styleClass: "stance-supports",
    });
    expect(linking(greatBritain)).toEqual([
      { type: "TextualBody", purpose: "linking", format: "text/plain", value: "Context: “Estimates of the area held in 2014 vary widely between sources.” — Area comparison worksheet" },
    ]);
  });
});

describe("streaming", () => {
  it("yields annotations while the claims are still being read", async () => {
    const { claims, pulled } = countingClaims(20_000);
    let chunks = 0;
    let pulledAtTenth = -1;
    for await (const _chunk of writeW3cAnnotationExport(FIXTURE_WORKSPACE, claims)) {
      chunks += 1;
      if (chunks === 10) pulledAtTenth = pulled();
    }
    expect(pulledAtTenth).toBeLessThan(20);
    expect(chunks).toBe(20_002);
    expect(pulled()).toBe(20_000);
  });
});
