"use server";
import { revalidatePath } from "next/cache";
import { runWorkspaceAction, type ActionResult } from "@/lib/server/actions/safe-action";
import { applyCapture, dismissCapture, type AppliedCapture } from "@/lib/data/articles/capture-changes";
import type { DiffPart } from "@/lib/domain/word-diff";
import { limitHeavyAction } from "@/lib/server/http/heavy-limits";
import { fetchPage } from "@/lib/net/fetch-page";
import { applyCaptureSchema, dismissCaptureSchema, sourceCheckSchema } from "@/lib/schemas/source-check";
import { checkArticleSource } from "@/lib/workflows/web-import/source-check";

/** What the article page's "Check for changes" shows: dates as text, for the client component. */
export interface CheckedSource {
  changed: boolean;
  captureId: string;
  capturedAt: string;
  diff: DiffPart[];
  articleVersion: number;
  unchangedSince: string | null;
}

/** "Check for changes" on the article page (editors): the page fetched again and compared, nothing applied. */
export async function checkSourceAction(slug: string, input: unknown): Promise<ActionResult<CheckedSource>> {
  return runWorkspaceAction(slug, sourceCheckSchema, input, async ({ actor, slug, input }) => {
    await limitHeavyAction(actor.id);
    const result = await checkArticleSource({ actor, slug, articleId: input.articleId, fetchPage });
    // The dashboard's "Sources changed" and the capture history read what the check stored.
    revalidatePath(`/w/${slug}`, "layout");
    return {
      changed: result.changed,
      captureId: result.capture.id,
      capturedAt: result.capture.capturedAt.toISOString(),
      diff: result.diff,
      articleVersion: result.articleVersion,
      unchangedSince: result.unchangedSince?.toISOString() ?? null,
    };
  });
}

/** "Apply these changes": the capture's text becomes the article's, claims re-anchored (editors). */
export async function applyCaptureAction(slug: string, input: unknown): Promise<ActionResult<AppliedCapture>> {
  return runWorkspaceAction(slug, applyCaptureSchema, input, async ({ actor, slug, input }) => {
    const report = await applyCapture({ actor, slug, ...input });
    revalidatePath(`/w/${slug}`, "layout");
    return report;
  });
}

/** "Keep the current text": the change is no longer offered (editors). */
export async function dismissCaptureAction(slug: string, input: unknown): Promise<ActionResult<{ captureId: string }>> {
  return runWorkspaceAction(slug, dismissCaptureSchema, input, async ({ actor, slug, input }) => {
    const capture = await dismissCapture({ actor, slug, ...input });
    revalidatePath(`/w/${slug}`, "layout");
    return { captureId: capture.id };
  });
}
