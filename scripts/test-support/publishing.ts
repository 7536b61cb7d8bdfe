import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { createSpanClaim, createTestArticle, ratingIds } from "./data";

// Claims ready for the publish workflow (issue 19): resolved through the real resolution, on an article
// with a public address, with evidence a reader can follow and some they cannot.

export const PUBLISHING_BODY = "Raqqa fell in October. At its height, the group ruled over a population of around 12 million people in Iraq and Syria. Then it lost Mosul.";

/** A claim on "around 12 million people", resolved by `editor` with this rating and note. */
export async function createResolvedTestClaim({ workspaceId, slug, editor, rating = "Mostly true", note = "Estimates at the peak ranged from 8 to 12 million." }: {
  workspaceId: string; slug: string; editor: { id: string }; rating?: string; note?: string;
}) {
  const tag = randomBytes(6).toString("hex");
  const body = `${PUBLISHING_BODY} ${tag}`;
  const article = await createTestArticle(workspaceId, body);
  await getDb().article.update({ where: { id: article.id }, data: { title: `How the Islamic State ends ${tag}`, url: `https://news.example.com/isis-ends-${tag}`, publisher: "Example Times" } });
  const claim = await createSpanClaim({ workspaceId, articleId: article.id, body, quote: "around 12 million people", statement: "IS ruled about 12 million people" });
  const ratings = await ratingIds(workspaceId);
  const resolved = await resolveClaim({ actor: editor, slug, input: { claimId: claim.id, version: claim.version, finalRatingId: ratings[rating]!, resolutionNote: note } });
  return { id: claim.id, version: resolved.version, articleId: article.id };
}

/** Evidence on the claim from a new source of this kind and address (null: no address, so not citable). */
export async function addTestEvidenceSource({ workspaceId, claimId, title, url, kind = "WEB_PAGE", stance = "SUPPORTS" }: {
  workspaceId: string; claimId: string; title: string; url: string | null; kind?: "WEB_PAGE" | "STATEMENT" | "DATASET"; stance?: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
}) {
  const source = await getDb().source.create({ data: { workspaceId, kind, title, url }, select: { id: true } });
  return getDb().evidence.create({ data: { workspaceId, claimId, sourceId: source.id, stance, exact: "An excerpt" }, select: { id: true } });
}
