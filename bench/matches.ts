// npm run bench:matches — "has this been checked before?" on a big workspace. Prints figures, never asserts
// timings (not part of `npm test`). See bench/README.md.
//
// 1. A database of its own (as bench:review: embedded Postgres in .data/bench-matches/ on port 54352, or
//    `<name>_bench` beside DATABASE_URL; BENCH_KEEP=1 keeps it for the next run), seeded with bench:review's workspace of 100,000 claims
//    (bench/review-fixtures.ts), plus 1,000 outside fact-checks (sources of kind FACT_CHECK). Its statements are
//    then reworded (varyStatements): bench:review writes 60,000 of them as one sentence with a number in it, so that
//    every claim reads like 60,000 others, which no desk's claims do and which would measure ties, not matching.
//    Figure claims keep their figure and quantity key, and their wording still names it.
// 2. For 200 claims drawn at random (a fixed seed), times listClaimMatches in this process, the function the
//    API and the claim page call (membership, the claim, the one candidate query, scoring), and the candidate
//    query alone; prints p50, p95 and max.
// 3. Prints EXPLAIN (ANALYZE, BUFFERS) of the candidate query for a figure claim and for a claim without a
//    figure, and whether any plan scans the claims table sequentially.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { runScript } from "../scripts/run";
import { openBenchDatabase, prepareBenchEnvironment } from "./app-server";

const SAMPLE = Number(process.env.BENCH_MATCH_SAMPLE ?? 200);
const SIZE = {
  articles: Number(process.env.BENCH_ARTICLES ?? 1000),
  claims: Number(process.env.BENCH_CLAIMS ?? 100_000),
  evidence: Number(process.env.BENCH_EVIDENCE ?? 300_000),
  verdicts: Number(process.env.BENCH_VERDICTS ?? 200_000),
  sources: Number(process.env.BENCH_SOURCES ?? 2000),
};
const FACT_CHECKS = 1000;
/** BENCH_KEEP=1: keep the seeded database (in .data/bench-matches/) and reuse it on the next run; seeding takes minutes. */
const KEEP = process.env.BENCH_KEEP === "1";

prepareBenchEnvironment({ name: "bench-matches", port: "54352" });

runScript(async () => {
  console.log(`Matches benchmark on ${os.cpus().length} cores, Node ${process.version}\n`);
  await openBenchDatabase({ keep: KEEP });
  const { getDb } = await import("../lib/db/client");
  const db = getDb();
  const started = performance.now();
  const fixture = (KEEP && (await keptFixture())) || (await seed());
  const claims = await db.claim.count({ where: { workspaceId: fixture.workspaceId } });
  console.log(`✔ ${fixture.kept ? "Kept from the last run" : `Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`}: ${claims.toLocaleString("en")} claims, ${FACT_CHECKS.toLocaleString("en")} outside fact-checks.\n`);

  await db.$executeRaw`select setseed(0.17)`;
  const sample = await db.$queryRaw<{ id: string; figure: boolean }[]>`
    select id, "figureKey" is not null as figure from claims where "workspaceId" = ${fixture.workspaceId}::uuid order by random() limit ${SAMPLE}`;
  const { listClaimMatches } = await import("../lib/data/claim-matches/claim-matches");
  const actor = { id: fixture.reviewerIds[0]! };
  const slug = fixture.slug;
  for (const { id } of sample.slice(0, 10)) await listClaimMatches({ actor, slug, claimId: id }); // warm-up
  const full: number[] = [];
  const found: number[] = [];
  for (const { id } of sample) {
    const t0 = performance.now();
    const items = await listClaimMatches({ actor, slug, claimId: id });
    full.push(performance.now() - t0);
    found.push(items.length);
  }
  const queryOnly = await timeQueries(fixture.workspaceId, sample.map((s) => s.id));
  console.log(`listClaimMatches (limit 5) for ${sample.length} random claims (${sample.filter((s) => s.figure).length} figures), in-process:`);
  console.log(`  whole call       ${stats(full)}`);
  console.log(`  candidate query  ${stats(queryOnly)}`);
  console.log(`  matches shown    ${(found.reduce((a, b) => a + b, 0) / found.length).toFixed(1)} per claim on average\n`);

  const plans = await explainQueries(fixture.workspaceId, sample);
  for (const [label, plan] of plans) {
    console.log(`EXPLAIN (ANALYZE, BUFFERS) — ${label}`);
    console.log(plan.split("\n").map((line) => `  ${line}`).join("\n"));
    console.log("");
  }
  const scans = plans.filter(([, plan]) => /Seq Scan on claims\b/.test(plan)).map(([label]) => label);
  console.log(scans.length ? `✖ Sequential scan of claims in: ${scans.join("; ")}` : "✔ No plan scans the claims table sequentially.");
  return 0;
});

