// The parts of an annotation below the Annotation itself: bodies and targets (3.2), their common
// properties (3.3), Specific Resources with their selectors and states (4). Used by
// w3c-annotation-validate.ts, which owns the Annotation, Collection and Page levels.
import { Violations, at, describe, entries, isIri, isObject, isUtcDateTime, isNonNegativeInteger, single, typesOf, type Json, type W3cRule } from "@/lib/formats/w3c-annotation-rules";

/** The walk through one annotation: where violations go, and the styleClasses met (checked at the end against the stylesheet). */
export interface Walk {
  violations: Violations;
  styleClasses: { name: unknown; path: string }[];
}

const SELECTOR_TYPES = new Set(["FragmentSelector", "CssSelector", "XPathSelector", "TextQuoteSelector", "TextPositionSelector", "DataPositionSelector", "SvgSelector", "RangeSelector"]);
const STATE_TYPES = new Set(["TimeState", "HttpRequestState"]);
// Choice is the model's (3.2.7); Composite, List and Independents are its appendix D's sets, built the same way.
const SET_TYPES = new Set(["Choice", "Composite", "List", "Independents"]);
const TEXT_DIRECTIONS = new Set(["ltr", "rtl", "auto"]);

/** A property that must have exactly 1 value, a string (TextualBody value, selector values, exact). */
function checkOneString(walk: Walk, resource: Json, key: string, path: string, rule: W3cRule): void {
  const { count, value } = single(resource[key]);
  if (count !== 1 || typeof value !== "string") walk.violations.add(rule, at(path, key), describe(resource[key]));
}

/** A property that may be absent but never more than 1 value, a string (TextQuoteSelector prefix and suffix). */
function checkOptionalString(walk: Walk, resource: Json, key: string, path: string, rule: W3cRule): void {
  if (resource[key] === undefined) return;
  checkOneString(walk, resource, key, path, rule);
}

function checkIris(walk: Walk, value: unknown, path: string, rule: W3cRule): void {
  for (const [item, itemPath] of entries(value, path)) if (!isIri(item)) walk.violations.add(rule, itemPath, describe(item));
}

/** created, modified, generated (3.3.1): at most 1 each, a UTC xsd:dateTime. */
export function checkLifecycle(walk: Walk, resource: Json, path: string): void {
  for (const key of ["created", "modified", "generated"]) {
    if (resource[key] === undefined) continue;
    const { count, value } = single(resource[key]);
    if (count !== 1 || !isUtcDateTime(value)) walk.violations.add("lifecycle-date", at(path, key), describe(resource[key]));
  }
}

/** creator and generator (3.3.2), rights (3.3.6), canonical and via (3.3.7): what any resource may carry. */
export function checkOtherProperties(walk: Walk, resource: Json, path: string): void {
  checkLifecycle(walk, resource, path);
  for (const key of ["creator", "generator"]) {
    for (const [agent, agentPath] of entries(resource[key], at(path, key))) {
      if (typeof agent === "string" ? isIri(agent) : isObject(agent) && (agent.id === undefined || isIri(agent.id))) continue;
      walk.violations.add("agent", isObject(agent) ? at(agentPath, "id") : agentPath, describe(isObject(agent) ? agent.id : agent));
    }
  }
  checkIris(walk, resource.rights, at(path, "rights"), "rights");
  if (resource.canonical !== undefined) {
    const { count, value } = single(resource.canonical);
    if (count !== 1 || !isIri(value)) walk.violations.add("canonical", at(path, "canonical"), describe(resource.canonical));
  }
  checkIris(walk, resource.via, at(path, "via"), "via");
}

/** The properties of External Web Resources that every body and target may have (3.2.1). */
function checkResourceProperties(walk: Walk, resource: Json, path: string): void {
  if (resource.textDirection !== undefined) {
    const { count, value } = single(resource.textDirection);
    if (count !== 1 || typeof value !== "string" || !TEXT_DIRECTIONS.has(value)) walk.violations.add("text-direction", at(path, "textDirection"), describe(resource.textDirection));
  }
  checkOtherProperties(walk, resource, path);
}

