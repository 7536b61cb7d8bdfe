import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { publishedFactCheckSchema, type PublishedFactCheck } from "@/lib/schemas/publication";

// Publications in and out of the workspace JSON (lib/workflows/export/workspace-dump.ts reads them,
// lib/workflows/workspace-import/ writes them), so a desk that moves its workspace to another server keeps
// its published fact-checks, their correction logs and, where it can, their public addresses.

/** A publication as the workspace document carries it (dates as Dates here; the dump writes them as text). */
export interface TransferredPublication {
  id: string;
  claimId: string;
  headline: string;
  snapshot: PublishedFactCheck;
  publishedAt: Date;
  lastPublishedAt: Date;
  unpublishedAt: Date | null;
  version: number;
  corrections: { createdAt: Date; text: string }[];
}

/**
 * One keyset batch of the workspace's publications, by id after `after`. A publication whose claim was
 * deleted (claimId null) is left out: its page can only ever answer 410 Gone, and the file refers to
 * claims by the rows it holds, which that one no longer has. The caller has checked the actor may export.
 */
export async function readPublicationsBatch({ workspaceId, after, take }: { workspaceId: string; after: string | undefined; take: number }): Promise<TransferredPublication[]> {
  const rows = await getDb().publication.findMany({
    where: { workspaceId, claimId: { not: null }, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true, claimId: true, headline: true, snapshot: true, publishedAt: true, lastPublishedAt: true, unpublishedAt: true, version: true,
      corrections: { select: { createdAt: true, text: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  // Parsed on the way out, as the public pages read it: a snapshot they could not show fails loudly here too.
  return rows.map(({ claimId, snapshot, ...row }) => ({ ...row, claimId: claimId!, snapshot: publishedFactCheckSchema.parse(snapshot) }));
}

/**
 * Recreates imported publications in the import's transaction, unpublished ones as unpublished. Each keeps
 * its id when no publication on this server has it, so /p/{slug}/{id} still answers after a move to a new
 * server under the same slug; otherwise (the file imported twice here, or copied within one server) it takes
 * `freshId`. Returns how many took a fresh id: their public addresses changed.
 */
export async function restorePublications(tx: Tx, { workspaceId, publications }: { workspaceId: string; publications: (TransferredPublication & { freshId: string })[] }): Promise<{ newAddresses: number }> {
  if (publications.length === 0) return { newAddresses: 0 };
  // Two imports of one file at once would both find its ids free; the second waits here for the first to
  // commit and then finds them taken, instead of failing on the primary key.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended('claimbench:imported-publication-ids', 0))`;
  const taken = new Set((await tx.publication.findMany({ where: { id: { in: publications.map((p) => p.id) } }, select: { id: true } })).map((p) => p.id));
  const rows = publications.map(({ freshId, corrections, snapshot, ...publication }) => {
    const factCheck = publishedFactCheckSchema.parse(snapshot);
    return {
      row: {
        ...publication,
        id: taken.has(publication.id) ? freshId : publication.id,
        workspaceId,
        // The columns public search and lists read without opening the snapshot, as savePublication stores them.
        headline: factCheck.headline, claimReviewed: factCheck.claim.statement, ratingLabel: factCheck.rating.label, snapshot: factCheck,
      },
      corrections,
    };
  });
  await tx.publication.createMany({ data: rows.map(({ row }) => row) });
  await tx.publicationCorrection.createMany({ data: rows.flatMap(({ row, corrections }) => corrections.map((c) => ({ publicationId: row.id, createdAt: c.createdAt, text: c.text }))) });
  return { newAddresses: publications.filter((publication) => taken.has(publication.id)).length };
}
