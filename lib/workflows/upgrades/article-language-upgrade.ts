import "server-only";
import { getDb } from "@/lib/db/client";
import { IDENTIFY_SAMPLE, identifyLanguage } from "@/lib/domain/language-identification";

// Articles stored before per-language search (migration ..._article_language_search) never had their language
// read: the column was there, nothing filled it, so they still search with `simple` and their figures are read by
// script alone. A SQL migration cannot identify a language (the rule is TypeScript, lib/domain/language-
// identification.ts, and a copy in SQL would drift), so, like figure-key-upgrade.ts, this runs after the migrations
// wherever they are applied for a database that holds data (npm start, db:deploy, db:seed):
// - the installation records the version of this upgrade it has run (instance_state "article-languages"); a new
//   version (better identification, say) runs it again over the articles still without a language;
// - it reads, in batches by id, the opening of each article whose language is null and that was created before
//   that migration was applied, and stores the language identified. One the rules cannot identify stays null, as
//   an article imported today would. Nobody's choice is overwritten: an article an editor set to "no language"
//   (its history has an update-language event) is left alone, and each update still requires a null language;
// - Postgres's triggers rebuild the article's search vector and its claims' in the update's statement. Neither
//   version nor updatedAt changes: this is no one's edit, and an editor's open "Change language" form stays valid;
// - the version is recorded only after every batch is done. An interrupted run (or two servers starting at once)
//   is simply run again: what was done is no longer null.

const MARKER = "article-languages";
/** Raise when the identification rules change enough that unidentified articles deserve another try. */
export const ARTICLE_LANGUAGE_UPGRADE_VERSION = "1";
const LANGUAGE_MIGRATION = "20261204170627_article_language_search";
// Each update rebuilds the batch's search vectors in one statement: bounded so that long articles stay cheap.
const BATCH = 100;
const NO_ID = "00000000-0000-0000-0000-000000000000";

export interface ArticleLanguageUpgrade {
  /** False when this version had already run. */
  ran: boolean;
  /** Articles given a language, and those left without one because it could not be identified. */
  identified: number;
  unidentified: number;
}

export async function upgradeArticleLanguages(): Promise<ArticleLanguageUpgrade> {
  const db = getDb();
  const stored = await db.instanceState.findUnique({ where: { key: MARKER }, select: { value: true } });
  if (stored?.value === ARTICLE_LANGUAGE_UPGRADE_VERSION) return { ran: false, identified: 0, unidentified: 0 };
  // "createdAt" holds UTC without a time zone, as Prisma writes it; the migration's time is compared the same way.
  const [migration] = await db.$queryRaw<{ appliedAt: string }[]>`
    select (finished_at at time zone 'UTC')::text as "appliedAt" from _prisma_migrations
    where migration_name = ${LANGUAGE_MIGRATION} and rolled_back_at is null and finished_at is not null`;
  const appliedAt = migration?.appliedAt;
  let identified = 0;
  let unidentified = 0;
  let after = NO_ID;
  while (appliedAt) {
    // left() counts characters, at least as many UTF-16 units as identifyLanguage reads: the body is never loaded whole.
    const rows = await db.$queryRaw<{ id: string; opening: string }[]>`
      select a.id, left(a.body, ${IDENTIFY_SAMPLE}) as opening from articles a
      where a.language is null and a."createdAt" < ${appliedAt}::timestamp and a.id > ${after}::uuid
        and not exists (
          select 1 from audit_events e where e."entityType" = 'article' and e."entityId" = a.id and e.action = 'update-language')
      order by a.id limit ${BATCH}`;
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const found = rows.flatMap((row) => {
      const language = identifyLanguage(row.opening);
      return language ? [[row.id, language] as const] : [];
    });
    unidentified += rows.length - found.length;
    if (found.length === 0) continue;
    identified += await db.$executeRaw`
      update articles a set language = u.language
      from unnest(${found.map(([id]) => id)}::uuid[], ${found.map(([, language]) => language)}::text[]) as u(id, language)
      where a.id = u.id and a.language is null`;
  }
  await db.instanceState.upsert({
    where: { key: MARKER },
    create: { key: MARKER, value: ARTICLE_LANGUAGE_UPGRADE_VERSION },
    update: { value: ARTICLE_LANGUAGE_UPGRADE_VERSION },
  });
  return { ran: true, identified, unidentified };
}

/** The upgrade's outcome as one line for the console. */
export function describeLanguageUpgrade({ identified, unidentified }: ArticleLanguageUpgrade): string {
  const rest = unidentified > 0 ? `; ${unidentified} could not be identified and keep none (editors can set it: "Change language")` : "";
  return `Identified the language of ${identified} article(s) stored before per-language search${rest}.`;
}
