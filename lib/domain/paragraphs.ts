export interface Paragraph {
  /** UTF-16 offset of the paragraph's first character in the body. */
  start: number;
  text: string;
}

/** Splits a plain-text body on blank lines, keeping each paragraph's offset into the body. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\n[ \t]*\n+/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    pushTrimmed(paragraphs, body, start, match.index);
    start = match.index + match[0].length;
  }
  pushTrimmed(paragraphs, body, start, body.length);
  return paragraphs;
}

function pushTrimmed(out: Paragraph[], body: string, start: number, end: number) {
  const text = body.slice(start, end);
  if (text.trim()) out.push({ start, text });
}
