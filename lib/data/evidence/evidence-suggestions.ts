import "server-only";
import { getDb } from "@/lib/db/client";
import { figureAffinity, figureSubject, overlapsAny, rankPassages, splitPassages, type Candidate, type Passage, type Span } from "@/lib/domain/evidence-ranking";
import { detectFigures } from "@/lib/domain/figures";
import { Prisma } from "@/lib/generated/prisma/client";
import { figureLanguageOfArticle, searchConfigOf, type SearchConfig } from "@/lib/domain/languages";
import { fromDbFigure } from "../claims/figure-codes";
import { matchesInLanguage, queryInLanguage, type QueryIn } from "../full-text";
import type { Actor } from "../scope";
import { getWorkspaceAccess } from "../workspaces/workspaces";

/** How much more the words naming what a figure measures count than the statement's other words. */
const SUBJECT_WEIGHT = 2;
/** Articles read closely for passages: the best matches of the whole workspace by full-text rank. */
const CANDIDATE_ARTICLES = 20;

// The claim's words as one OR query: any shared term makes an article a candidate, and ts_rank
// orders them. Lexemes come from to_tsvector in each article's own configuration, that of its
// "searchVector" (full-text.ts), so they compare stem to stem; quote_literal keeps odd characters
// from breaking the tsquery syntax.
const orQuery = (terms: string): QueryIn => (config) => Prisma.sql`(
  select coalesce(string_agg(quote_literal(lexeme), ' | '), '')::tsquery from unnest(to_tsvector(${config}, ${terms}))
)`;

export interface EvidenceSuggestion {
  articleId: string;
  articleTitle: string;
  start: number;
  end: number;
  text: string;
  score: number;
  /** A figure of the passage that speaks of the same unit as the claim's, when there is one. */
  figure: string | null;
}

/**
 * Passages of the workspace's articles that may support or contradict a claim, best first. Passages
 * already linked to the claim and the claim's own span are left out. Members only; [] otherwise.
 */
export async function suggestEvidence({ actor, slug, claimId, limit = 5 }: { actor: Actor; slug: string; claimId: string; limit?: number }): Promise<EvidenceSuggestion[]> {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return [];
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId: access.workspace.id },
    select: {
      statement: true, exact: true, articleId: true, start: true, end: true,
      figureValue: true, figureUnit: true, figureQualifier: true, figureLow: true, figureHigh: true, figureCounted: true,
      evidence: { where: { source: { articleId: { not: null } }, anchorStatus: { not: "ORPHANED" } }, select: { start: true, end: true, source: { select: { articleId: true } } } },
    },
  });
  if (!claim) return [];
  const terms = [claim.statement, claim.figureCounted].filter(Boolean).join(" ");
  const articles = await candidateArticles(access.workspace.id, terms);
  const excluded = excludedSpans(claim);
  // Offsets are computed here, not in SQL: Postgres counts characters, JavaScript UTF-16 units.
  const passages = articles.flatMap((article) =>
    splitPassages(article.body)
      .filter((passage) => !overlapsAny(passage, excluded.get(article.id) ?? []))
      .map((passage) => ({ article, passage })),
  );
  if (passages.length === 0) return [];
  const subject = claim.figureValue === null ? "" : figureSubject(claim.statement);
  const configs = passages.map((p) => searchConfigOf(p.article.language));
  const signals = await measurePassages(passages.map((p) => p.passage), configs, { terms, subject, statement: claim.statement, counted: claim.figureCounted });
  const figure = fromDbFigure(claim);
  const candidates: Candidate[] = passages.flatMap(({ article, passage }, index) => {
    const measured = signals.get(index);
    const figures = detectFigures(passage.text, { language: figureLanguageOfArticle(article.language) });
    return measured ? [{ articleId: article.id, passage, signals: measured, figure: figureAffinity(figure, figures) }] : [];
  });
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return rankPassages(candidates, { limit }).map((c) => ({
    articleId: c.articleId,
    articleTitle: titles.get(c.articleId) ?? "",
    start: c.passage.start,
    end: c.passage.end,
    text: c.passage.text,
    score: c.score,
    figure: c.figure.figure?.text ?? null,
  }));
}

/** The workspace's articles sharing any of the claim's terms, best full-text rank first (the GIN index on "searchVector"). */
async function candidateArticles(workspaceId: string, terms: string) {
  const vector = Prisma.sql`a."searchVector"`;
  const language = Prisma.sql`a."language"`;
  return getDb().$queryRaw<{ id: string; title: string; body: string; language: string | null }[]>`
    select a.id, a.title, a.body, a.language from articles a
    where a."workspaceId" = ${workspaceId}::uuid and ${matchesInLanguage(vector, language, orQuery(terms))}
    order by ts_rank(${vector}, ${queryInLanguage(language, orQuery(terms))}) desc, a.id
    limit ${CANDIDATE_ARTICLES}`;
}

