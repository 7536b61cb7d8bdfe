import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { canSeeOthersVerdicts, canSeeVerdict } from "@/lib/domain/permissions";
import { ROLES } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { othersVerdictsVisibleSql, verdictVisibleSql, type BlindScope } from "./verdict-visibility";

// Blind review is written once, in lib/domain/permissions.ts; the SQL that applies it to many claims at
// once is generated from it. This holds the SQL to the rule, in Postgres, for every role, with and without
// blind review, on a claim the reader rated and one they did not, for their own verdict and another's.
// (A viewer or editor may hold a verdict too: one recorded before a change of role.)

async function setup() {
  const { workspace, users } = await createTestWorkspace(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
  const other = users.OWNER; // rates everything; the readers below are the other roles and the owner alike
  const rating = Object.values(await ratingIds(workspace.id))[0]!;
  const db = getDb();
  const rated = await createTestClaim(workspace.id, "A claim every reader rated");
  const unrated = await createTestClaim(workspace.id, "A claim only the other reviewer rated");
  const verdict = (claimId: string, reviewerId: string) => db.verdict.create({ data: { workspaceId: workspace.id, claimId, reviewerId, ratingId: rating, rationale: "Because." } });
  for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) await verdict(rated.id, users[role].id);
  await verdict(rated.id, other.id);
  await verdict(unrated.id, other.id);
  return { workspace, users, rated: rated.id, unrated: unrated.id };
}

describe("blind review as SQL, against the rule", () => {
  it("shows each verdict, and others' verdicts on each claim, exactly where canSeeVerdict and canSeeOthersVerdicts do", async () => {
    const { workspace, users, rated } = await setup();
    let compared = 0;
    for (const role of ROLES) {
      for (const blindReview of [true, false]) {
        const scope: BlindScope = { actorId: users[role].id, role, blindReview };
        const rows = await getDb().$queryRaw<{ claimId: string; reviewerId: string; visible: boolean; othersVisible: boolean }[]>`
          select v."claimId", v."reviewerId",
            ${verdictVisibleSql(scope, Prisma.sql`v."claimId"`, Prisma.sql`v."reviewerId"`)} as visible,
            ${othersVerdictsVisibleSql(scope, Prisma.sql`v."claimId"`)} as "othersVisible"
          from verdicts v where v."workspaceId" = ${workspace.id}::uuid`;
        expect(rows).toHaveLength(5);
        for (const row of rows) {
          // The owner is the "other" rater: they rated both claims.
          const hasOwnVerdict = row.claimId === rated || role === "OWNER";
          const reader = { role, blindReview, hasOwnVerdict };
          const where = `${role}, blind review ${blindReview ? "on" : "off"}, ${hasOwnVerdict ? "rated" : "not rated"}`;
          expect(row.visible, where).toBe(canSeeVerdict(reader, { isOwn: row.reviewerId === scope.actorId }));
          expect(row.othersVisible, where).toBe(canSeeOthersVerdicts(reader));
          compared += 1;
        }
      }
    }
    expect(compared).toBe(ROLES.length * 2 * 5);
  });

  it("hides from a reviewer who has not rated a claim, under blind review, the others' verdicts on it and nothing else", async () => {
    const { workspace, users, rated, unrated } = await setup();
    const scope: BlindScope = { actorId: users.REVIEWER.id, role: "REVIEWER", blindReview: true };
    const rows = await getDb().$queryRaw<{ claimId: string; reviewerId: string }[]>`
      select v."claimId", v."reviewerId" from verdicts v
      where v."workspaceId" = ${workspace.id}::uuid and ${verdictVisibleSql(scope, Prisma.sql`v."claimId"`, Prisma.sql`v."reviewerId"`)}`;
    expect(rows.filter((row) => row.claimId === unrated)).toEqual([]);
    expect(rows.filter((row) => row.claimId === rated)).toHaveLength(4);
  });
});
