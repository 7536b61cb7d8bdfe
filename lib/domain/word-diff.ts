// What changed between two versions of an article's text, word by word, for a person to read before
// they apply it (a silent edit found by "Check for changes"). jsdiff (`diff`) does the comparison;
// whitespace is kept as tokens of its own, so the parts join back into either text exactly.
import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

export type DiffOp = "same" | "added" | "removed";

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/**
 * Myers' algorithm costs about (tokens of both texts) × (edits): a few edits in a long article are
 * cheap, a rewrite of one is not. Past this budget the words give way to lines, then to "all of it
 * replaced", so no comparison can hold up the server whatever two texts it is given.
 */
const WORK_BUDGET = 20_000_000;
const MAX_EDITS = 4_000;

const editsWithinBudget = (tokens: number) => Math.max(50, Math.min(MAX_EDITS, Math.floor(WORK_BUDGET / Math.max(1, tokens))));

/** A rough token count (words and the whitespace between them), only to size the budget. */
const roughTokens = (text: string) => text.length / 3;

function toParts(changes: ChangeObject<string>[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of changes) {
    if (!change.value) continue;
    const op: DiffOp = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/**
 * The word-level comparison of `before` with `after`: "same" parts are in both, "removed" only in
 * `before`, "added" only in `after`. Joining same+removed gives `before`, same+added gives `after`.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: "same", text: before }] : [];
  const byWords = diffWordsWithSpace(before, after, { maxEditLength: editsWithinBudget(roughTokens(before) + roughTokens(after)) });
  if (byWords) return toParts(byWords);
  const lineCount = (text: string) => text.split("\n").length;
  const byLines = diffLines(before, after, { maxEditLength: editsWithinBudget(lineCount(before) + lineCount(after)) });
  if (byLines) return toParts(byLines);
  return toParts([{ value: before, removed: true, added: false, count: 1 }, { value: after, added: true, removed: false, count: 1 }]);
}

/** Whether the comparison found any change. */
export const hasChanges = (parts: readonly DiffPart[]) => parts.some((part) => part.op !== "same");

export type ShownPart = DiffPart | { op: "skip"; words: number };

/**
 * The comparison as it is shown: each change with `context` words of unchanged text on either side;
 * longer unchanged runs are folded into a "skip" that counts the words left out.
 */
export function collapseDiff(parts: readonly DiffPart[], context = 12): ShownPart[] {
  const shown: ShownPart[] = [];
  parts.forEach((part, index) => {
    if (part.op !== "same") return void shown.push(part);
    const isFirst = index === 0;
    const isLast = index === parts.length - 1;
    // Words with the whitespace after each, so the pieces kept join back as they stood.
    const words = part.text.match(/\s*\S+\s*/g) ?? [part.text];
    const head = isFirst ? 0 : context;
    const tail = isLast ? 0 : context;
    if (words.length <= head + tail + 1) return void shown.push(part);
    if (head > 0) shown.push({ op: "same", text: words.slice(0, head).join("") });
    shown.push({ op: "skip", words: words.length - head - tail });
    if (tail > 0) shown.push({ op: "same", text: words.slice(words.length - tail).join("") });
  });
  return shown;
}
