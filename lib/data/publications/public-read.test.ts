import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Safety of the public side (issue 19): the anonymous routes under app/p/ can reach the database only
// through public-read.ts, and public-read.ts reads only published fields. Both are checked on the source,
// so a later change that imports another data module or selects a private column fails here.

const root = process.cwd();
const PUBLIC_READ = "lib/data/publications/public-read.ts";
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(root, file)).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The project modules a file imports ("@/x" and "./x"), as paths relative to the project. */
function projectImports(file: string): string[] {
  const source = withoutComments(read(file));
  const specifiers = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(file), spec) : null;
    if (base === null) return [];
    const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => { try { return statSync(path.join(root, candidate)).isFile(); } catch { return false; } });
    return found ? [found] : [`${base} (unresolved)`];
  });
}

/** Every project module reachable from these entry files, up to public-read.ts (the door, scanned below). */
function reachable(entries: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (graph.has(file) || file.endsWith("(unresolved)") || !/\.tsx?$/.test(file)) continue;
    const imports = file === PUBLIC_READ ? [] : projectImports(file);
    graph.set(file, imports);
    queue.push(...imports);
  }
  return graph;
}

const PUBLIC_ROUTES = filesUnder("app/p");

describe("public routes reach the database only through the public read", () => {
  it("finds the public routes", () => {
    expect(PUBLIC_ROUTES).toEqual(expect.arrayContaining(["app/p/[workspace]/route.ts", "app/p/[workspace]/[id]/route.ts", "app/p/[workspace]/[id]/embed/route.ts", "app/p/[workspace]/[id]/card.png/route.ts", "app/p/[workspace]/feed.xml/route.ts", "app/p/[workspace]/claimreview.json/route.ts"]));
  });

  it("imports no data module but public-read.ts, and nothing but public-read.ts touches the Prisma client", () => {
    const graph = reachable(PUBLIC_ROUTES);
    const modules = [...graph.keys()];
    expect(modules).toContain(PUBLIC_READ);
    expect(modules.filter((file) => file.startsWith("lib/data/"))).toEqual([PUBLIC_READ]);
    expect(modules.filter((file) => /^lib\/(auth|workflows|actions)\//.test(file))).toEqual([]);
    for (const [file, imports] of graph) {
      if (file === PUBLIC_READ) continue;
      expect(file, "a reached module").not.toMatch(/^lib\/(db\/client|generated\/)/);
      expect(imports.filter((target) => target.startsWith("lib/db/client") || target.startsWith("lib/generated/")), file).toEqual([]);
      expect(withoutComments(read(file)), file).not.toMatch(/["']@prisma\/client["']|getDb\(/);
    }
  });
});

// Published fields only: the workspace's publisher fields, the publication's own columns (the snapshot is
// the published fact-check), its correction lines, and the claim's status (for "under review again").
const ALLOWED_SELECTED = new Set(["id", "slug", "name", "organizationName", "publisherLogoUrl", "publicBaseUrl", "updatedAt", "snapshot", "publishedAt", "lastPublishedAt", "unpublishedAt", "claimId", "version", "status", "createdAt", "text", "_all"]);
const ALLOWED_SQL: Record<string, Set<string>> = {
  p: new Set(["id", "version", "unpublishedAt", "claimId", "workspaceId", "updatedAt"]),
  w: new Set(["id", "slug", "updatedAt"]),
  c: new Set(["id", "status"]),
};
const PRIVATE_WORDS = /\b(?:reviewer\w*|\w*[nN]ote|notes|email|verdicts?|passwordHash|rationale|comments?|tokens?|memberships?|assignee\w*|resolutionNote|body|evidence)\b/;

/** What public-read.ts's source selects beyond the published fields: empty when it is safe. */
function privateReads(source: string): string[] {
  const code = withoutComments(source);
  const problems: string[] = [];
  for (const [, field] of code.matchAll(/\b(\w+):\s*true\b/g)) if (field && !ALLOWED_SELECTED.has(field)) problems.push(`selects ${field}`);
  for (const [, alias, column] of code.matchAll(/\b([a-z])\."(\w+)"/g)) if (alias && column && !ALLOWED_SQL[alias]?.has(column)) problems.push(`SQL reads ${alias}."${column}"`);
  if (/SELECT\s+\*|\.\*/i.test(code)) problems.push("SQL selects *");
  const word = PRIVATE_WORDS.exec(code.replace(/publishedFactCheckSchema|PublishedFactCheck/g, ""));
  if (word) problems.push(`names ${word[0]}`);
  return problems;
}

describe("public-read.ts selects only published fields", () => {
  it("has no private field in its selects or SQL", () => {
    expect(privateReads(read(PUBLIC_READ))).toEqual([]);
  });

  it("would catch a private field slipped in (the scan is not vacuous)", () => {
    const source = read(PUBLIC_READ);
    expect(privateReads(source.replace("publicBaseUrl: true,", "publicBaseUrl: true, resolutionNote: true,"))).toContain("selects resolutionNote");
    expect(privateReads(source.replace(`c."status"::text AS "status"`, `c."resolutionNote" AS "status"`))).toContain(`SQL reads c."resolutionNote"`);
    expect(privateReads(`${source}\nconst x = { claim: { select: { verdicts: { select: { rating: true } } } } };`).length).toBeGreaterThan(0);
  });
});
