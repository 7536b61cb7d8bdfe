// Words and links for evidence, shared by the claim page and the add-evidence page (server and client).
// The stances and source kinds themselves, and their plain labels, are lib/domain/vocabulary.ts's.
import type { Stance } from "@/lib/domain/vocabulary";

export const STANCE_TEXT: Record<Stance, { group: string; button: string; hint: string; border: string }> = {
  SUPPORTS: { group: "Supporting evidence", button: "Supports", hint: "It corroborates the claim.", border: "border-green-500" },
  CONTRADICTS: { group: "Contradicting evidence", button: "Contradicts", hint: "It disputes or refutes the claim.", border: "border-red-500" },
  CONTEXT: { group: "Context", button: "Context", hint: "It explains or qualifies the claim without settling it.", border: "border-slate-300" },
};

/**
 * An address safe to put in href: http or https only. Stored addresses were checked when saved;
 * this is the second lock, so that nothing stored some other way can run script on a click.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  return ["http:", "https:"].includes(new URL(url).protocol) ? url : null;
}

const encodeFragment = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * A link to a passage in the article reader, as a URL text fragment (#:~:text=start,end): the
 * browser scrolls to the passage and highlights it, with no change to the reader. Long passages
 * are named by their first and last words.
 */
export function passageHref(slug: string, articleId: string, exact: string): string {
  const words = exact.trim().split(/\s+/);
  const fragment = words.length <= 8 ? encodeFragment(words.join(" ")) : `${encodeFragment(words.slice(0, 4).join(" "))},${encodeFragment(words.slice(-4).join(" "))}`;
  return `/w/${slug}/articles/${articleId}#:~:text=${fragment}`;
}
