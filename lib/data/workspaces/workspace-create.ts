import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { slugFromName } from "@/lib/domain/invitations";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import type { CreateWorkspaceInput } from "@/lib/schemas/members";
import { recordAudit } from "@/lib/data/audit";
import type { Actor } from "@/lib/data/scope";

const SLUG_TAKEN = "This slug is taken. Choose another, or leave it empty to have one made from the name.";

/**
 * Any signed-in user may start a workspace: they become its owner and only member, with the default
 * rating scale. A slug they chose must be free (409 naming the field); one made from the name takes
 * the first free "-2", "-3"… so that two desks called "Elections" both get one.
 */
export async function createWorkspace({ actor, input }: { actor: Actor; input: CreateWorkspaceInput }) {
  const slug = input.slug ?? (await firstFreeSlug(slugFromName(input.name)));
  try {
    return await getDb().$transaction(async (tx) => {
      const created = await tx.workspace.create({
        data: {
          slug,
          name: input.name,
          memberships: { create: { userId: actor.id, role: "OWNER" } },
          ratingLevels: { create: DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, position })) },
        },
        select: { id: true, slug: true, name: true },
      });
      await recordAudit(tx, { workspaceId: created.id, actorId: actor.id, entityType: "workspace", entityId: created.id, action: "create", after: { slug, name: input.name } });
      return { slug: created.slug, name: created.name, role: "OWNER" as const };
    });
  } catch (error) {
    // Taken between the look-up and the insert, or chosen by hand: the slug is the field to change.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", SLUG_TAKEN, { fieldErrors: { slug: [SLUG_TAKEN] } });
    throw error;
  }
}

async function firstFreeSlug(base: string): Promise<string> {
  const taken = new Set(
    (await getDb().workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
