import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE, collect, countingClaims, readGolden, streamClaims } from "./report-fixture";
import { ANNOTATION_CONTEXT, articleUrn, toAnnotation, writeW3cAnnotationExport } from "./w3c-annotation-export";
import { ANNOTATION_SUITES, COLLECTION_SUITES, checkDocument, countAssertions, failedMusts, loadSuites, locateAnnotationModel, type Suite } from "./w3c-annotation-musts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
type Json = Record<string, unknown>;

let dir: string;
let annotationSuites: Suite[];
let collectionSuites: Suite[];

beforeAll(() => {
  dir = locateAnnotationModel(repoRoot);
  annotationSuites = loadSuites(dir, ANNOTATION_SUITES);
  collectionSuites = loadSuites(dir, COLLECTION_SUITES);
});

async function exportDemo(): Promise<{ text: string; collection: Json; items: Json[] }> {
  const text = await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims()));
  const collection = JSON.parse(text) as Json;
  const items = (collection.first as { items: Json[] }).items;
  return { text, collection, items };
}

/** An embedded annotation as a JSON-LD processor reads it: with the document's @context. */
const standalone = (collection: Json, item: Json): Json => ({ "@context": collection["@context"], ...item });

function examples(kind: "correct" | "incorrect"): { name: string; json: unknown }[] {
  const folder = path.join(dir, "examples", kind);
  return readdirSync(folder).filter((name) => name.endsWith(".json")).sort().map((name) => {
    try {
      return { name, json: JSON.parse(readFileSync(path.join(folder, name), "utf8")) as unknown };
    } catch {
      return { name, json: undefined }; // 17 incorrect examples are not valid JSON (SOURCE.md): nothing to validate.
    }
  });
}

describe("the W3C test suite as run here", () => {
  it("loads every assertion of the annotation, body, target, specific resource, collection and page suites", () => {
    expect(countAssertions(annotationSuites)).toEqual({ total: 58, musts: 58 });
    expect(countAssertions(collectionSuites)).toEqual({ total: 25, musts: 25 });
  });

  it("says where it looked when the standards folder is missing", () => {
    const saved = process.env.CLAIMBENCH_STANDARDS_DIR;
    process.env.CLAIMBENCH_STANDARDS_DIR = "/nonexistent/standards";
    try {
      expect(() => locateAnnotationModel(repoRoot)).toThrow(/not found at \/nonexistent\/standards\/w3c-annotation-model.*CLAIMBENCH_STANDARDS_DIR/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMBENCH_STANDARDS_DIR;
      else process.env.CLAIMBENCH_STANDARDS_DIR = saved;
    }
  });

  it("passes every correct annotation example and the collection example", () => {
    const correct = examples("correct");
    expect(correct).toHaveLength(44);
    for (const { name, json } of correct) {
      const suites = name.startsWith("collection") ? collectionSuites : annotationSuites;
      expect(failedMusts(suites, json), name).toEqual([]);
    }
  });

  it("fails every incorrect example that is JSON", () => {
    const parsed = examples("incorrect").filter((example) => example.json !== undefined);
    expect(parsed).toHaveLength(23);
    for (const { name, json } of parsed) expect(failedMusts(annotationSuites, json).length, name).toBeGreaterThan(0);
    // The formats are checked, not ignored: a bad date-time and a bad selector are caught for what they are.
    expect(failedMusts(annotationSuites, parsed.find((e) => e.name === "anno28.json")?.json).map((r) => r.assertion)).toContain(
      "annotations/3.3.1-annotationCreatedValidated.json",
    );
    expect(failedMusts(annotationSuites, parsed.find((e) => e.name === "anno38.json")?.json).map((r) => r.assertion)).toContain(
      "specificResource/4.2-fragmentCssXPathSelectorValid.json",
    );
  });

  it("fails a collection without its page and an annotation of ours with a broken target or date", async () => {
    const { collection, items } = await exportDemo();
    const first = items[0] ?? {};
    expect(failedMusts(collectionSuites, { ...collection, first: { id: "x y", type: "AnnotationPage" } }).map((r) => r.assertion)).toEqual([
      "collections/pages/5.2-pageIdValidated.json",
      "collections/pages/5.2-pageItemsValidated.json",
    ]);
    const { target: _target, ...noTarget } = standalone(collection, first);
    expect(failedMusts(annotationSuites, noTarget).map((r) => r.assertion)).toContain("annotations/3.1-targetKeyFound.json");
    expect(failedMusts(annotationSuites, { ...standalone(collection, first), modified: "20 May 2024" }).map((r) => r.assertion)).toEqual([
      "annotations/3.3.1-annotationModifiedValidated.json",
    ]);
    const badSelector = { ...standalone(collection, first), target: { source: "urn:x", selector: { type: "TextPositionSelector", start: -1, end: 4 } } };
    expect(failedMusts(annotationSuites, badSelector).map((r) => r.assertion)).toContain("specificResource/4.2-TextDataPositionSelectorValid.json");
  });
});

describe("writeW3cAnnotationExport", () => {
  it("writes the demo collection byte for byte", async () => {
    const { text } = await exportDemo();
    expect(text).toBe(readGolden("demo.w3c.json", text));
  });

  it("writes a collection and page that pass every collection and page MUST", async () => {
    const { collection } = await exportDemo();
    expect(collection).toMatchObject({ "@context": ANNOTATION_CONTEXT, id: FIXTURE_WORKSPACE.exportUrl, type: "AnnotationCollection", total: 5 });
    expect(failedMusts(collectionSuites, collection)).toEqual([]);
    expect(checkDocument(collectionSuites, collection)).toEqual([]);
  });

  it("writes annotations that each pass every annotation, body, target and specific resource MUST", async () => {
    const { collection, items } = await exportDemo();
    expect(items).toHaveLength(FIXTURE_CLAIMS.length);
    for (const item of items) {
      expect(item["@context"]).toBeUndefined();
      expect(failedMusts(annotationSuites, standalone(collection, item)), String(item.id)).toEqual([]);
    }
    // Not a MUST, but worth knowing: should/may assertions (none in these suites today) are only reported.
    const advice = items.flatMap((item) => checkDocument(annotationSuites, standalone(collection, item)).filter((r) => r.assertionType !== "must"));
    if (advice.length > 0) console.info("W3C non-MUST findings:", advice);
  });

  it("writes an empty collection that still passes", async () => {
    const text = await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims([])));
    const collection = JSON.parse(text) as Json;
    expect(collection.total).toBe(0);
    expect(failedMusts(collectionSuites, collection)).toEqual([]);
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
