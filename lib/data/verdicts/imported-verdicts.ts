import "server-only";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Actor } from "../scope";
import { getVerdictVisibility } from "./verdict-visibility";

// Verdicts that came in a workspace import (lib/workflows/workspace-import/workspace-import.ts): records of ratings made
// elsewhere, under the names the file gave. They are other people's judgements, so blind review hides
// them as it hides this workspace's verdicts, from a reviewer who has not rated the claim.

export async function listImportedVerdicts({ actor, slug, claimId }: { actor: Actor; slug: string; claimId: string }) {
  const visibility = await getVerdictVisibility({ actor, slug, claimId });
  if (!visibility) throw notFound("That claim");
  const where = { claimId, workspaceId: visibility.workspaceId };
  if (!visibility.seesOthers) return { items: [], hiddenCount: await getDb().importedVerdict.count({ where }) };
  const items = await getDb().importedVerdict.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true, reviewerName: true, rationale: true, createdAt: true,
      rating: { select: { label: true, colour: true } },
      import: { select: { fileName: true, createdAt: true, importedBy: { select: { name: true } } } },
    },
  });
  return { items, hiddenCount: 0 };
}
