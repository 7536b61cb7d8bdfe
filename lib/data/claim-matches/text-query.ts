import "server-only";
import { SEARCH_CONFIGS } from "@/lib/domain/languages";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryInAnyLanguage } from "../full-text";

// The words side of a statement's match candidates (match-candidates.ts), as CTEs of its one SQL statement.
//
// Only rare words lead into the index. A word that tens of thousands of claims share ("million" and "people" in
// every figure claim of a large workspace) has a posting list as long as the table: entering the GIN index by it
// made a bitmap of 100,000 rows, checked against a query of a hundred pairs, in about a second (bench:matches).
// Such a word says little about a claim. A word is common when the planner's statistics of claims."searchVector"
// (pg_stats, kept by ANALYZE) say that more than COMMON_ROWS claims hold it, in the parse of any of our languages.
// A smaller table has no common word, so a small workspace loses nothing; nor does a table never analysed.
//
// The queries are built in a MATERIALIZED CTE, so the planner sees a parameter rather than a constant it would
// estimate from the statistics: it enters the GIN index (a bitmap, bounded because every word in it is rare)
// instead of walking the claims table until it has enough hits.

/** A word held by more claims than this (in the whole table, from its statistics) is common. */
export const COMMON_ROWS = 2000;

const configs = Prisma.raw(`array[${SEARCH_CONFIGS.map((config) => `'${config}'`).join(", ")}]::regconfig[]`);

/** The to_tsquery text in the column `column` of the subquery `x`, parsed in every language at once. */
const inAnyLanguage = (column: string) => queryInAnyLanguage((config) => Prisma.sql`to_tsquery(${config}, ${Prisma.raw(column)})`);

/**
 * CTEs `text_words` (the words, each with whether it is common) and `text_query`, one row: `entry`, any rare word,
 * and `pairs`, any two words of which one is rare (or the one word, when the statement has one), both in every
 * language at once and null when there is no rare word. The words are distinctiveWords', letters and digits only,
 * so quoting them cannot change the query's syntax. Ends with a comma.
 */
export function textQueryCtes(words: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    common_lexemes as materialized (
      select coalesce(array_agg(e.lexeme), '{}') as lexemes
      from pg_stats s
      cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(lexeme, freq)
      where s.schemaname = current_schema() and s.tablename = 'claims' and s.attname = 'searchVector'
        and e.lexeme is not null
        and e.freq * greatest((select reltuples from pg_class where oid = 'claims'::regclass), 0) > ${COMMON_ROWS}
    ),
    text_words as materialized (
      select w.word, w.pos, exists (
          select 1 from unnest(${configs}) as cfg, unnest(tsvector_to_array(to_tsvector(cfg, w.word))) as l
          where l = any(k.lexemes)) as common
      from unnest(${[...words]}::text[]) with ordinality as w(word, pos), common_lexemes k
    ),
    text_texts as materialized (
      select
        coalesce(
          (select string_agg(format('(''%s'' & ''%s'')', a.word, b.word), ' | ' order by a.pos, b.pos)
             from text_words a join text_words b on a.pos < b.pos where not (a.common and b.common)),
          (select format('''%s''', word) from text_words where not common and (select count(*) from text_words) = 1)) as pairs,
        (select string_agg(format('''%s''', word), ' | ' order by pos) from text_words where not common) as rare
    ),
    text_query as materialized (
      select case when x.rare is null then null else ${inAnyLanguage("x.rare")} end as entry,
        case when x.pairs is null then null else ${inAnyLanguage("x.pairs")} end as pairs
      from text_texts x
    ),`;
}
