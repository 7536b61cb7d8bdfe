// The optional extra: the W3C's own annotation-model test suite (third-party, not in this repository) run
// against the export and against the project's validator. Where the suite is absent the one upstream test
// is skipped with a line saying how to enable it; the export is still checked everywhere by
// w3c-annotation-export.test.ts with scripts/test-support/w3c-annotation-validate.ts.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_WORKSPACE, collect, streamClaims } from "@test-support/report-fixture";
import { ANNOTATION_SUITES, COLLECTION_SUITES, checkDocument, countAssertions, failedMusts, findAnnotationModel, loadSuites } from "@test-support/w3c-annotation-musts";
import { writeW3cAnnotationExport } from "./w3c-annotation-export";
import { validateW3cAnnotationDocument } from "@test-support/w3c-annotation-validate";

const repoRoot = path.resolve(import.meta.dirname, "../..");
type Json = Record<string, unknown>;

const NOT_RUN =
  "Upstream W3C annotation-model conformance run not done: suite not found at ../shared/standards/w3c-annotation-model. " +
  "To run it, set CLAIMBENCH_STANDARDS_DIR to the folder that holds w3c-annotation-model/.";

function examples(dir: string, kind: "correct" | "incorrect"): { name: string; json: unknown }[] {
  const folder = path.join(dir, "examples", kind);
  return readdirSync(folder).filter((name) => name.endsWith(".json")).sort().map((name) => {
    try {
      return { name, json: JSON.parse(readFileSync(path.join(folder, name), "utf8")) as unknown };
    } catch {
      return { name, json: undefined }; // 17 incorrect examples are not valid JSON (SOURCE.md): nothing to validate.
    }
  });
}

describe("finding the upstream suite", () => {
  it("says where it looked when CLAIMBENCH_STANDARDS_DIR points nowhere, and finds nothing beside a lone clone", () => {
    expect(() => findAnnotationModel(repoRoot, { CLAIMBENCH_STANDARDS_DIR: "/nonexistent/standards" })).toThrow(
      /not found at \/nonexistent\/standards\/w3c-annotation-model.*CLAIMBENCH_STANDARDS_DIR/,
    );
    const lonelyClone = path.join(mkdtempSync(path.join(tmpdir(), "claimbench-")), "claimbench");
    expect(findAnnotationModel(lonelyClone, {})).toBeNull();
  });
});

describe("the W3C annotation-model test suite", () => {
  it("passes the export, and agrees with the project's validator on the suite's examples", async (context) => {
    const dir = findAnnotationModel(repoRoot);
    if (dir === null) {
      console.info(NOT_RUN);
      return context.skip(NOT_RUN);
    }
    const annotationSuites = loadSuites(dir, ANNOTATION_SUITES);
    const collectionSuites = loadSuites(dir, COLLECTION_SUITES);
    expect(countAssertions(annotationSuites)).toEqual({ total: 58, musts: 58 });
    expect(countAssertions(collectionSuites)).toEqual({ total: 25, musts: 25 });

    // The harness itself: every correct example passes, every incorrect one that is JSON fails, and the
    // formats are checked rather than ignored (a bad date-time and a bad selector are caught as such).
    const correct = examples(dir, "correct");
    expect(correct).toHaveLength(44);
    for (const { name, json } of correct) expect(failedMusts(name.startsWith("collection") ? collectionSuites : annotationSuites, json), name).toEqual([]);
    const incorrect = examples(dir, "incorrect").filter((example) => example.json !== undefined);
    expect(incorrect).toHaveLength(23);
    for (const { name, json } of incorrect) expect(failedMusts(annotationSuites, json).length, name).toBeGreaterThan(0);
    const failedOn = (name: string) => failedMusts(annotationSuites, incorrect.find((e) => e.name === name)?.json).map((r) => r.assertion);
    expect(failedOn("anno28.json")).toContain("annotations/3.3.1-annotationCreatedValidated.json");
    expect(failedOn("anno38.json")).toContain("specificResource/4.2-fragmentCssXPathSelectorValid.json");

    // The project's validator reads the suite's examples the same way.
    for (const { name, json } of correct) expect(validateW3cAnnotationDocument(json), name).toEqual([]);
    for (const { name, json } of incorrect) expect(validateW3cAnnotationDocument(json).length, name).toBeGreaterThan(0);

    // The export: the collection with its page, each annotation standalone with the collection's @context,
    // and an export with no claims. checkDocument also lists non-MUST findings (none in these suites).
    const collection = JSON.parse(await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims()))) as Json;
    expect(checkDocument(collectionSuites, collection)).toEqual([]);
    const items = (collection.first as { items: Json[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(checkDocument(annotationSuites, { "@context": collection["@context"], ...item }), String(item.id)).toEqual([]);
    // With no claims there is no page (a page holds 1 or more annotations, model 5.2), and the page suite's
    // assertions each need a page, the document itself or its `first`: only the collection suite applies.
    const empty = JSON.parse(await collect(writeW3cAnnotationExport(FIXTURE_WORKSPACE, streamClaims([])))) as Json;
    expect(empty).not.toHaveProperty("first");
    expect(checkDocument(collectionSuites.filter((suite) => suite.file === "tests/collections/collectionMusts.test"), empty)).toEqual([]);
  });
});
