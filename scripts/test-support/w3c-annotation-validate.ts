// Claimbench's own validator of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
// an Annotation, an Annotation Page or an Annotation Collection (with its embedded page and annotations)
// in, the list of MUSTs it breaks out, each naming its section and JSON path (see w3c-annotation-rules.ts
// for the catalogue). An empty list means none found. Plain code, no dependency, so the export can be
// checked anywhere, including in production; the W3C's own test suite stays an optional extra in tests
// (w3c-annotation-musts.ts).
import { checkOtherProperties, checkResource, type Walk } from "./w3c-annotation-resources";
import { ANNOTATION_CONTEXT, Violations, at, describe, entries, isIri, isNonNegativeInteger, isObject, single, typesOf, type Json, type W3cRule, type W3cViolation } from "@/lib/formats/w3c-annotation-rules";

function checkContext(violations: Violations, resource: Json, path: string, rule: "annotation-context" | "collection-context" | "page-context"): void {
  const context = resource["@context"];
  const values = entries(context, "").map(([value]) => value);
  if (!values.includes(ANNOTATION_CONTEXT)) violations.add(rule, at(path, "@context"), describe(context));
  else if (rule === "annotation-context" && Array.isArray(context) && context.length === 1) violations.add("annotation-context-single", at(path, "@context"), "an array of 1");
}

/** id: exactly 1 IRI (an id cannot be an array in JSON-LD, so a one-element array is refused too). */
function checkId(violations: Violations, resource: Json, path: string, rule: W3cRule): void {
  if (!isIri(resource.id)) violations.add(rule, at(path, "id"), describe(resource.id));
}

function checkType(violations: Violations, resource: Json, path: string, type: string, rule: W3cRule): void {
  if (!typesOf(resource).includes(type)) violations.add(rule, at(path, "type"), describe(resource.type));
}

/** The classes a CSS stylesheet describes (".stance-supports" → "stance-supports"). Comments are dropped first. */
function cssClasses(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return new Set([...withoutComments.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!));
}

/** The stylesheet (4.4): its classes when embedded, "external" when only referenced, null when absent. */
function checkStylesheet(walk: Walk, annotation: Json, path: string): Set<string> | "external" | null {
  const stylesheetPath = at(path, "stylesheet");
  const { count, value } = single(annotation.stylesheet);
  if (count === 0) return null;
  if (count > 1) {
    walk.violations.add("stylesheet", stylesheetPath, describe(annotation.stylesheet));
    return "external";
  }
  if (isIri(value)) return "external";
  if (isObject(value)) {
    const types = typesOf(value);
    if (value.type !== undefined && (types.length !== 1 || types[0] !== "CssStylesheet")) walk.violations.add("stylesheet", at(stylesheetPath, "type"), describe(value.type));
    if (typeof value.value === "string") return cssClasses(value.value);
    if (isIri(value.id)) return "external";
  }
  walk.violations.add("stylesheet", stylesheetPath, isObject(value) ? "an object with neither an id IRI nor a CSS value" : describe(value));
  return "external";
}

function checkAnnotation(violations: Violations, annotation: unknown, path: string, embedded: boolean): void {
  if (!isObject(annotation)) return violations.add("annotation-type", path, describe(annotation));
  // An annotation embedded in a page or collection takes the document's @context (5.2).
  if (!embedded || annotation["@context"] !== undefined) checkContext(violations, annotation, path, "annotation-context");
  checkId(violations, annotation, path, "annotation-id");
  checkType(violations, annotation, path, "Annotation", "annotation-type");
  const walk: Walk = { violations, styleClasses: [] };
  const targets = entries(annotation.target, at(path, "target"));
  if (targets.length === 0) violations.add("annotation-target", at(path, "target"), describe(annotation.target));
  for (const [target, targetPath] of targets) checkResource(walk, target, targetPath, "target");
  if (annotation.bodyValue !== undefined) {
    const { count, value } = single(annotation.bodyValue);
    if (count !== 1 || typeof value !== "string") violations.add("body-value", at(path, "bodyValue"), describe(annotation.bodyValue));
    if (annotation.body !== undefined) violations.add("body-and-body-value", at(path, "body"), "a body beside the bodyValue");
  }
  for (const [body, bodyPath] of entries(annotation.body, at(path, "body"))) checkResource(walk, body, bodyPath, "body");
  checkOtherProperties(walk, annotation, path);
  const stylesheet = checkStylesheet(walk, annotation, path);
  for (const { name, path: classPath } of walk.styleClasses) {
    if (stylesheet === null) violations.add("style-class", classPath, `${describe(name)} with no stylesheet on the Annotation`);
    else if (stylesheet !== "external" && (typeof name !== "string" || !stylesheet.has(name))) violations.add("style-class", classPath, `${describe(name)}, which the stylesheet does not describe`);
  }
}

