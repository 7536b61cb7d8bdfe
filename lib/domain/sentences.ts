// The sentence around a selection: the starting point of a claim's normalised statement, which
// the reviewer then edits into something checkable.
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)/g;

export function sentenceAround(text: string, start: number, end: number, maxLength = 1000): string {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  const paragraph = text.slice(paragraphStart, paragraphEnd);

  let from = 0;
  let to = paragraph.length;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start - paragraphStart) from = boundary;
    else if (boundary >= end - paragraphStart) {
      to = boundary;
      break;
    }
  }
  const sentence = paragraph.slice(from, to).trim();
  return sentence.length <= maxLength ? sentence : text.slice(start, end).trim().slice(0, maxLength);
}