/** What a body or target object is: its type says so; untyped, a source makes it a Specific Resource and a value a TextualBody (4, 3.2.4). */
function kindOf(resource: Json, types: string[]): "set" | "textual" | "specific" | "external" {
  if (types.some((type) => SET_TYPES.has(type))) return "set";
  if (types.includes("TextualBody")) return "textual";
  if (types.includes("SpecificResource") || resource.source !== undefined) return "specific";
  return resource.value !== undefined ? "textual" : "external";
}

/** One body or target: an IRI, a TextualBody (bodies only), a Specific Resource, a Choice or set, or an External Web Resource. */
export function checkResource(walk: Walk, resource: unknown, path: string, role: "body" | "target"): void {
  if (typeof resource === "string") {
    if (!isIri(resource)) walk.violations.add("resource-shape", path, describe(resource));
    return;
  }
  if (!isObject(resource)) return walk.violations.add("resource-shape", path, describe(resource));
  const types = typesOf(resource);
  const kind = kindOf(resource, types);
  if (kind === "set") {
    if (types.includes("Choice") && types.length !== 1) walk.violations.add("choice-type", at(path, "type"), describe(resource.type));
    if (resource.purpose !== undefined) walk.violations.add("purpose-placement", at(path, "purpose"), `a purpose on a ${types.join(", ")}`);
    for (const [item, itemPath] of entries(resource.items, at(path, "items"))) checkResource(walk, item, itemPath, role);
  } else if (kind === "textual") {
    if (role === "target") walk.violations.add("target-not-textual", path, types.includes("TextualBody") ? "a TextualBody" : "an embedded value");
    else checkOneString(walk, resource, "value", path, "textual-value");
  } else if (kind === "specific") {
    checkSpecificResource(walk, resource, path);
  } else {
    if (!isIri(resource.id)) walk.violations.add("external-id", at(path, "id"), describe(resource.id));
    if (resource.purpose !== undefined) walk.violations.add("purpose-placement", at(path, "purpose"), "a purpose on an External Web Resource");
  }
  checkResourceProperties(walk, resource, path);
}

function checkSpecificResource(walk: Walk, resource: Json, path: string): void {
  const { count, value: source } = single(resource.source);
  const sourcePath = at(path, "source");
  if (count !== 1) walk.violations.add("specific-source", sourcePath, describe(resource.source));
  else if (isObject(source)) {
    if (!isIri(source.id)) walk.violations.add("specific-source", at(sourcePath, "id"), describe(source.id));
    checkResourceProperties(walk, source, sourcePath);
  } else if (!isIri(source)) walk.violations.add("specific-source", sourcePath, describe(source));
  for (const [selector, selectorPath] of entries(resource.selector, at(path, "selector"))) checkSelector(walk, selector, selectorPath);
  for (const [state, statePath] of entries(resource.state, at(path, "state"))) checkState(walk, state, statePath);
  for (const [name, classPath] of entries(resource.styleClass, at(path, "styleClass"))) walk.styleClasses.push({ name, path: classPath });
}

function checkPositions(walk: Walk, selector: Json, path: string, rule: "position-start-end" | "data-position-start-end"): void {
  const start = single(selector.start);
  const end = single(selector.end);
  if (start.count !== 1 || !isNonNegativeInteger(start.value)) walk.violations.add(rule, at(path, "start"), describe(selector.start));
  if (end.count !== 1 || !isNonNegativeInteger(end.value)) walk.violations.add(rule, at(path, "end"), describe(selector.end));
  else if (isNonNegativeInteger(start.value) && start.count === 1 && end.value < start.value) {
    walk.violations.add("position-order", path, `start ${start.value} after end ${end.value}`);
  }
}

