import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatNumber } from "@/app/_components/format";
import { getArticle } from "@/lib/data/articles/articles";
import { listArticleClaims, type ClaimView } from "@/lib/data/claims/claims";
import { listDismissedSuggestions } from "@/lib/data/articles/suggestions";
import { figureLabel } from "@/lib/domain/figure-label";
import { canEditArticles, canEditClaim, canMarkClaim, type Member } from "@/lib/domain/permissions";
import { figureLanguageOfArticle } from "@/lib/domain/languages";
import { isCleanedLine, isRestorable } from "@/lib/domain/restore-removed";
import { pendingFigures } from "@/lib/domain/suggestions";
import { readPassageQuery, type PassageQuery } from "@/lib/domain/passage-link";
import { snapToWords } from "@/lib/domain/word-snap";
import { parseRemovedItems } from "@/lib/schemas/article-import";
import { articleParamsSchema } from "@/lib/schemas/common";
import { ArticleCaptures } from "./article-captures";
import { ArticleLanguage } from "./article-language";
import { ArticleReader } from "./article-reader";
import type { ReaderClaim } from "./reader-types";
import { RemovedOnImport } from "./removed-on-import";
import { SourceCheck } from "./source-check";
import { LiveRefresh } from "@/app/_components/live/live-refresh";
import { openWorkspacePage, pageData } from "@/lib/server/http/page";
import { PresenceBar } from "@/app/_components/presence/presence-bar";

type Params = Promise<{ workspace: string; articleId: string }>;

async function load(params: Params) {
  const access = await openWorkspacePage({ params }, { params: articleParamsSchema, path: ({ articleId }) => `articles/${articleId}` });
  const { slug, user, params: { articleId } } = access;
  const article = await pageData(() => getArticle({ actor: user, slug, articleId }));
  return { slug, article, access };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { article } = await load(params);
  return { title: article.title };
}

function toReaderClaim(claim: ClaimView, member: Member): ReaderClaim {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    statement: claim.statement,
    status: claim.status,
    anchorStatus: claim.anchorStatus,
    figureLabel: claim.figure ? figureLabel(claim.figure) : null,
    claimant: claim.claimant,
    colour: claim.status === "RESOLVED" ? claim.finalRating?.colour ?? null : null,
    ratingLabel: claim.status === "RESOLVED" ? claim.finalRating?.label ?? null : null,
    version: claim.version,
    canEdit: canEditClaim(member, claim),
  };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: Promise<{ saved?: string | string[] } & PassageQuery> }) {
  const { slug, article, access } = await load(params);
  const query = await searchParams;
  const saved = query.saved;
  const savedMessage = typeof saved === "string" ? saved.slice(0, 300) : null;
  // A passage to open the claim form on (?start=&end=, from the clip window), or word that the selection was not found.
  const passage = readPassageQuery(query, article.body.length);
  const passageWords = passage && passage !== "missing" ? snapToWords(article.body, passage.start, passage.end) : null;
  const actor = access.user;
  const [claims, dismissed] = await Promise.all([
    listArticleClaims({ actor, slug, articleId: article.id }),
    listDismissedSuggestions({ actor, slug, articleId: article.id }),
  ]);
  const placed = claims.filter((claim) => claim.anchorStatus !== "ORPHANED");
  const suggestions = pendingFigures(article.body, placed, dismissed, figureLanguageOfArticle(article.language));
  const isEditor = canEditArticles(access.role);
  // Blank lines are not shown: they are no line of text; each item keeps its place in the stored list, which restoring names.
  const removed = parseRemovedItems(article.importRemoved).flatMap((item, index) => (isCleanedLine(item) ? [{ index, kind: item.kind, line: item.line, text: item.text, restorable: isRestorable(item) }] : []));

  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <LiveRefresh scope={{ kind: "article", articleId: article.id, claimIds: claims.map((claim) => claim.id) }} notices />
      <div className="flex items-center justify-between">
        <Link href={`/w/${slug}/articles`} className="text-sm text-blue-800 hover:underline">← All articles</Link>
        {isEditor ? <Link href={`/w/${slug}/articles/${article.id}/edit`} className="text-sm text-blue-800 hover:underline">Edit text</Link> : null}
      </div>
      {savedMessage ? <p role="status" className="mt-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{savedMessage}</p> : null}
      {passage === "missing" ? (
        <p role="status" className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The passage you selected on the page was not found in the article&apos;s text: the import may have cleaned part of it away. Select it here to mark it as a claim.
        </p>
      ) : null}
      <article className="mt-4">
        <header className="max-w-3xl border-b border-slate-200 pb-5">
          <h1 className="font-serif text-2xl leading-tight font-semibold break-words sm:text-3xl" dir="auto">{article.title}</h1>
          <div className="mt-2"><PresenceBar slug={slug} kind="article" id={article.id} selfId={actor.id} /></div>
          <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-500">Publisher</dt>
            <dd dir="auto">{article.publisher ?? "Unknown"}</dd>
            {article.author ? (<><dt className="text-slate-500">Author</dt><dd dir="auto">{article.author}</dd></>) : null}
            <dt className="text-slate-500">Published</dt>
            <dd>
              {article.publishedAt ? formatDate(article.publishedAt) : "Not stated"}
              {article.publishedNote ? <span className="text-slate-500"> · {article.publishedNote}</span> : null}
            </dd>
            {article.url ? (
              <><dt className="text-slate-500">Original</dt><dd className="truncate"><a href={article.url} rel="noreferrer noopener" target="_blank" className="text-blue-800 underline">{article.url}</a></dd></>
            ) : null}
            <dt className="text-slate-500">Language</dt>
            <ArticleLanguage slug={slug} articleId={article.id} version={article.version} language={article.language} canEdit={isEditor} />
            <dt className="text-slate-500">Length</dt>
            <dd>{formatNumber(article.wordCount)} words</dd>
          </dl>
          <ArticleCaptures slug={slug} actor={actor} articleId={article.id} current={article.capture} />
          <SourceCheck slug={slug} actor={actor} articleId={article.id} articleBody={article.body} articleVersion={article.version} canCheck={isEditor} />
          {removed.length > 0 ? <RemovedOnImport slug={slug} articleId={article.id} version={article.version} items={removed} canRestore={isEditor} /> : null}
        </header>
        {/* Plain text only: the body is never parsed as HTML. Highlights are laid over it at render time. */}
        <ArticleReader
          slug={slug}
          article={{
            id: article.id,
            body: article.body,
            author: article.author,
            publisher: article.publisher,
            publishedAt: article.publishedAt?.toISOString() ?? null,
            language: article.language,
          }}
          claims={claims.map((claim) => toReaderClaim(claim, { id: actor.id, role: access.role }))}
          suggestions={suggestions}
          canMark={canMarkClaim(access.role)}
          initialSpan={passageWords ? { ...passageWords, exact: article.body.slice(passageWords.start, passageWords.end) } : null}
        />
      </article>
    </main>
  );
}
