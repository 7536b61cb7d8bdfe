// Types of html-data-blocks.mjs, which runs in the HTML reader's worker thread.
export interface DataBlockReading {
  kind: "data-blocks";
  /** Each application/ld+json block's text, in page order, with the line its element starts on. */
  blocks: { line: number; text: string }[];
  /** The page's <html lang> or Content-Language, as written. */
  language?: string;
  /** jsdom errors that are not the page's own noise. */
  jsdomErrors: string[];
}

export function readDataBlocks(html: string): DataBlockReading;
