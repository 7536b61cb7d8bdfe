import { getSourceCheckState } from "@/lib/data/articles/capture-changes";
import type { Actor } from "@/lib/data/scope";
import { wordDiff } from "@/lib/domain/word-diff";
import { SourceChanges } from "./source-changes";

/**
 * The article's source, for articles imported from the web: when it was last checked (and why that
 * check failed, if it did), "Check for changes" for editors, and a change a check found that nobody
 * applied or kept out yet, as a word diff. Nothing for an article that was uploaded or pasted.
 */
export async function SourceCheck({ slug, actor, articleId, articleBody, articleVersion, canCheck }: {
  slug: string; actor: Actor; articleId: string; articleBody: string; articleVersion: number; canCheck: boolean;
}) {
  const state = await getSourceCheckState({ actor, slug, articleId });
  if (!state.captured) return null;
  const pending = state.pending
    ? { captureId: state.pending.id, capturedAt: state.pending.capturedAt.toISOString(), diff: wordDiff(articleBody, state.pending.body), articleVersion }
    : null;
  return (
    <SourceChanges
      slug={slug}
      articleId={articleId}
      canCheck={canCheck}
      checkedAt={state.checkedAt?.toISOString() ?? null}
      checkError={state.checkError}
      pending={pending}
    />
  );
}
