// The import rules of .dependency-cruiser.cjs, run on a small project written for the purpose: each rule
// must catch the import it is about (a rule whose pattern matched nothing would pass on any code), and
// leave alone what the layers allow. The real tree is checked by `npm test` ("Import rules").
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEPCRUISE, root } from "./import-graph";

const FILES: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"], "@test-support/*": ["./scripts/test-support/*"] } } }),
  // The entry point that reaches every production module below.
  "app/page.ts": ["rule", "impure"].map((m) => `import "@/lib/domain/${m}";`).concat(['import "@/lib/formats/writer";', 'import "@/lib/jobs/a";', 'import "@/lib/auth/guard";']).join("\n"),
  "app/route.ts": 'export const GET = async () => (await import("@/lib/generated/prisma/client")).PrismaClient;',
  "lib/domain/rule.ts": 'import { createHash } from "node:crypto";\nimport type { Doc } from "@/lib/schemas/doc";\nexport const rule = (doc: Doc) => createHash("sha256").update(doc.id).digest("hex");',
  "lib/domain/impure.ts": 'export const load = () => import("node:fs");',
  "lib/schemas/doc.ts": "export type Doc = { id: string };",
  "lib/formats/writer.ts": 'import { rows } from "@/lib/data/query";\nexport const write = () => rows();',
  "lib/data/query.ts": 'import { getDb } from "@/lib/db/client";\nimport { json } from "@/lib/server/http/respond";\nexport const rows = () => json(getDb());',
  "lib/db/client.ts": 'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const getDb = () => new PrismaClient();',
  "lib/generated/prisma/client.ts": "export class PrismaClient {}",
  "lib/server/http/respond.ts": "export const json = (value: unknown) => JSON.stringify(value);",
  "lib/workflows/flow.ts": 'import { rows } from "@/lib/data/query";\nimport { json } from "@/lib/server/http/respond";\nexport const flow = () => json(rows());',
  "lib/jobs/a.ts": 'import { b } from "./b";\nexport const a = () => b;',
  "lib/jobs/b.ts": 'import type { a } from "./a";\nexport const b = 1 as unknown as typeof a;',
  "lib/auth/guard.ts": 'import { makeUser } from "@test-support/data";\nexport const guard = makeUser;',
  "lib/auth/guard.test.ts": 'import { makeUser } from "@test-support/data";\nimport { helper } from "@/lib/server/api/only-for-tests";\nexport const t = [makeUser, helper];',
  "lib/server/api/only-for-tests.ts": "export const helper = 1;",
  "scripts/test-support/data.ts": 'import { getDb } from "@/lib/db/client";\nexport const makeUser = () => getDb();',
  "bench/fixtures.ts": 'export const db = async () => (await import("@/lib/db/client")).getDb();',
};

const dir = mkdtempSync(path.join(os.tmpdir(), "import-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cruise(): string[] {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  const result = spawnSync(process.execPath, [DEPCRUISE, "--config", path.join(root, ".dependency-cruiser.cjs"), "--output-type", "json", "app", "lib", "scripts", "bench"], { cwd: dir, encoding: "utf8" });
  const { summary } = JSON.parse(result.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return summary.violations.map((v) => `${v.rule.name}: ${v.from}${v.to === v.from ? "" : ` → ${v.to}`}`).sort();
}

describe("the import rules", () => {
  it("catch each import they forbid, dynamic and type-only ones included, and nothing the layers allow", () => {
    expect(cruise()).toEqual([
      "data-not-above: lib/data/query.ts → lib/server/http/respond.ts",
      "domain-does-no-io: lib/domain/impure.ts → fs",
      "domain-is-pure: lib/domain/rule.ts → lib/schemas/doc.ts",
      "formats-not-data: lib/formats/writer.ts → lib/data/query.ts",
      "lib-is-production-code: lib/server/api/only-for-tests.ts",
      "lib-is-production-code: lib/workflows/flow.ts",
      "no-circles: lib/jobs/a.ts → lib/jobs/b.ts",
      "no-test-support-in-production: lib/auth/guard.ts → scripts/test-support/data.ts",
      "prisma-only-in-data: app/route.ts → lib/generated/prisma/client.ts",
      "workflows-not-server: lib/workflows/flow.ts → lib/server/http/respond.ts",
    ]);
  });
});