function checkPage(violations: Violations, page: Json, path: string, embedded: boolean): void {
  if (!embedded) checkContext(violations, page, path, "page-context");
  checkId(violations, page, path, "page-id");
  checkType(violations, page, path, "AnnotationPage", "page-type");
  for (const [partOf, partOfPath] of entries(page.partOf, at(path, "partOf"))) {
    if (!isIri(isObject(partOf) ? partOf.id : partOf)) violations.add("page-part-of", isObject(partOf) ? at(partOfPath, "id") : partOfPath, describe(isObject(partOf) ? partOf.id : partOf));
  }
  const items = page.items;
  if (!Array.isArray(items) || items.length === 0) violations.add("page-items", at(path, "items"), describe(items));
  else {
    items.forEach((item, index) => {
      if (typeof item === "string" && isIri(item)) return;
      if (isObject(item)) checkAnnotation(violations, item, at(at(path, "items"), index), true);
      else violations.add("page-items", at(at(path, "items"), index), describe(item));
    });
  }
  for (const [key, rule] of [["next", "page-next"], ["prev", "page-prev"]] as const) {
    if (page[key] === undefined) continue;
    const { count, value } = single(page[key]);
    if (count !== 1 || !isIri(value)) violations.add(rule, at(path, key), describe(page[key]));
  }
  if (page.startIndex !== undefined) {
    const { count, value } = single(page.startIndex);
    if (count !== 1 || !isNonNegativeInteger(value)) violations.add("page-start-index", at(path, "startIndex"), describe(page.startIndex));
  }
  checkOtherProperties({ violations, styleClasses: [] }, page, path);
}

/** When the whole collection is in this document (its first page embedded and no next page), total must count it. */
function checkTotalCount(violations: Violations, collection: Json): void {
  const total = single(collection.total).value;
  const first = collection.first;
  if (!isNonNegativeInteger(total) || !isObject(first) || first.next !== undefined || !Array.isArray(first.items)) return;
  const startIndex = single(first.startIndex).value;
  const held = (isNonNegativeInteger(startIndex) ? startIndex : 0) + first.items.length;
  if (total !== held) violations.add("collection-total-count", "$.total", `${total}, while the collection holds ${held}`);
}

function checkCollection(violations: Violations, collection: Json): void {
  checkContext(violations, collection, "$", "collection-context");
  checkId(violations, collection, "$", "collection-id");
  checkType(violations, collection, "$", "AnnotationCollection", "collection-type");
  for (const [label, labelPath] of entries(collection.label, "$.label")) if (typeof label !== "string") violations.add("collection-label", labelPath, describe(label));
  const total = single(collection.total);
  if (collection.total !== undefined && (total.count !== 1 || !isNonNegativeInteger(total.value))) violations.add("collection-total", "$.total", describe(collection.total));
  const first = single(collection.first);
  if (first.count === 0) {
    if (isNonNegativeInteger(total.value) && total.value > 0) violations.add("collection-first", "$.first", `nothing, with a total of ${total.value}`);
  } else if (first.count > 1) violations.add("collection-first", "$.first", describe(collection.first));
  else if (isObject(first.value)) checkPage(violations, first.value, Array.isArray(collection.first) ? "$.first[0]" : "$.first", true);
  else if (!isIri(first.value)) violations.add("collection-first", "$.first", describe(first.value));
  if (collection.last !== undefined && !isIri(single(collection.last).value)) violations.add("collection-last", "$.last", describe(collection.last));
  checkTotalCount(violations, collection);
  checkOtherProperties({ violations, styleClasses: [] }, collection, "$");
}

/** The MUSTs a standalone Annotation breaks; `embedded` when it takes its @context from a page or collection. */
export function validateAnnotation(annotation: unknown, { embedded = false }: { embedded?: boolean } = {}): W3cViolation[] {
  const violations = new Violations();
  checkAnnotation(violations, annotation, "$", embedded);
  return violations.list;
}

/** The MUSTs an Annotation Page and its embedded annotations break; `embedded` when it sits inside its collection. */
export function validateAnnotationPage(page: unknown, { embedded = false }: { embedded?: boolean } = {}): W3cViolation[] {
  const violations = new Violations();
  if (isObject(page)) checkPage(violations, page, "$", embedded);
  else violations.add("page-type", "$", describe(page));
  return violations.list;
}

/** The MUSTs an Annotation Collection, its embedded first page and that page's annotations break. */
export function validateAnnotationCollection(collection: unknown): W3cViolation[] {
  const violations = new Violations();
  if (isObject(collection)) checkCollection(violations, collection);
  else violations.add("collection-type", "$", describe(collection));
  return violations.list;
}

/** Any document of the model, by its type: a Collection, a Page, or else an Annotation. */
export function validateW3cAnnotationDocument(document: unknown): W3cViolation[] {
  const types = isObject(document) ? typesOf(document) : [];
  if (types.includes("AnnotationCollection")) return validateAnnotationCollection(document);
  if (types.includes("AnnotationPage")) return validateAnnotationPage(document);
  return validateAnnotation(document);
}
