import "server-only";
import { SEARCH_CONFIGS, type SearchConfig } from "@/lib/domain/languages";
import { Prisma } from "@/lib/generated/prisma/client";

// Full-text search in each row's language. A row's "searchVector" is built in its article's configuration
// (english, french, spanish, arabic, else simple: see the migration ..._article_language_search), so a
// query must be parsed in that same configuration, row by row. The match is an OR of one branch per
// configuration, each with a constant tsquery, so that Postgres serves it from the GIN index on the
// vector (a BitmapOr of one index scan per branch) and only checks the row's language afterwards.

/** A tsquery built in a given configuration (a literal such as 'french'::regconfig). */
export type QueryIn = (config: Prisma.Sql) => Prisma.Sql;

/** The query text in web-search syntax ("12 million" -syria), parsed in the configuration given. */
export const websearchQuery = (q: string): QueryIn => (config) => Prisma.sql`websearch_to_tsquery(${config}, ${q})`;

// The names come from a fixed list, never from input, so they are written into the SQL as literals.
const configLiteral = (config: SearchConfig) => Prisma.raw(`'${config}'::regconfig`);

/** The configuration of a row whose language code is the SQL expression `language`. */
export const configOf = (language: Prisma.Sql) => Prisma.sql`claimbench_search_config(${language})`;

/** `vector` matches the query as parsed in the configuration of the row's `language`. */
export function matchesInLanguage(vector: Prisma.Sql, language: Prisma.Sql, query: QueryIn): Prisma.Sql {
  const branches = SEARCH_CONFIGS.map((config) => Prisma.sql`(${vector} @@ ${query(configLiteral(config))} and ${configOf(language)} = ${configLiteral(config)})`);
  return Prisma.sql`(${Prisma.join(branches, " or ")})`;
}

/** The query as parsed in the row's configuration: one constant query per configuration, picked per row. */
export function queryInLanguage(language: Prisma.Sql, query: QueryIn): Prisma.Sql {
  const cases = SEARCH_CONFIGS.map((config) => Prisma.sql`when ${configLiteral(config)} then ${query(configLiteral(config))}`);
  return Prisma.sql`(case ${configOf(language)} ${Prisma.join(cases, " ")} end)`;
}

/** The language of a claim aliased `c`: its article's. */
export const claimLanguage = Prisma.sql`(select ca."language" from articles ca where ca.id = c."articleId")`;

/**
 * The query as parsed in every configuration, OR-ed into one tsquery: one scan of the GIN index instead of one per
 * configuration, and no per-row look-up of the language. A row may then match through another language's parse of
 * a word; fit for finding candidates that are scored afterwards (lib/data/claim-matches), not for a search's results.
 */
export function queryInAnyLanguage(query: QueryIn): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(SEARCH_CONFIGS.map((config) => query(configLiteral(config))), " || ")})`;
}