const SLUG = "bench-matches";

/** bench:review's workspace, its fact-checks and its reworded statements, in a fresh database. */
async function seed(): Promise<{ workspaceId: string; slug: string; reviewerIds: string[]; kept: boolean }> {
  const { seedReviewBench } = await import("./review-fixtures");
  const { getDb } = await import("../lib/db/client");
  const db = getDb();
  const fixture = await seedReviewBench({ slug: SLUG, size: SIZE, passwordHash: "x" });
  await db.$executeRaw`
    insert into sources (id, "workspaceId", kind, title, url, publisher, "claimReviewed", "ratingLabel", "publishedAt", "updatedAt")
    select gen_random_uuid(), ${fixture.workspaceId}::uuid, 'FACT_CHECK', 'Fact-check ' || g, 'https://factcheck.example/' || g, 'Fact Desk',
      case when g % 2 = 0 then 'IS ruled ' || (g % 13) || ' million people in region ' || (g % 4000) else 'Fact-check ' || g || ' of a claim about the siege' end,
      'False', now(), now()
    from generate_series(1, ${FACT_CHECKS}) g`;
  await db.$executeRaw`analyze sources`;
  await varyStatements(fixture.workspaceId);
  return { ...fixture, kept: false };
}

/** With BENCH_KEEP=1, the workspace the last run seeded, when it is there. */
async function keptFixture(): Promise<{ workspaceId: string; slug: string; reviewerIds: string[]; kept: boolean } | null> {
  const { getDb } = await import("../lib/db/client");
  const workspace = await getDb().workspace.findUnique({ where: { slug: SLUG }, select: { id: true, memberships: { where: { role: "REVIEWER" }, select: { userId: true } } } });
  if (!workspace) return null;
  await getDb().$executeRaw`analyze claims`;
  return { workspaceId: workspace.id, slug: SLUG, reviewerIds: workspace.memberships.map((m) => m.userId), kept: true };
}

/**
 * Statements from a vocabulary (actors, verbs, objects, places, times), each word picked by a hash of the claim's
 * number: words are shared as in a desk's claims (an actor by one claim in 40, a place by one in 600), pairs of
 * them rarely. Figure claims say their figure ("… 10 million people in region 17 …").
 */
