import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { createSpanClaim, createTestArticle } from "./data";
import { streamWorkspaceJson } from "@/lib/workflows/export/workspace-dump";

// A workspace JSON file whose claims all state one quantity, each a different value, as in issue 20's
// report (1,000 such claims made 497,268 stored pairs). For the test that imports it and for
// bench/figure-conflicts.ts. Test and benchmark support only.

export const ONE_QUANTITY_STATEMENT = "At its 2014 peak IS ruled this many people";

/** Makes a small real workspace, exports it, and repeats its figure claim `claims` times with distinct values. */
export async function oneQuantityWorkspaceJson(claims: number) {
  const tag = randomBytes(4).toString("hex");
  const email = `conflicts-${tag}@bench.example.org`;
  const seeded = await seedWorkspace({ slug: `cq-${tag}`, name: `One quantity ${tag}`, users: [{ email, name: `Owner ${tag}`, role: "OWNER", password: "bench-password" }], withCorpus: false });
  const owner = { id: seeded.userIds[email]! };
  const body = `A report said IS ruled 12 million people at its 2014 peak. ${tag}`;
  const article = await createTestArticle(seeded.workspaceId, body);
  await createSpanClaim({ workspaceId: seeded.workspaceId, articleId: article.id, body, quote: "12 million people", statement: ONE_QUANTITY_STATEMENT, createdById: owner.id, figure: { value: 12_000_000, unit: "COUNT", counted: "people" } });
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor: owner, slug: `cq-${tag}` })) text += chunk;
  const doc = JSON.parse(text) as { claims: Record<string, unknown>[]; auditEvents: unknown[] };
  const [claim] = doc.claims;
  // Values 12,345 apart from 1 million up: precise figures (rounding of a unit or ten), so nearly every
  // pair conflicts, from slightly (severity 1) to widely (4) as the values spread.
  doc.claims = Array.from({ length: claims }, (_, n) => ({ ...claim, id: randomUUID(), figureValue: 1_000_000 + 12_345 * n }));
  doc.auditEvents = [];
  return { owner, bytes: new TextEncoder().encode(JSON.stringify(doc)) };
}

/**
 * Rows a workspace holds in every table that has a workspaceId column (every table of workspace
 * data: architecture.md), whatever tables a write chose to fill.
 */
export async function countWorkspaceRows(workspaceId: string): Promise<Record<string, number>> {
  const db = getDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    select quote_ident(table_name) as name from information_schema.columns
    where table_schema = current_schema() and column_name = 'workspaceId' order by table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`select count(*)::int as n from ${name} where "workspaceId" = $1::uuid`, workspaceId);
    if (row?.n) counts[name] = row.n;
  }
  return counts;
}
