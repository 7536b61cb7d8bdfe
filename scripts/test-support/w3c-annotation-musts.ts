// Test support, never imported by the app: runs the W3C annotation-model test suite's assertions (the
// `tests/**/*.test` files of web-platform-tests' annotation-model) against a JSON document with ajv
// (draft-04, a devDependency). The suite is third-party test data and is not part of this repository: it
// is read from CLAIMBENCH_STANDARDS_DIR/w3c-annotation-model, else ../shared/standards/w3c-annotation-model
// beside the clone (see its SOURCE.md). Where neither exists the upstream run is skipped; the export is
// still checked everywhere by the project's own validator, scripts/test-support/w3c-annotation-validate.ts.
//
// How the suite works: a .test file lists assertions, each a draft-04 JSON Schema (a path or inline) with
// extra keys assertionType ("must", "should", "may"), expectedResult ("valid" by default, or "invalid") and
// errorMessage. An assertion holds when validating the whole document gives expectedResult. Assertions
// $ref shared schemas by id ("id.json#/definitions/idValueFound"): every definitions/*.json is added first.
//
// The two formats the schemas use are added here, as ajv-formats' "fast" mode defines them. Without them
// ajv (strict: false) would ignore "format" and every uri and date-time check would pass vacuously.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv-draft-04";

/** The suites that apply to one annotation: the annotation, its bodies and targets, specific resources. */
export const ANNOTATION_SUITES = [
  "tests/annotations/3.1-model-musts.test",
  "tests/annotations/annotationMusts.test",
  "tests/bodiesTargets/bodyMusts.test",
  "tests/bodiesTargets/targetMusts.test",
  "tests/specificResource/specificResourceMusts.test",
];
/** The suites for an AnnotationCollection with its first page embedded. */
export const COLLECTION_SUITES = ["tests/collections/collectionMusts.test", "tests/collections/pages/pageMusts.test"];

// ajv-formats' "fast" uri pattern: a scheme, then no whitespace. RFC 3339 date-time, with a real calendar date.
const URI = /^[a-z][a-z0-9+\-.]*:[^\s]*$/i;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[t ]([01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(year, month - 1, date));
  return day.getUTCFullYear() === year && day.getUTCMonth() === month - 1 && day.getUTCDate() === date;
}

export interface Assertion {
  /** The assertion's file, or "<test file>#<index>" for an inline one. */
  key: string;
  title: string;
  assertionType: string;
  expectedResult: "valid" | "invalid";
  errorMessage: string;
  validate: ValidateFunction;
}

export interface Suite {
  file: string;
  name: string;
  assertions: Assertion[];
}

export interface AssertionResult {
  suite: string;
  assertion: string;
  assertionType: string;
  title: string;
  message: string;
}

const holdsSuite = (dir: string): boolean => existsSync(path.join(dir, "tests")) && existsSync(path.join(dir, "definitions"));

/**
 * The upstream suite's folder: CLAIMBENCH_STANDARDS_DIR/w3c-annotation-model, which must then exist (a
 * setting that points nowhere is a mistake to report, not a reason to skip), else
 * ../shared/standards/w3c-annotation-model beside the repository when present, else null.
 */
export function findAnnotationModel(repoRoot: string, env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.CLAIMBENCH_STANDARDS_DIR || undefined; // set but empty counts as unset
  const dir = path.join(configured ?? path.resolve(repoRoot, "../shared/standards"), "w3c-annotation-model");
  if (holdsSuite(dir)) return dir;
  if (configured === undefined) return null;
  throw new Error(
    `The W3C annotation-model test suite was not found at ${dir} (needs tests/ and definitions/). ` +
      "Set CLAIMBENCH_STANDARDS_DIR to the folder that holds w3c-annotation-model/, or unset it to skip the upstream run.",
  );
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

/** Loads the given .test files (paths relative to the suite folder), compiling each assertion once. */
export function loadSuites(dir: string, testFiles: readonly string[]): Suite[] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat("uri", URI);
  ajv.addFormat("date-time", isDateTime);
  for (const file of readdirSync(path.join(dir, "definitions")).filter((name) => name.endsWith(".json")).sort()) {
    ajv.addSchema(readJson(path.join(dir, "definitions", file)) as object);
  }
  // Several .test files share assertions (3.2-bodyObjectsRecognized.json); ajv refuses a schema id twice.
  const compiled = new Map<string, Assertion>();
  const compile = (key: string, schema: Record<string, unknown>): Assertion => {
    const known = compiled.get(key);
    if (known) return known;
    const assertion: Assertion = {
      key,
      title: String(schema.title ?? key),
      assertionType: String(schema.assertionType ?? "must"),
      expectedResult: schema.expectedResult === "invalid" ? "invalid" : "valid",
      errorMessage: String(schema.errorMessage ?? schema.title ?? key),
      validate: ajv.compile(schema),
    };
    compiled.set(key, assertion);
    return assertion;
  };
  return testFiles.map((file) => {
    const test = readJson(path.join(dir, file)) as { name?: string; assertions: (string | Record<string, unknown>)[] };
    const assertions = test.assertions.map((entry, index) =>
      typeof entry === "string" ? compile(entry, readJson(path.join(dir, entry)) as Record<string, unknown>) : compile(`${file}#${index}`, entry),
    );
    return { file, name: test.name ?? file, assertions };
  });
}

/** Every assertion of the suites whose result differs from its expectedResult, must or not. */
export function checkDocument(suites: readonly Suite[], document: unknown): AssertionResult[] {
  const results: AssertionResult[] = [];
  for (const suite of suites) {
    for (const assertion of suite.assertions) {
      const outcome = assertion.validate(document) ? "valid" : "invalid";
      if (outcome === assertion.expectedResult) continue;
      results.push({ suite: suite.file, assertion: assertion.key, assertionType: assertion.assertionType, title: assertion.title, message: assertion.errorMessage });
    }
  }
  return results;
}

/** Only the failed MUST assertions: the ones that make a document non-conforming. */
export function failedMusts(suites: readonly Suite[], document: unknown): AssertionResult[] {
  return checkDocument(suites, document).filter((result) => result.assertionType === "must");
}

/** How many assertions the suites hold, and how many of them are MUSTs. */
export function countAssertions(suites: readonly Suite[]): { total: number; musts: number } {
  const unique = new Map(suites.flatMap((suite) => suite.assertions.map((assertion) => [assertion.key, assertion] as const)));
  const all = [...unique.values()];
  return { total: all.length, musts: all.filter((assertion) => assertion.assertionType === "must").length };
}