async function varyStatements(workspaceId: string) {
  const { getDb } = await import("../lib/db/client");
  const words = (list: string) => list.split(",").map((w) => w.trim());
  const actors = words("IS, ISIS, the Islamic State, Daesh, the coalition, Kurdish forces, the SDF, the Syrian army, Iraqi forces, the Peshmerga, Turkish troops, Russian jets, US aircraft, the militants, the jihadists, local councils, tribal fighters, the regime, rebel groups, Hezbollah, Iranian advisers, the UN, aid agencies, activists, residents, officials, the governor, the ministry, observers, monitors, the Red Crescent, doctors, journalists, the police, border guards, smugglers, refugees, witnesses, commanders, analysts");
  const verbs = words("seized, lost, shelled, besieged, abandoned, retook, bombed, evacuated, controlled, attacked, defended, surrounded, entered, left, destroyed, rebuilt, mined, looted, taxed, closed, reopened, supplied, blockaded, cleared, occupied, raided, fortified, encircled, freed, stormed, targeted, patrolled, mapped, reported, counted, estimated, documented, denied, confirmed, disputed");
  const objects = words("the oil fields, the dam, the airbase, the old city, the bridge, the hospital, the grain silos, the power station, the border crossing, the highway, the prison, the market, the university, the water plant, the refinery, the checkpoint, the camp, the mosque, the citadel, the barracks, the airport, the railway, the schools, the farms, the villages, the suburbs, the industrial zone, the gas plant, the supply route, the courthouse");
  const places = words("Mosul, Raqqa, Deir ez-Zor, Palmyra, Kobani, Manbij, Tabqa, Mayadin, Albu Kamal, Al-Qaim, Fallujah, Ramadi, Tikrit, Kirkuk, Sinjar, Tal Afar, Hawija, Baiji, Haditha, Rutba, Aleppo, Homs, Hama, Idlib, Hasakah, Qamishli, Jarabulus, Al-Bab, Dabiq, Azaz, Sirte, Derna, Benghazi, Aden, Mukalla, Sinai, Arish, Baghdad, Samarra, Baquba, Khanaqin, Jalawla, Makhmour, Gwer, Qayyarah, Shirqat, Anah, Hit, Karma, Amiriyah, Nukhayb, Tanf, Suwayda, Daraa, Quneitra, Yarmouk, Douma, Harasta, Zabadani, Qalamoun");
  const times = words("in 2014, in 2015, in 2016, in 2017, in early 2015, in mid-2016, in late 2017, in January, in March, in June, in August, in October, last spring, last winter, within days, within weeks, overnight, after a long siege, during the offensive, before the ceasefire");
  const pick = (list: string[], salt: string) => Prisma.sql`(${list}::text[])[1 + abs(hashtext(n::text || ${salt})) % ${list.length}]`;
  const { Prisma } = await import("../lib/generated/prisma/client");
  const district = Prisma.sql`' district ' || (1 + abs(hashtext(n::text || 'd')) % 10)`;
  await getDb().$executeRaw`
    update claims c set statement = case
      when c."figureKey" is not null then ${pick(actors, "a")} || ' said ' || trim(to_char(c."figureValue" / 1000000, 'FM999')) || ' million ' || c."figureCounted" || ' lived under IS ' || ${pick(times, "t")}
      else ${pick(actors, "a")} || ' ' || ${pick(verbs, "v")} || ' ' || ${pick(objects, "o")} || ' of ' || ${pick(places, "p")} || ${district} || ' ' || ${pick(times, "t")}
    end
    from (select id, row_number() over (order by id) as n from claims where "workspaceId" = ${workspaceId}::uuid) x
    where c.id = x.id`;
  await getDb().$executeRaw`analyze claims`;
}

async function probeOf(claimId: string) {
  const { getDb } = await import("../lib/db/client");
  const { fromDbFigure } = await import("../lib/data/claims/figure-codes");
  const { quantityKey } = await import("../lib/domain/same-quantity");
  const { toCommonUnit } = await import("../lib/domain/figure-conflicts");
  const { distinctiveWords } = await import("../lib/domain/claim-matching/query-words");
  const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId } });
  const figure = fromDbFigure(claim);
  return {
    workspaceId: claim.workspaceId, statement: claim.statement, textWords: distinctiveWords(claim.statement),
    figureKey: figure ? quantityKey(figure.unit, figure.counted) : null, figurePivot: figure ? toCommonUnit(figure).value : null, excludeClaimId: claim.id,
  };
}

async function timeQueries(workspaceId: string, ids: string[]): Promise<number[]> {
  const { getDb } = await import("../lib/db/client");
  const { matchCandidatesSql } = await import("../lib/data/claim-matches/match-candidates");
  const times: number[] = [];
  for (const id of ids) {
    const sql = matchCandidatesSql({ ...(await probeOf(id)), workspaceId });
    const t0 = performance.now();
    await getDb().$queryRaw(sql);
    times.push(performance.now() - t0);
  }
  return times;
}

async function explainQueries(workspaceId: string, sample: { id: string; figure: boolean }[]): Promise<[string, string][]> {
  const { getDb } = await import("../lib/db/client");
  const { matchCandidatesSql } = await import("../lib/data/claim-matches/match-candidates");
  const explain = async (id: string) => {
    const sql = matchCandidatesSql({ ...(await probeOf(id)), workspaceId });
    const rows = await getDb().$queryRaw<{ "QUERY PLAN": string }[]>`explain (analyze, buffers) ${sql}`;
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  };
  const figure = sample.find((s) => s.figure);
  const plain = sample.find((s) => !s.figure);
  return [
    ...(figure ? [["candidates of a figure claim (wording, full text, figure key, fact-checks)", await explain(figure.id)] as [string, string]] : []),
    ...(plain ? [["candidates of a claim without a figure", await explain(plain.id)] as [string, string]] : []),
  ];
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}
