import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getSource } from "@/lib/data/sources/sources";
import { idSchema, slugSchema } from "@/lib/schemas/common";
import { MINIMUM_ROLE } from "@/lib/domain/permissions";
import { SourceForm } from "../../source-form";
import { openWorkspacePage, pageData } from "@/lib/server/http/page";

export const metadata: Metadata = { title: "Edit source" };

const paramsSchema = z.object({ workspace: slugSchema, sourceId: idSchema });

export default async function EditSourcePage(props: { params: Promise<{ workspace: string; sourceId: string }> }) {
  const { slug, user, params: { sourceId } } = await openWorkspacePage(props, {
    params: paramsSchema, path: ({ sourceId }) => `sources/${sourceId}/edit`, role: MINIMUM_ROLE.editSources,
  });
  // Article sources take their title, publisher and date from the article.
  const source = await pageData(async () => {
    const found = await getSource({ actor: user, slug, sourceId });
    return found?.kind === "ARTICLE" ? null : found;
  });

  return (
    <main className="mx-auto max-w-3xl space-y-6 px-6 py-8">
      <Link href={`/w/${slug}/sources`} className="text-sm text-blue-800 hover:underline">← All sources</Link>
      <h1 className="text-2xl font-semibold" dir="auto">Edit source: {source.title}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SourceForm
          slug={slug}
          sourceId={source.id}
          version={source.version}
          initial={{
            kind: source.kind,
            title: source.title,
            url: source.url ?? "",
            publisher: source.publisher ?? "",
            publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? "",
            archivedUrl: source.archivedUrl ?? "",
            reliability: source.reliability ? String(source.reliability) : "",
            note: source.note ?? "",
          }}
        />
      </section>
    </main>
  );
}
