// A fact-checker's article page → the JSON-LD documents its <script type="application/ld+json">
// blocks hold. The page is untrusted, as any imported HTML: measured first (html-shape.ts), then
// parsed in the HTML reader's threads with their time and memory limits (html-reader-pool.ts),
// and no script of it ever runs. A block that is not valid JSON is skipped and reported, not fatal.
import { sharedHtmlReaderPool, type HtmlReaderPool } from "./html-reader-pool";
import { htmlShapeProblem, INSTEAD } from "./html-shape";

export interface PageDocuments {
  /** Each block that parsed, with where it sits in the page. */
  documents: { document: unknown; where: string }[];
  /** Blocks skipped, each with its line and why. */
  notes: string[];
  /** The language the page states, for reviews that state none. */
  language?: string;
  blockCount: number;
}

export type PageReadResult = { ok: true; page: PageDocuments } | { ok: false; reason: string };

/** How to import a page that cannot be read, replacing the article importer's advice. */
const PAGE_INSTEAD = "Save the page's ClaimReview (its <script type=\"application/ld+json\"> block) as a .json file and upload that instead.";
const DETAIL = 80;

const blockName = (line: number) => (line ? `the JSON-LD block on line ${line}` : "a JSON-LD block");

export async function readClaimReviewPage(html: string, pool: HtmlReaderPool = sharedHtmlReaderPool()): Promise<PageReadResult> {
  const shape = await htmlShapeProblem(html);
  if (shape) return { ok: false, reason: shape.replace(INSTEAD, PAGE_INSTEAD) };
  const answer = await pool.readDataBlocks(html);
  if (answer.kind === "timeout") return { ok: false, reason: `reading it took longer than ${answer.limitMs / 1000} seconds, so it was stopped. ${PAGE_INSTEAD}` };
  if (answer.kind === "memory") return { ok: false, reason: `reading it needed more than ${answer.limitMb} MB of memory, so it was stopped. ${PAGE_INSTEAD}` };
  if (answer.kind === "too-deep") return { ok: false, reason: `it nests elements too deeply to be read. ${PAGE_INSTEAD}` };
  const { blocks, language, jsdomErrors } = answer.reading;
  for (const message of jsdomErrors) console.error(`jsdom, reading a ClaimReview page: ${message}`);
  if (blocks.length === 0) {
    return { ok: false, reason: 'no ClaimReview found in this page: it has no JSON-LD (<script type="application/ld+json">) block, where fact-checkers publish their ClaimReview. Check that you saved the fact-check\'s own page, with its HTML source.' };
  }
  const documents: PageDocuments["documents"] = [];
  const notes: string[] = [];
  for (const block of blocks) {
    const name = blockName(block.line);
    if (block.text.trim() === "") {
      notes.push(`${name} is empty; it was skipped.`);
      continue;
    }
    try {
      documents.push({ document: JSON.parse(block.text), where: name });
    } catch (error) {
      const detail = error instanceof SyntaxError ? ` (${error.message.slice(0, DETAIL)})` : "";
      notes.push(`${name} is not valid JSON${detail}; it was skipped.`);
    }
  }
  return { ok: true, page: { documents, notes, language, blockCount: blocks.length } };
}
