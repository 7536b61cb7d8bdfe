import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { enumSql } from "../vocabulary-sql";
import { groupMembersSql, isLinkedSql } from "./claim-groups";

// Triage by what is new (issue 17, item 5): the claims list's "checked before" filter and its "most
// repeated" order, as SQL on a claim.
//
// "Checked before": in a same-claim group, or with a fact-check (a FACT_CHECK source, such as an imported
// ClaimReview) linked as evidence, or with a match (Claim.hasMatch: the matcher found another claim or an
// outside fact-check saying the same, or another claim's check found this one). hasMatch is kept by the
// worker (lib/jobs/match-checks.ts), not computed per row: a claim not yet checked (new, or just edited)
// counts as having none until it is. Every caller (the claims list, the table, GET claims and
// claims/table, exports of "these claims") follows this one definition.

/** Whether the claim `claim` was checked before: linked as the same claim as another, with a fact-check as evidence, or with a match. */
export function checkedBeforeSql(claim: Prisma.Sql): Prisma.Sql {
  const factCheck = Prisma.sql`exists (select 1 from evidence e join sources s on s.id = e."sourceId"
    where e."claimId" = ${claim} and s.kind = ${enumSql("SourceKind", "FACT_CHECK")})`;
  const matched = Prisma.sql`exists (select 1 from claims m where m.id = ${claim} and m."hasMatch")`;
  return Prisma.sql`(${isLinkedSql(claim)} or ${factCheck} or ${matched})`;
}

/** How many claims the claim's group holds, itself included (1 when it is in none): "most repeated" first. */
export function groupSizeSql(claim: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(case when ${isLinkedSql(claim)} then (select count(*) from ${groupMembersSql(Prisma.sql`select ${claim}`)} members) else 1 end)::int`;
}
