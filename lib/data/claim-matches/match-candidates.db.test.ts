import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { distinctiveWords } from "@/lib/domain/claim-matching/query-words";
import { createTestArticle, createTestWorkspace } from "@test-support/data";
import { insertBenchClaims } from "@test-support/bulk-claims";
import { listClaimMatches } from "./claim-matches";
import { COMMON_ROWS, textQueryCtes } from "./text-query";

// A table where thousands of claims share most of their words (the desk's one story: "… million people …"). The
// candidate query enters the GIN index by a statement's rare words only (text-query.ts), and reaches for the
// workspace-wide trigram walk only when it has none; the matches must not suffer. That the plans read claims from
// indexes only is bench:matches' to show, on 100,000 claims: on a table this small the planner rightly prefers
// to read it whole, so a plan asserted here would be about the planner, not the query.

const CROWD = COMMON_ROWS + 500;
const BODY = "IS ruled 12 million people in the region, officials said. Zummar district had 40,000 people under IS, the Peshmerga said.";

async function crowdedWorkspace() {
  const { workspace, users } = await createTestWorkspace();
  const article = await createTestArticle(workspace.id, BODY, "en");
  const spans = Array.from({ length: CROWD }, (_, i) => ({ start: 0, end: 8, statement: `Blorvic zentars quoll ${i % 90} frumps in sector ${i}` }));
  await insertBenchClaims({ workspaceId: workspace.id, articleId: article.id, spans, createdById: users.EDITOR.id });
  const [probe, twin] = await Promise.all(
    ["Zummar district had 40,000 frumps under quoll, the Blorvic zentars said", "The Blorvic zentars said 40,000 frumps in Zummar district lived under quoll"].map((statement) =>
      getDb().claim.create({
        data: { workspaceId: workspace.id, articleId: article.id, createdById: users.EDITOR.id, statement, start: 60, end: 80, exact: BODY.slice(60, 80), prefix: "", suffix: "", anchorStatus: "EXACT" },
        select: { id: true },
      }),
    ),
  );
  // The planner's statistics are what tell a common word from a rare one.
  await getDb().$executeRawUnsafe("analyze claims");
  return { workspace, users, probe: probe!, twin: twin! };
}

// The crowd's words are made up, so that the statistics this file refreshes (ANALYZE) make no word of another
// test file's claims common while both run against the one test database.
describe("match candidates in a workspace of thousands of claims sharing their words", () => {
  it("still finds the claim that says the same, first, by its rare words", async () => {
    const { workspace, users, probe, twin } = await crowdedWorkspace();
    const matches = await listClaimMatches({ actor: users.REVIEWER, slug: workspace.slug, claimId: probe.id });
    expect(matches[0]).toMatchObject({ kind: "claim", claim: { id: twin.id } });

  }, 120_000);

  it("leaves out of the full-text query the words thousands of claims hold, and keeps the rare ones", async () => {
    await crowdedWorkspace();
    const statement = "Blorvic zentars said 12 frumps lived in Zummar";
    // The words the query keeps, read from its own CTEs.
    const [words] = await getDb().$queryRaw<{ common: string[]; rare: string[] }[]>(Prisma.sql`
      with ${textQueryCtes(distinctiveWords(statement))} done as (select 1)
      select coalesce((select array_agg(word order by word) from text_words where common), '{}') as common,
             coalesce((select array_agg(word order by word) from text_words where not common), '{}') as rare`);
    expect(words!.common).toEqual(["blorvic", "frumps", "zentars"]);
    expect(words!.rare).toEqual(expect.arrayContaining(["lived", "zummar"]));
  }, 120_000);
});
