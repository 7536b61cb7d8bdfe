import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";

// A large workspace for the export benchmarks (bench/workspace-json.ts): articles, claims, two
// verdicts per claim, evidence and an audit event per claim, written with createMany in chunks.
// System use only: no per-row audit or checks, as the product's own writes would do.

const CHUNK = 5000;

async function inChunks<T>(count: number, make: (n: number) => T, write: (rows: T[]) => Promise<unknown>) {
  for (let at = 0; at < count; at += CHUNK) {
    const rows: T[] = [];
    for (let n = at; n < Math.min(count, at + CHUNK); n += 1) rows.push(make(n));
    await write(rows);
  }
}

export async function fillBenchWorkspace({ workspaceId, reviewerIds, editorId, claims, claimsPerArticle = 1000 }: {
  workspaceId: string;
  reviewerIds: [string, string];
  editorId: string;
  claims: number;
  claimsPerArticle?: number;
}): Promise<{ articles: number; claims: number; verdicts: number; evidence: number; auditEvents: number }> {
  const db = getDb();
  const levels = await db.ratingLevel.findMany({ where: { workspaceId }, orderBy: { position: "asc" }, select: { id: true } });
  const sentence = (n: number) => `In week ${n} the coalition reported that about ${1000 + n} fighters had left the city of Raqqa. قال المرصد إن ${n} مقاتلاً غادروا. `;
  const articleCount = Math.ceil(claims / claimsPerArticle);
  const bodies: string[] = [];
  const offsets: number[] = [];
  for (let a = 0; a < articleCount; a += 1) {
    let body = "";
    for (let n = a * claimsPerArticle; n < (a + 1) * claimsPerArticle; n += 1) {
      offsets.push(body.length);
      body += sentence(n);
    }
    bodies.push(body);
  }
  const articles = await db.article.createManyAndReturn({
    data: bodies.map((body, a) => ({
      workspaceId, title: `Bench article ${a + 1}`, url: `https://bench.example.org/${a + 1}`, body, bodyHash: createHash("sha256").update(body).digest("hex"),
      wordCount: body.split(/\s+/).length, importFormat: "txt", importedById: editorId, language: "en",
    })),
    select: { id: true, body: true },
  });
  const sources = await db.source.createManyAndReturn({ data: articles.map((article, a) => ({ workspaceId, kind: "ARTICLE" as const, articleId: article.id, title: `Bench article ${a + 1}` })), select: { id: true } });

  const claimIds: string[] = [];
  await inChunks(
    claims,
    (n) => {
      const article = articles[Math.floor(n / claimsPerArticle)]!;
      const local = sentence(n);
      const offset = offsets[n]!;
      const quote = `about ${1000 + n} fighters`;
      const start = offset + local.indexOf(quote);
      const resolved = n % 5 === 0;
      return {
        workspaceId, articleId: article.id, exact: quote, prefix: article.body.slice(Math.max(0, start - 32), start), suffix: article.body.slice(start + quote.length, start + quote.length + 32),
        start, end: start + quote.length, statement: `About ${1000 + n} fighters left Raqqa in week ${n}`, claimant: "Coalition", figureValue: 1000 + n,
        figureUnit: "COUNT" as const, figureQualifier: "ABOUT" as const, figureCounted: "fighters", tags: ["raqqa"], status: resolved ? ("RESOLVED" as const) : ("IN_REVIEW" as const),
        finalRatingId: resolved ? levels[n % levels.length]!.id : null, resolvedAt: resolved ? new Date() : null, resolvedById: resolved ? editorId : null, createdById: reviewerIds[n % 2]!,
      };
    },
    async (rows) => claimIds.push(...(await db.claim.createManyAndReturn({ data: rows, select: { id: true } })).map((row) => row.id)),
  );
  await inChunks(claims * 2, (n) => ({
    workspaceId, claimId: claimIds[n >> 1]!, reviewerId: reviewerIds[n % 2]!, ratingId: levels[(n * 7) % levels.length]!.id, rationale: `Rationale ${n}: the figure matches the coalition's weekly report.`,
  }), (rows) => db.verdict.createMany({ data: rows }));
  const evidence = Math.floor(claims / 4);
  await inChunks(evidence, (n) => ({
    workspaceId, claimId: claimIds[n * 4]!, sourceId: sources[(n + 1) % sources.length]!.id, stance: n % 2 ? ("SUPPORTS" as const) : ("CONTRADICTS" as const), exact: "", note: `Evidence ${n}`, createdById: reviewerIds[n % 2]!,
  }), (rows) => db.evidence.createMany({ data: rows }));
  await inChunks(claims, (n) => ({
    workspaceId, actorId: reviewerIds[n % 2]!, entityType: "claim", entityId: claimIds[n]!, claimId: claimIds[n]!, action: "create", after: { statement: `About ${1000 + n} fighters`, start: n },
  }), (rows) => db.auditEvent.createMany({ data: rows }));
  return { articles: articles.length, claims, verdicts: claims * 2, evidence, auditEvents: claims };
}

/** The workspace's tables as the JSON export reads them, for COPY ... TO STDOUT as the benchmark's floor. */
export function benchCopyQueries(workspaceId: string): string[] {
  if (!/^[0-9a-f-]{36}$/.test(workspaceId)) throw new Error(`Not a uuid: ${workspaceId}`);
  const tables = ["rating_levels", "articles", "claims", "sources", "evidence", "verdicts", "claim_assignments", "dismissed_suggestions", "audit_events"];
  return tables.map((table) => `COPY (SELECT to_jsonb(t) - 'searchVector' FROM (SELECT * FROM ${table} WHERE "workspaceId" = '${workspaceId}' ORDER BY id) t) TO STDOUT`);
}
