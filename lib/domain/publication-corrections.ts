// The public correction log's line for a republication (issue 19): what a reader of the page would see
// changed between the fact-check as last published and as republished, in a fact-checker's words
// ("Rating changed from Mostly true to Mixed; Evidence added: Census 2017"). Null when nothing a reader
// sees changed: republishing then adds no line, so the log only ever records real corrections.

/** The parts of a published fact-check a reader sees (a plain shape of lib/schemas/publication.ts's). */
export interface ReaderVisibleFactCheck {
  headline: string;
  summary: string;
  claim: {
    statement: string;
    claimant: string | null;
    claimDate: string | null;
    quote: { exact: string; before: string; after: string };
  };
  article: { title: string; url: string | null; publisher: string | null; author: string | null; publishedAt: string | null };
  rating: { label: string };
  evidence: readonly { title: string; url: string; stance: string }[];
}

const STANCE_WORDS: Record<string, string> = { SUPPORTS: "supporting", CONTRADICTS: "contradicting", CONTEXT: "context" };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const titles = (items: readonly { title: string }[]) => items.map((item) => `“${item.title}”`).join(", ");

/** The correction line between the last published fact-check and the new one, or null when a reader sees no change. */
export function correctionLine(before: ReaderVisibleFactCheck, after: ReaderVisibleFactCheck): string | null {
  const parts: string[] = [];
  if (before.rating.label !== after.rating.label) parts.push(`Rating changed from ${before.rating.label} to ${after.rating.label}`);
  if (before.headline !== after.headline) parts.push("Headline changed");
  if (before.claim.statement !== after.claim.statement) parts.push("Claim reworded");
  const { statement: _a, ...claimBefore } = before.claim;
  const { statement: _b, ...claimAfter } = after.claim;
  if (!same(claimBefore, claimAfter) || !same(before.article, after.article)) parts.push("Claim details updated");
  if (before.summary !== after.summary) parts.push("Summary updated");

  // Evidence is the same piece when its address is; a new stance on it is a change of its own.
  const was = new Map(before.evidence.map((item) => [item.url, item]));
  const now = new Map(after.evidence.map((item) => [item.url, item]));
  const added = after.evidence.filter((item) => !was.has(item.url));
  const removed = before.evidence.filter((item) => !now.has(item.url));
  const restanced = after.evidence.filter((item) => was.has(item.url) && was.get(item.url)!.stance !== item.stance);
  if (added.length) parts.push(`Evidence added: ${titles(added)}`);
  if (removed.length) parts.push(`Evidence removed: ${titles(removed)}`);
  for (const item of restanced) parts.push(`“${item.title}” now cited as ${STANCE_WORDS[item.stance] ?? item.stance.toLowerCase()} evidence`);
  const retitled = after.evidence.filter((item) => was.has(item.url) && was.get(item.url)!.title !== item.title && !restanced.includes(item));
  if (retitled.length) parts.push(`Evidence renamed: ${titles(retitled)}`);

  return parts.length ? parts.join("; ") : null;
}