/** Per article, the spans not to suggest: the claim itself and passages already linked to it. */
function excludedSpans(claim: { articleId: string; start: number; end: number; evidence: { start: number | null; end: number | null; source: { articleId: string | null } }[] }) {
  const byArticle = new Map<string, Span[]>([[claim.articleId, [{ start: claim.start, end: claim.end }]]]);
  for (const e of claim.evidence) {
    if (!e.source.articleId || e.start === null || e.end === null) continue;
    byArticle.set(e.source.articleId, [...(byArticle.get(e.source.articleId) ?? []), { start: e.start, end: e.end }]);
  }
  return byArticle;
}

// Bare numbers and their qualifiers are compared as figures (unit and counted noun, see
// evidence-ranking.ts), not as words: the "12" of "12 percent" says nothing about "12 million", and
// "around" is no subject. Years stay: "2014" is one.
const QUALIFIERS = "around nearly roughly approximately almost least fewer less exactly estimated";
const wordLexeme = Prisma.sql`(lexeme !~ '^[0-9.,]+$' or lexeme ~ '^(1[0-9]|20)[0-9][0-9]$')
  and lexeme not in (select lexeme from unnest(to_tsvector(c.config, ${QUALIFIERS})))`;

/**
 * Text signals of each passage against the claim, in one statement: an Okapi BM25 score of the
 * claim's lexemes (ts_rank has no notion of rarity, and a claim's distinctive word, "population",
 * must count for more than "ISIS", which every passage of this corpus holds), with document
 * frequencies taken over the candidate passages (Postgres has no corpus statistics to offer), and
 * the words naming what the claim's figure measures weighted up; and pg_trgm's word_similarity of the statement and
 * of the counted noun. Only passages sharing a term or much of the wording come back, keyed by
 * their position in `passages`.
 */
async function measurePassages(passages: Passage[], configs: SearchConfig[], claim: { terms: string; subject: string; statement: string; counted: string | null }) {
  const texts = passages.map((p) => p.text);
  // Each passage in its article's configuration, and the claim's words in each configuration there is.
  const rows = await getDb().$queryRaw<{ i: bigint; bm25: number; wsim: number; csim: number }[]>`
    with p as (
      select i, text, config::regconfig as config, to_tsvector(config::regconfig, text) as v
      from unnest(${texts}::text[], ${configs}::text[]) with ordinality as t(text, config, i)
    ),
    c as (select distinct config from p),
    q as (
      select config, lexeme, max(weight) as weight from (
        select c.config, lexeme, 1.0::float8 as weight from c cross join lateral unnest(to_tsvector(c.config, ${claim.terms})) where ${wordLexeme}
        union all
        select c.config, lexeme, ${SUBJECT_WEIGHT}::float8 from c cross join lateral unnest(to_tsvector(c.config, ${claim.subject})) where ${wordLexeme}
      ) as w group by config, lexeme
    ),
    stats as (select count(*)::float8 as n, greatest(avg(length(v)), 1)::float8 as avglen from p),
    hits as (
      select p.i, l.lexeme, q.weight, coalesce(array_length(l.positions, 1), 1)::float8 as tf, length(p.v)::float8 as len
      from p cross join lateral unnest(p.v) as l join q on q.config = p.config and q.lexeme = l.lexeme
    ),
    df as (select lexeme, count(*)::float8 as df from hits group by lexeme),
    bm25 as (
      select h.i, sum(h.weight * ln(1 + (s.n - d.df + 0.5) / (d.df + 0.5)) * h.tf * 2.2 / (h.tf + 1.2 * (0.25 + 0.75 * h.len / s.avglen))) as score
      from hits h join df d using (lexeme) cross join stats s group by h.i
    )
    select p.i, coalesce(b.score, 0) as bm25,
           word_similarity(${claim.statement}, p.text) as wsim,
           coalesce(word_similarity(${claim.counted}::text, p.text), 0) as csim
    from p left join bm25 b using (i)
    where b.score > 0 or word_similarity(${claim.statement}, p.text) >= 0.3`;
  return new Map(
    rows.map((row) => [Number(row.i) - 1, { fullText: Number(row.bm25), wordSimilarity: Number(row.wsim), countedSimilarity: Number(row.csim) }]),
  );
}
