import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { publishedFactCheckSchema, type PublishedFactCheck } from "@/lib/schemas/publication";

// What the anonymous public routes (/p/...) may read, and nothing more (issue 19). Every query here selects
// named fields of the publication and the workspace's publisher fields; the only thing read from the claim
// is its status, for "under review again". A workspace without any live publication is "missing" (404), so
// the public side does not even tell which workspaces exist. lib/data/publications/public-read.test.ts scans
// this file and the public routes so that no private field can slip in.

/** The publisher as readers see it. */
export interface PublicPublisher {
  slug: string;
  name: string;
  logoUrl: string | null;
  /** The workspace's public base URL setting (CLAIMBENCH_PUBLIC_URL overrides it; see the page code). */
  baseUrl: string | null;
}

export interface PublicFactCheck {
  id: string;
  publisher: PublicPublisher;
  factCheck: PublishedFactCheck;
  publishedAt: Date;
  lastPublishedAt: Date;
  /** The claim was reopened after its last publication: the page says it is under review again. */
  underReview: boolean;
  corrections: { at: Date; text: string }[];
  /** Changes with every publish, republish, unpublish, reopening and publisher change: the ETag's source. */
  validator: string;
}

export type PublicFactCheckResult = { state: "published"; publication: PublicFactCheck } | { state: "gone" } | { state: "missing" };

const PUBLISHER = { id: true, slug: true, name: true, organizationName: true, publisherLogoUrl: true, publicBaseUrl: true, updatedAt: true } satisfies Prisma.WorkspaceSelect;
type PublisherRow = { id: string; slug: string; name: string; organizationName: string | null; publisherLogoUrl: string | null; publicBaseUrl: string | null; updatedAt: Date };

const publisherOf = (w: PublisherRow): PublicPublisher => ({ slug: w.slug, name: w.organizationName?.trim() || w.name, logoUrl: w.publisherLogoUrl, baseUrl: w.publicBaseUrl });

const PUBLICATION = {
  id: true, snapshot: true, publishedAt: true, lastPublishedAt: true, unpublishedAt: true, claimId: true, version: true,
  claim: { select: { status: true } },
  corrections: { select: { createdAt: true, text: true }, orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }] },
} satisfies Prisma.PublicationSelect;

type PublicationRow = {
  id: string; snapshot: unknown; publishedAt: Date; lastPublishedAt: Date; unpublishedAt: Date | null; claimId: string | null; version: number;
  claim: { status: string } | null;
  corrections: { createdAt: Date; text: string }[];
};

function toPublic(row: PublicationRow, workspace: PublisherRow): PublicFactCheck {
  const underReview = row.claim !== null && row.claim.status !== "RESOLVED";
  return {
    id: row.id,
    publisher: publisherOf(workspace),
    factCheck: publishedFactCheckSchema.parse(row.snapshot),
    publishedAt: row.publishedAt,
    lastPublishedAt: row.lastPublishedAt,
    underReview,
    corrections: row.corrections.map((c) => ({ at: c.createdAt, text: c.text })),
    validator: factCheckValidator({ id: row.id, version: row.version, underReview, publisherUpdatedAt: workspace.updatedAt }),
  };
}

// One formula for both reads below, so the cheap check and the full read agree on a page's ETag.
const factCheckValidator = ({ id, version, underReview, publisherUpdatedAt }: { id: string; version: number; underReview: boolean; publisherUpdatedAt: Date }) =>
  `${id}.${version}.${underReview ? 1 : 0}.${publisherUpdatedAt.getTime()}`;

/** Live publications only: not unpublished, and the claim not deleted. */
const LIVE = { unpublishedAt: null, claimId: { not: null } } as const;

async function publicWorkspace(slug: string): Promise<PublisherRow | null> {
  const workspace = await getDb().workspace.findUnique({ where: { slug }, select: PUBLISHER });
  if (!workspace) return null;
  const any = await getDb().publication.findFirst({ where: { workspaceId: workspace.id }, select: { id: true } });
  return any ? workspace : null;
}

/** One public fact-check: published, gone (unpublished or its claim deleted: 410), or missing (404). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PublicValidatorResult = { state: "published"; validator: string } | { state: "gone" } | { state: "missing" };

/**
 * getPublicFactCheck's state and validator in ONE query, without reading the snapshot: what a public route
 * asks first, so a conditional request (If-None-Match) is answered 304 before anything is read or rendered.
 */