export function checkSelector(walk: Walk, selector: unknown, path: string): void {
  if (typeof selector === "string" && isIri(selector)) return;
  if (!isObject(selector)) return walk.violations.add("selector-shape", path, describe(selector));
  const types = typesOf(selector);
  const type = types.length === 1 && entries(selector.type, "").length === 1 ? types[0]! : null;
  if (type === null || !SELECTOR_TYPES.has(type)) return walk.violations.add("selector-shape", at(path, "type"), describe(selector.type));
  if (type === "FragmentSelector") {
    checkOneString(walk, selector, "value", path, "fragment-value");
    const conformsTo = single(selector.conformsTo);
    if (conformsTo.count > 1 || (conformsTo.count === 1 && !isIri(conformsTo.value))) walk.violations.add("fragment-conforms-to", at(path, "conformsTo"), describe(selector.conformsTo));
  } else if (type === "CssSelector") checkOneString(walk, selector, "value", path, "css-value");
  else if (type === "XPathSelector") checkOneString(walk, selector, "value", path, "xpath-value");
  else if (type === "TextQuoteSelector") {
    checkOneString(walk, selector, "exact", path, "quote-exact");
    checkOptionalString(walk, selector, "prefix", path, "quote-affix");
    checkOptionalString(walk, selector, "suffix", path, "quote-affix");
  } else if (type === "TextPositionSelector") checkPositions(walk, selector, path, "position-start-end");
  else if (type === "DataPositionSelector") checkPositions(walk, selector, path, "data-position-start-end");
  else if (type === "SvgSelector") {
    const value = single(selector.value);
    const embedded = value.count === 1 && typeof value.value === "string";
    if (!(isIri(selector.id) && value.count === 0) && !embedded) walk.violations.add("svg-selector", path, `id ${describe(selector.id)} and value ${describe(selector.value)}`);
  } else if (type === "RangeSelector") {
    for (const key of ["startSelector", "endSelector"]) {
      const { count, value } = single(selector[key]);
      if (count !== 1) walk.violations.add("range-selector", at(path, key), describe(selector[key]));
      else checkSelector(walk, value, at(path, key));
    }
  }
  for (const [refinement, refinementPath] of entries(selector.refinedBy, at(path, "refinedBy"))) checkSelector(walk, refinement, refinementPath);
}

function checkState(walk: Walk, state: unknown, path: string): void {
  if (typeof state === "string" && isIri(state)) return;
  if (!isObject(state)) return walk.violations.add("state-shape", path, describe(state));
  const types = typesOf(state);
  if (types.length === 0 && isIri(state.id)) return; // a State described elsewhere, by its IRI (4.3's example 30)
  const type = types.length === 1 && entries(state.type, "").length === 1 ? types[0]! : null;
  if (type === null || !STATE_TYPES.has(type)) return walk.violations.add("state-shape", at(path, "type"), describe(state.type));
  if (type === "HttpRequestState") checkOneString(walk, state, "value", path, "request-state");
  else checkTimeState(walk, state, path);
  // A State is refined by States or Selectors (4.3.3): a Selector type says which.
  for (const [refinement, refinementPath] of entries(state.refinedBy, at(path, "refinedBy"))) {
    const isSelector = isObject(refinement) && typesOf(refinement).some((t) => SELECTOR_TYPES.has(t));
    if (isSelector) checkSelector(walk, refinement, refinementPath);
    else checkState(walk, refinement, refinementPath);
  }
}

function checkTimeState(walk: Walk, state: Json, path: string): void {
  for (const [date, datePath] of entries(state.sourceDate, at(path, "sourceDate"))) if (!isUtcDateTime(date)) walk.violations.add("time-state", datePath, describe(date));
  const hasStart = state.sourceDateStart !== undefined;
  const hasEnd = state.sourceDateEnd !== undefined;
  if (state.sourceDate !== undefined && (hasStart || hasEnd)) walk.violations.add("time-state", path, "sourceDate together with sourceDateStart or sourceDateEnd");
  else if (hasStart !== hasEnd) walk.violations.add("time-state", at(path, hasStart ? "sourceDateEnd" : "sourceDateStart"), "nothing, while its pair is given");
  for (const key of ["sourceDateStart", "sourceDateEnd"]) {
    if (state[key] === undefined) continue;
    const { count, value } = single(state[key]);
    if (count !== 1 || !isUtcDateTime(value)) walk.violations.add("time-state", at(path, key), describe(state[key]));
  }
}
