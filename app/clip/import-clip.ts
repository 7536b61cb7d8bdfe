import { z } from "zod";
import { clipDuplicateSchema, clipPassageSchema, type ClipPageInput, type ClipPassage } from "@/lib/schemas/clip";

export type ClipImportResult =
  | { kind: "imported"; articleId: string; passage: ClipPassage | null }
  | { kind: "duplicate"; message: string; articleId: string; passage: ClipPassage | null }
  | { kind: "failed"; message: string; signIn: boolean };

const importedAnswer = z.object({ articleId: z.string(), passage: clipPassageSchema.nullable() });
const errorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.array(z.string())).optional(), current: z.unknown().optional() }) });

/**
 * Sends the clipped page to the clip route of the workspace (app/(workbench)/w/[workspace]/articles/clip)
 * and reads its answer: the article, a duplicate (with the article it duplicates), or what went wrong
 * in the app's one error shape, with the field messages that say what to fix.
 */
export async function importClip(slug: string, page: ClipPageInput): Promise<ClipImportResult> {
  let response: Response;
  try {
    response = await fetch(`/w/${encodeURIComponent(slug)}/articles/clip`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ html: page.html, url: page.url, title: page.title, selection: page.selection }),
    });
  } catch {
    return { kind: "failed", message: "Claimbench could not be reached, so nothing was imported. Check your connection and press Import again.", signIn: false };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 201) {
    const imported = importedAnswer.safeParse(body);
    if (imported.success) return { kind: "imported", ...imported.data };
  }
  const error = errorAnswer.safeParse(body);
  if (!error.success) return { kind: "failed", message: `The import failed (HTTP ${response.status}). Press Import again in a moment.`, signIn: false };
  const { code, message, fields, current } = error.data.error;
  const duplicate = clipDuplicateSchema.safeParse(current);
  if (code === "CONFLICT" && duplicate.success) return { kind: "duplicate", message, articleId: duplicate.data.id, passage: duplicate.data.passage };
  const details = Object.values(fields ?? {}).flat().filter((line) => !message.includes(line.replace(/^Not imported: /, "")));
  return { kind: "failed", message: [message, ...details].join(" "), signIn: code === "UNAUTHENTICATED" };
}
