import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FigureQualifierCode, FigureUnitCode } from "@/lib/domain/vocabulary";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { textQueryCtes } from "./text-query";

// The candidates for a statement's matches, with the wording measures the score needs, in one SQL statement.
// Each way in reads an index and stops at its limit, so the cost does not grow with the workspace:
// - by words: claims holding one of the statement's rare words (text-query.ts: its distinctive words, lib/domain/
//   claim-matching/query-words.ts, that the table's statistics do not show in thousands of claims), from the GIN
//   index on the search vector (the words parsed in every language at once), at most RARE_SCAN of them. Of
//   those, the BY_WORDS nearest in trigram distance (wording), and the BY_TEXT best ranked that share two
//   distinctive words, one of them rare (full text);
// - by wording, when the statement has no rare word: the claims nearest in trigram distance, a KNN scan of the
//   GiST index on (workspace, statement). It is not the first way in because on a large workspace of one story
//   nearly every statement is near in trigrams, and the scan then reads most of the index (50-150 ms on 100,000
//   claims, bench:matches), however small its limit;
// - by figure: claims of the same quantity key whose interval starts nearest the statement's value, on either
//   side, from the (workspace, figureKey, conflictLow) index: the only way in across languages;
// - outside fact-checks (sources of kind FACT_CHECK): nearest by trigram distance of the claim they reviewed.
// Then, for those few rows only: trigram similarity, and the Dice share of full-text lexemes in common in the
// candidate's own language configuration (its article's, or the fact-check's).

const BY_WORDS = 30;
const BY_TEXT = 30;
/** Claims read by their rare words (text-query.ts), at most. */
const RARE_SCAN = 500;
/** Per side of the value. */
const BY_FIGURE = 15;
const FACT_CHECKS = 10;

export interface MatchProbe {
  workspaceId: string;
  statement: string;
  /** lib/domain/claim-matching/query-words.ts distinctiveWords; none: no full-text way in. */
  textWords: string[];
  figureKey: string | null;
  /** Where the statement's value sits in its quantity's common unit, to read the nearest intervals from. */
  figurePivot: number | null;
  excludeClaimId: string | null;
}

export interface CandidateRow {
  kind: "claim" | "claimreview";
  id: string;
  text: string;
  claimant: string | null;
  claimDate: Date | null;
  figureValue: number | null;
  figureUnit: FigureUnitCode | null;
  figureQualifier: FigureQualifierCode | null;
  figureLow: number | null;
  figureHigh: number | null;
  figureCounted: string | null;
  status: ClaimStatus | null;
  levelId: string | null;
  levelLabel: string | null;
  levelColour: string | null;
  articleId: string | null;
  articleTitle: string | null;
  language: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  ratingLabel: string | null;
  trigram: number;
  lexemes: number;
}

/** Dice coefficient of the lexemes of `text` and of the probe, both parsed in `config`. */
function lexemeShare(config: Prisma.Sql, text: Prisma.Sql, probe: string): Prisma.Sql {
  return Prisma.sql`(
    select coalesce(2.0 * (select count(*) from unnest(l.t) as x where x = any(l.q)) / nullif(cardinality(l.t) + cardinality(l.q), 0), 0)::float8
    from (select tsvector_to_array(to_tsvector(${config}, ${text})) as t, tsvector_to_array(to_tsvector(${config}, ${probe})) as q) l)`;
}

export function matchCandidatesSql(p: MatchProbe): Prisma.Sql {
  const ws = Prisma.sql`${p.workspaceId}::uuid`;
  const notSelf = p.excludeClaimId ? Prisma.sql`and c.id <> ${p.excludeClaimId}::uuid` : Prisma.empty;
  const pivot = Prisma.sql`${p.figurePivot ?? 0}::float8`;
  const byFigure = p.figureKey && p.figurePivot !== null
    ? Prisma.sql`
      union (select c.id from claims c where c."workspaceId" = ${ws} and c."figureKey" = ${p.figureKey} and c."conflictLow" <= ${pivot} ${notSelf}
             order by c."conflictLow" desc limit ${BY_FIGURE})
      union (select c.id from claims c where c."workspaceId" = ${ws} and c."figureKey" = ${p.figureKey} and c."conflictLow" > ${pivot} ${notSelf}
             order by c."conflictLow" limit ${BY_FIGURE})`
    : Prisma.empty;
  const claimConfig = Prisma.sql`claimbench_search_config(a.language)`;
  const sourceConfig = Prisma.sql`claimbench_search_config(s.language)`;
  // ts_match_vq is `@@` as a function: the planner does not make it an index condition, so the GIN index is
  // entered by the rare words alone and the pairs are checked on those rows only. When more than RARE_SCAN claims
  // hold a rare word, the first RARE_SCAN in table order are read, not the best: a bound on cost, not on quality.
  return Prisma.sql`
    with ${textQueryCtes(p.textWords)}
    rare_hits as materialized (
      select c.id, c.statement, c."searchVector" from text_query t join claims c on c."searchVector" @@ t.entry
      where c."workspaceId" = ${ws} ${notSelf} limit ${RARE_SCAN}
    ),
    candidates as (
      (select h.id from rare_hits h order by h.statement <-> ${p.statement} limit ${BY_WORDS})
      union (select c.id from claims c where c."workspaceId" = ${ws} ${notSelf} and (select t.entry is null from text_query t)
             order by c.statement <-> ${p.statement} limit ${BY_WORDS})
      union (select h.id from rare_hits h cross join text_query t where ts_match_vq(h."searchVector", t.pairs)
             order by ts_rank(h."searchVector", t.pairs) desc limit ${BY_TEXT})
      ${byFigure}
    ),
    fact_checks as (
      select s.id from sources s where s."workspaceId" = ${ws} and s."claimReviewed" is not null and s.kind = 'FACT_CHECK'::"SourceKind"
      order by s."claimReviewed" <-> ${p.statement} limit ${FACT_CHECKS}
    )
    select 'claim' as kind, c.id, c.statement as text, c.claimant, c."claimDate",
      c."figureValue", c."figureUnit", c."figureQualifier", c."figureLow", c."figureHigh", c."figureCounted",
      c.status, r.id as "levelId", r.label as "levelLabel", r.colour as "levelColour", a.id as "articleId", a.title as "articleTitle",
      a.language, null as title, null as url, null as publisher, null::timestamp as "publishedAt", null as "ratingLabel",
      similarity(c.statement, ${p.statement})::float8 as trigram, ${lexemeShare(claimConfig, Prisma.sql`c.statement`, p.statement)} as lexemes
    from candidates k join claims c on c.id = k.id join articles a on a.id = c."articleId" left join rating_levels r on r.id = c."finalRatingId"
    union all
    select 'claimreview', s.id, s."claimReviewed", s.claimant, null::timestamp,
      null, null, null, null, null, null,
      null, r.id, r.label, r.colour, null, null,
      s.language, s.title, s.url, s.publisher, s."publishedAt", s."ratingLabel",
      similarity(s."claimReviewed", ${p.statement})::float8, ${lexemeShare(sourceConfig, Prisma.sql`s."claimReviewed"`, p.statement)}
    from fact_checks f join sources s on s.id = f.id left join rating_levels r on r.id = s."ratingLevelId"`;
}
