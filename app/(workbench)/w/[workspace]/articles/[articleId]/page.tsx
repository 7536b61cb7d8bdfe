import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate, formatNumber } from "@/app/_components/format";
import { requirePageWorkspace } from "@/lib/auth/session";
import { getArticle } from "@/lib/data/articles";
import { splitParagraphs } from "@/lib/domain/paragraphs";
import { articleParamsSchema } from "@/lib/schemas/common";
import { RemovedOnImport } from "./removed-on-import";

type Params = Promise<{ workspace: string; articleId: string }>;

async function load(params: Params) {
  const parsed = articleParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { workspace: slug, articleId } = parsed.data;
  const { user } = await requirePageWorkspace(slug, `/w/${slug}/articles/${articleId}`);
  const article = await getArticle({ actor: user, slug, articleId });
  if (!article) notFound();
  return { slug, article };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { article } = await load(params);
  return { title: article.title };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { slug, article } = await load(params);
  const paragraphs = splitParagraphs(article.body);
  const removed = Array.isArray(article.importRemoved) ? article.importRemoved : [];

  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <Link href={`/w/${slug}/articles`} className="text-sm text-blue-800 hover:underline">← All articles</Link>
      <article className="mt-4">
        <header className="border-b border-slate-200 pb-5">
          <h1 className="font-serif text-3xl leading-tight font-semibold" dir="auto">{article.title}</h1>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
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
            <dt className="text-slate-500">Length</dt>
            <dd>{formatNumber(article.wordCount)} words</dd>
          </dl>
          {removed.length > 0 ? <RemovedOnImport items={removed} /> : null}
        </header>
        {/* Plain text only: the body is never parsed as HTML. Each paragraph keeps its offset into the
            body so that claim highlights can be laid over it. */}
        <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed text-slate-900" data-testid="article-body">
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start} dir="auto" data-start={paragraph.start} className="whitespace-pre-wrap">{paragraph.text}</p>
          ))}
        </div>
      </article>
    </main>
  );
}
