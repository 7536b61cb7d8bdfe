import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { STANCES, zeroCounts, type Stance } from "@/lib/domain/vocabulary";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateSourceInput, UpdateSourceInput } from "@/lib/schemas/source";
import { updateAtVersion } from "@/lib/data/version-conflict";
import { recordAudit } from "@/lib/data/audit";
import { memberOf, type Actor } from "@/lib/data/scope";
import { getWorkspaceAccess, requireWorkspaceRole } from "@/lib/data/workspaces/workspaces";

export const sourceSelect = {
  id: true,
  kind: true,
  articleId: true,
  title: true,
  url: true,
  publisher: true,
  publishedAt: true,
  archivedUrl: true,
  reliability: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export type SourceView = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
type StanceCounts = Record<Stance, number>;

const SOURCE_LIST_LIMIT = 500;

/** A plain JSON copy (dates as ISO strings) for the audit trail. */
const toJson = (value: object) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/**
 * The workspace's sources, newest first, each with how many claims it supports, contradicts and
 * gives context to (a claim counts once per stance however many excerpts link it). `q` matches
 * title, publisher or address.
 */
export async function listSources({ actor, slug, q, externalOnly = false, window }: {
  actor: Actor;
  slug: string;
  q?: string;
  externalOnly?: boolean;
  /** The API's page: the sources after the one `after` names (newest first), and no more than `limit`. */
  window?: { limit: number; after: { createdAt: Date; id: string } | null };
}) {
  const access = await getWorkspaceAccess({ actor, slug });
  if (!access) return [];
  const db = getDb();
  const search: Prisma.SourceWhereInput = q
    ? { OR: (["title", "publisher", "url"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" } })) }
    : {};
  const sources = await db.source.findMany({
    where: {
      workspaceId: access.workspace.id,
      ...(externalOnly ? { kind: { not: "ARTICLE" } } : {}),
      AND: [search, window?.after ? { createdAt: { lte: window.after.createdAt }, OR: [{ createdAt: { lt: window.after.createdAt } }, { id: { lt: window.after.id } }] } : {}],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: window?.limit ?? SOURCE_LIST_LIMIT,
    select: sourceSelect,
  });
  const ids = sources.map((source) => source.id);
  const counts = ids.length
    ? await db.$queryRaw<{ sourceId: string; stance: Stance; claims: bigint }[]>`
        select "sourceId", stance::text as stance, count(distinct "claimId") as claims
        from evidence where "workspaceId" = ${access.workspace.id}::uuid and "sourceId" = any(${ids}::uuid[])
        group by "sourceId", stance`
    : [];
  const bySource = new Map<string, StanceCounts>();
  for (const row of counts) {
    const entry = bySource.get(row.sourceId) ?? zeroCounts(STANCES);
    entry[row.stance] = Number(row.claims);
    bySource.set(row.sourceId, entry);
  }
  return sources.map((source) => ({ ...source, claims: bySource.get(source.id) ?? zeroCounts(STANCES) }));
}

export type SourceListItem = Awaited<ReturnType<typeof listSources>>[number];

export async function getSource({ actor, slug, sourceId }: { actor: Actor; slug: string; sourceId: string }) {
  return getDb().source.findFirst({ where: { id: sourceId, ...memberOf(actor, slug) }, select: sourceSelect });
}

function sourceData(input: CreateSourceInput) {
  return {
    kind: input.kind,
    title: input.title,
    url: input.url ?? null,
    publisher: input.publisher ?? null,
    publishedAt: input.publishedAt ?? null,
    archivedUrl: input.archivedUrl ?? null,
    reliability: input.reliability ?? null,
    note: input.note ?? null,
  };
}

/**
 * Writes an external source inside the caller's transaction, without an audit event of its own:
 * the caller records one for its whole mutation (a source created while linking evidence is part
 * of that evidence's event).
 */
export async function insertSource(tx: Tx, { workspaceId, actorId, input }: { workspaceId: string; actorId: string; input: CreateSourceInput }) {
  return tx.source.create({ data: { ...sourceData(input), workspaceId, createdById: actorId }, select: sourceSelect });
}

/** Adds an external source to the workspace. Reviewers and above. */
export async function createSource({ actor, slug, input }: { actor: Actor; slug: string; input: CreateSourceInput }): Promise<SourceView> {
  const access = await requireWorkspaceRole({ actor, slug, action: "addEvidence" });
  return getDb().$transaction(async (tx) => {
    const created = await insertSource(tx, { workspaceId: access.workspace.id, actorId: actor.id, input });
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "source",
      entityId: created.id,
      action: "create",
      after: toJson(sourceData(input)),
    });
    return created;
  });
}

/**
 * Saves an external source if nobody has saved it since the caller read it (editors and above);
 * otherwise CONFLICT with the source as it is now. Article sources follow their article.
 */
export async function updateSource({ actor, slug, input }: { actor: Actor; slug: string; input: UpdateSourceInput }): Promise<SourceView> {
  const access = await requireWorkspaceRole({ actor, slug, action: "editSources" });
  return getDb().$transaction(async (tx) => {
    const before = await tx.source.findFirst({ where: { id: input.sourceId, workspaceId: access.workspace.id }, select: sourceSelect });
    if (!before) throw notFound("That source");
    if (before.kind === "ARTICLE") {
      throw new AppError("CONFLICT", "This source is an article of the workspace: its title, publisher and date are the article's own.");
    }
    const data = sourceData(input);
    await updateAtVersion(
      { what: "this source", then: "Their version is shown above the form; nothing of yours was saved." },
      input.version,
      () => tx.source.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } }),
      async () => {
        const now = await tx.source.findUniqueOrThrow({ where: { id: before.id }, select: sourceSelect });
        return { version: now.version, current: toJson(now) };
      },
    );
    const after = await tx.source.findUniqueOrThrow({ where: { id: before.id }, select: sourceSelect });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    await recordAudit(tx, {
      workspaceId: access.workspace.id,
      actorId: actor.id,
      entityType: "source",
      entityId: before.id,
      action: "update",
      before: toJson(Object.fromEntries(changed.map((key) => [key, before[key]]))),
      after: toJson(Object.fromEntries(changed.map((key) => [key, after[key]]))),
    });
    return after;
  });
}

/**
 * The Source row standing for an article of the workspace: found, or made with the article's
 * title, publisher and date. Unique per workspace and article; `on conflict do nothing` lets two
 * reviewers linking the same article at once both succeed instead of one failing on the index.
 */
export async function ensureArticleSource(tx: Tx, { workspaceId, actorId, article }: {
  workspaceId: string;
  actorId: string;
  article: { id: string; title: string; publisher: string | null; publishedAt: Date | null };
}): Promise<{ id: string; title: string; created: boolean }> {
  const inserted = await tx.$queryRaw<{ id: string; title: string }[]>`
    insert into sources (id, "workspaceId", kind, "articleId", title, publisher, "publishedAt", "createdById", "updatedAt")
    values (gen_random_uuid(), ${workspaceId}::uuid, 'ARTICLE', ${article.id}::uuid, ${article.title},
            ${article.publisher}, ${article.publishedAt}::timestamp, ${actorId}::uuid, now())
    on conflict ("workspaceId", "articleId") do nothing
    returning id, title`;
  if (inserted[0]) return { ...inserted[0], created: true };
  const existing = await tx.source.findUniqueOrThrow({ where: { workspaceId_articleId: { workspaceId, articleId: article.id } }, select: { id: true, title: true } });
  return { ...existing, created: false };
}
