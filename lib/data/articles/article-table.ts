import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleTableQuery } from "@/lib/schemas/article-table";
import { articleScope, type Actor } from "@/lib/data/scope";

// The articles page: searched by title, publisher and author, sorted by publication date (the
// default, oldest first as before), publisher, number of claims or title. Articles without the
// value sorted by come last either way; ties go by title, then id, so the order is stable.

function orderOf(query: ArticleTableQuery): Prisma.ArticleOrderByWithRelationInput[] {
  const dir = query.dir ?? (query.sort === "claims" ? "desc" : "asc");
  const ties: Prisma.ArticleOrderByWithRelationInput[] = [{ title: "asc" }, { id: "asc" }];
  switch (query.sort ?? "published") {
    case "published": return [{ publishedAt: { sort: dir, nulls: "last" } }, ...ties];
    case "publisher": return [{ publisher: { sort: dir, nulls: "last" } }, ...ties];
    case "claims": return [{ claims: { _count: dir } }, ...ties];
    case "title": return [{ title: dir }, { id: "asc" }];
  }
}

export async function listArticleTable({ actor, slug, query }: { actor: Actor; slug: string; query: ArticleTableQuery }) {
  const search: Prisma.ArticleWhereInput = query.q
    ? { OR: (["title", "publisher", "author"] as const).map((field) => ({ [field]: { contains: query.q, mode: "insensitive" } })) }
    : {};
  const rows = await getDb().article.findMany({
    where: { ...articleScope(actor, slug), ...search },
    orderBy: orderOf(query),
    select: {
      id: true, title: true, publisher: true, publishedAt: true, publishedNote: true, wordCount: true, language: true,
      _count: { select: { claims: true } },
    },
  });
  return rows.map(({ _count, ...article }) => ({ ...article, claimCount: _count.claims }));
}
