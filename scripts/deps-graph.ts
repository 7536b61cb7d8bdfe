// npm run deps:graph — the figures of the import graph (issue 14: "draw the import graph before and
// after"): the layers and how deep each one's own imports go, the arrows that point against the direction
// (entry points → server (entry kit) → workflows → data → formats → db → schemas → domain), the import circles, and
// the rules of .dependency-cruiser.cjs that are broken. Production code only for the layers and arrows:
// tests, e2e/, bench/ and scripts/test-support/ are entry points of their own and may reach any layer.
// For a picture: npx depcruise --config .dependency-cruiser.cjs --output-type archi app lib | dot -T svg > graph.svg
import { cruiseGraph } from "./import-graph";
import { runScript } from "./run";

/** Top to bottom: each layer may import the layers below it, never those above. */
const LAYERS: { name: string; pattern: RegExp }[] = [
  { name: "entry points (app, proxy, instrumentation, scripts)", pattern: /^(app\/|scripts\/|proxy\.ts$|instrumentation(-client)?\.ts$)/ },
  { name: "server: entry kit (lib/server, auth, jobs)", pattern: /^lib\/(server|auth|jobs)\// },
  { name: "workflows (lib/workflows, seeds)", pattern: /^(lib\/workflows|seeds)\// },
  { name: "data (lib/data)", pattern: /^lib\/data\// },
  { name: "formats (lib/formats)", pattern: /^lib\/formats\// },
  { name: "db (lib/db, lib/generated)", pattern: /^lib\/(db|generated)\// },
  { name: "schemas and shared (lib/schemas, errors, uploads)", pattern: /^lib\/(schemas\/|errors\.ts$|uploads\.ts$)/ },
  { name: "domain (lib/domain)", pattern: /^lib\/domain\// },
];

const isNotProduction = (source: string) => /\.test\.tsx?$|\.d\.m?ts$|^(e2e|bench|scripts\/test-support)\/|^scripts\/test\.ts$/.test(source);
const layerOf = (source: string) => LAYERS.findIndex((layer) => layer.pattern.test(source));

runScript(async () => {
  const { modules, violations } = await cruiseGraph();
  const project = modules.filter((m) => !m.source.includes("node_modules") && !m.coreModule);
  const production = new Map<string, string[]>();
  for (const m of project) {
    if (isNotProduction(m.source)) continue;
    production.set(m.source, [...new Set(m.dependencies.filter((d) => !d.coreModule && !d.couldNotResolve && !d.resolved.includes("node_modules") && !isNotProduction(d.resolved)).map((d) => d.resolved))]);
  }
  const imports = [...production.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`Import graph of production code: ${production.size} modules, ${imports} imports between them.\n`);

  printLayers(production);
  printArrows(production);
  printCircles("production code", production);
  printCircles("all code, tests included", new Map(project.map((m) => [m.source, m.dependencies.map((d) => d.resolved)])));

  const broken = new Map<string, typeof violations>();
  for (const v of violations) broken.set(v.rule.name, [...(broken.get(v.rule.name) ?? []), v]);
  console.log(`\nBroken import rules (.dependency-cruiser.cjs): ${violations.length}`);
  for (const [rule, list] of broken) {
    console.log(`  ${rule}: ${list.length}`);
    for (const v of list) console.log(`    ${v.from === v.to ? v.from : `${v.from} → ${v.to}`}`);
  }
});

function printLayers(graph: Map<string, string[]>) {
  console.log(`${"Layers, top to bottom".padEnd(54)} modules  import levels inside the layer`);
  for (const [index, layer] of LAYERS.entries()) {
    const members = [...graph.keys()].filter((source) => layerOf(source) === index);
    const inside = new Map(members.map((source) => [source, graph.get(source)!.filter((target) => layerOf(target) === index)]));
    console.log(`  ${layer.name.padEnd(52)} ${String(members.length).padStart(7)}  ${String(longestChain(inside)).padStart(5)}`);
  }
  const unplaced = [...graph.keys()].filter((source) => layerOf(source) === -1);
  if (unplaced.length) console.log(`  in no layer (add it to LAYERS in scripts/deps-graph.ts): ${unplaced.join(", ")}`);
}

function printArrows(graph: Map<string, string[]>) {
  let down = 0;
  const against: string[] = [];
  for (const [source, targets] of graph) {
    for (const target of targets) {
      const from = layerOf(source);
      const to = layerOf(target);
      if (from === -1 || to === -1 || from === to) continue;
      if (to > from) down++;
      else against.push(`${source} → ${target}`);
    }
  }
  console.log(`\nArrows between layers: ${down} with the direction, ${against.length} against it`);
  for (const arrow of against) console.log(`  ${arrow}`);
}

/** The most modules on one import chain (a module importing nothing of the layer is one level). */
function longestChain(graph: Map<string, string[]>): number {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (node: string): number => {
    const known = depth.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return 0; // a circle: counted by printCircles, not followed round
    visiting.add(node);
    const value = 1 + Math.max(0, ...(graph.get(node) ?? []).filter((next) => graph.has(next)).map(visit));
    visiting.delete(node);
    depth.set(node, value);
    return value;
  };
  return Math.max(0, ...[...graph.keys()].map(visit));
}

/** Circles as strongly connected components (Tarjan): each group of modules that reach one another. */
function printCircles(what: string, graph: Map<string, string[]>) {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)!.includes(node)) circles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  console.log(`\nImport circles in ${what}: ${circles.length}${circles.length ? ` (${circles.flat().length} modules)` : ""}`);
  for (const circle of circles) console.log(`  ${circle.join(" ⇄ ")}`);
}