export async function getPublicFactCheckValidator({ slug, id }: { slug: string; id: string }): Promise<PublicValidatorResult> {
  if (!UUID.test(id)) return { state: "missing" };
  const [row] = await getDb().$queryRaw<{ id: string; version: number; unpublishedAt: Date | null; claimId: string | null; status: string | null; publisherUpdatedAt: Date }[]>(Prisma.sql`
    SELECT p."id"::text AS "id", p."version", p."unpublishedAt", p."claimId"::text AS "claimId", c."status"::text AS "status", w."updatedAt" AS "publisherUpdatedAt"
    FROM "publications" p
    JOIN "workspaces" w ON w."id" = p."workspaceId"
    LEFT JOIN "claims" c ON c."id" = p."claimId"
    WHERE p."id" = ${id}::uuid AND w."slug" = ${slug}`);
  if (!row) return { state: "missing" };
  if (row.unpublishedAt !== null || row.claimId === null) return { state: "gone" };
  const underReview = row.status !== null && row.status !== "RESOLVED";
  return { state: "published", validator: factCheckValidator({ id: row.id, version: row.version, underReview, publisherUpdatedAt: row.publisherUpdatedAt }) };
}

/**
 * A validator for everything the workspace publishes (index, Atom feed, DataFeed) in ONE query, null when
 * the workspace published nothing. It moves with any publish, republish or unpublish (updatedAt, counts),
 * any claim reopened, resolved or deleted (the live and under-review sets) and any publisher change.
 */
export async function getPublicWorkspaceValidator({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await getDb().$queryRaw<{ workspaceId: string; publisherUpdatedAt: Date; latest: Date | null; all: number; live: number; reviewing: string }[]>(Prisma.sql`
    SELECT w."id"::text AS "workspaceId", w."updatedAt" AS "publisherUpdatedAt", max(p."updatedAt") AS "latest", count(p."id")::int AS "all",
      count(p."id") FILTER (WHERE p."unpublishedAt" IS NULL AND p."claimId" IS NOT NULL)::int AS "live",
      coalesce(md5(string_agg(p."id"::text, ',' ORDER BY p."id") FILTER (WHERE p."unpublishedAt" IS NULL AND c."status"::text <> 'RESOLVED')), '') AS "reviewing"
    FROM "workspaces" w
    JOIN "publications" p ON p."workspaceId" = w."id"
    LEFT JOIN "claims" c ON c."id" = p."claimId"
    WHERE w."slug" = ${slug}
    GROUP BY w."id"`);
  if (!row) return null;
  return `${row.workspaceId}.${row.publisherUpdatedAt.getTime()}.${row.latest?.getTime() ?? 0}.${row.all}.${row.live}.${row.reviewing}`;
}

export async function getPublicFactCheck({ slug, id }: { slug: string; id: string }): Promise<PublicFactCheckResult> {
  if (!UUID.test(id)) return { state: "missing" };
  const workspace = await getDb().workspace.findUnique({ where: { slug }, select: PUBLISHER });
  if (!workspace) return { state: "missing" };
  const row = await getDb().publication.findFirst({ where: { id, workspaceId: workspace.id }, select: PUBLICATION });
  if (!row) return { state: "missing" };
  if (row.unpublishedAt !== null || row.claimId === null) return { state: "gone" };
  return { state: "published", publication: toPublic(row, workspace) };
}

export interface PublicIndex {
  publisher: PublicPublisher;
  items: PublicFactCheck[];
  /** How many live publications match (for "n fact-checks" and paging). */
  total: number;
  /** Changes whenever any publication of the workspace or the publisher changes: the ETag's source. */
  validator: string;
}

/**
 * The workspace's live fact-checks, newest (last published) first, optionally searched in the headline,
 * the claim and the rating; null when the workspace does not exist or never published anything (404).
 */
export async function listPublicFactChecks({ slug, q, limit = 50, offset = 0 }: { slug: string; q?: string; limit?: number; offset?: number }): Promise<PublicIndex | null> {
  const workspace = await publicWorkspace(slug);
  if (!workspace) return null;
  const term = q?.trim();
  const where = {
    workspaceId: workspace.id, ...LIVE,
    ...(term ? { OR: (["headline", "claimReviewed", "ratingLabel"] as const).map((field) => ({ [field]: { contains: term, mode: "insensitive" as const } })) } : {}),
  };
  const [rows, total, latest] = await Promise.all([
    getDb().publication.findMany({ where, select: PUBLICATION, orderBy: [{ lastPublishedAt: "desc" }, { id: "desc" }], take: limit, skip: offset }),
    getDb().publication.count({ where }),
    // Any change to any publication (including unpublishing and reopening, which raise updatedAt or the
    // claim's status) moves the newest updatedAt or the count of those under review.
    getDb().publication.aggregate({ where: { workspaceId: workspace.id }, _max: { updatedAt: true }, _count: { _all: true } }),
  ]);
  const items = rows.map((row) => toPublic(row, workspace));
  const reviewing = items.filter((item) => item.underReview).map((item) => item.id.slice(-4)).join("");
  const validator = `${workspace.id}.${latest._max.updatedAt?.getTime() ?? 0}.${latest._count._all}.${total}.${workspace.updatedAt.getTime()}.${reviewing}`;
  return { publisher: publisherOf(workspace), items, total, validator };
}
