// An uploaded ClaimReview file → the fact-checks it holds, each read or skipped with its reason.
// The file may be JSON (JSON-LD, a DataFeed, a Fact Check Tools answer, bare review objects: see
// claimreview-shapes.ts) or a fact-checker's HTML page with JSON-LD blocks (claimreview-page.ts);
// what it is is told from its content, so a page saved as .json is still read. A file is refused
// whole only when nothing of it can be imported, with a reason that says what to fix.
import { findReviewNodes, MAX_DEPTH, type Node } from "./claimreview-shapes";
import { readReviewNode, type FoundReview } from "./claimreview-review";
import { readClaimReviewPage } from "./claimreview-page";
import type { HtmlReaderPool } from "./html-reader-pool";
import { sniffText } from "./sniff-file";

export type { FoundReview, ParsedClaimReview } from "./claimreview-review";

export interface ClaimReviewReading {
  /** What the file turned out to be, in words ("an HTML page with 3 JSON-LD blocks: a DataFeed"). */
  shape: string;
  /** Every review found, in the file's order, read or skipped. At least one is read. */
  reviews: FoundReview[];
  /** What was passed over that is not a review (a block that is not JSON). */
  notes: string[];
}

export type ClaimReviewReadResult = { ok: true; reading: ClaimReviewReading } | { ok: false; reason: string };

/** Each review becomes a source and an audit event in one transaction: past this, split the file. */
export const MAX_REVIEWS_PER_FILE = 5_000;
const MAX_PROBLEMS = 5;
const HOLDING = '"@type": "ClaimReview" (alone, in an array, an @graph or a DataFeed), a Fact Check Tools claim search answer, or review objects with claimReviewed and reviewRating.';

/** Where the bytes came from: an uploaded file, or the answer of an address the app fetched. Refusals say what to do with it. */
export type ClaimReviewOrigin = "upload" | "address";

const WORDING = {
  upload: {
    expected: `Upload a fact-check's HTML page, or JSON holding ${HOLDING}`,
    truncated: "it may be truncated. Export it again and upload the whole file.",
    split: "Split it into smaller files.",
    nothing: "Nothing of the file was imported.",
    brokenBlock: "Fix the JSON of the block, or upload the ClaimReview as a .json file.",
  },
  address: {
    expected: `Give the address of a fact-check's page, or of JSON holding ${HOLDING}`,
    truncated: "the answer may have been cut off. Open the address in a browser to check it, or save what it shows and upload the file.",
    split: "Save it and upload it as smaller files.",
    nothing: "Nothing of the page was imported.",
    brokenBlock: "The page's own JSON-LD is broken: save the ClaimReview as a .json file, fix it and upload it.",
  },
} as const satisfies Record<ClaimReviewOrigin, Record<string, string>>;

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function looksLikeJson(text: string, fileName: string): boolean {
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") return true;
  if (first === "<") return false;
  return !/\.html?$/i.test(fileName);
}

function readJson(text: string, origin: ClaimReviewOrigin): { ok: true; document: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, document: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return { ok: false, reason: `it is not valid JSON${detail}; ${WORDING[origin].truncated}` };
  }
}

/** Reads every document's reviews; `container` names the file or the page in messages. */
function readDocuments(documents: { document: unknown; where: string | null }[], container: "file" | "page", origin: ClaimReviewOrigin, pageLanguage?: string) {
  const nodes: { node: Node; where: string | null }[] = [];
  const otherTypes = new Set<string>();
  const shapes = new Set<string>();
  let tooDeep = false;
  for (const { document, where } of documents) {
    const found = findReviewNodes(document);
    for (const node of found.reviews) nodes.push({ node, where });
    for (const type of found.otherTypes) otherTypes.add(type);
    for (const shape of found.shapes) shapes.add(shape);
    tooDeep ||= found.tooDeep;
  }
  const deepNote = tooDeep ? [`parts of it nested more than ${MAX_DEPTH} levels deep were not read.`] : [];
  if (nodes.length === 0) {
    const holds = otherTypes.size ? `it holds ${[...otherTypes].join(", ")}` : "it holds no schema.org item with an @type";
    return { ok: false as const, reason: `no ClaimReview found in this ${container}: ${holds}. ${WORDING[origin].expected}` };
  }
  if (nodes.length > MAX_REVIEWS_PER_FILE) {
    return { ok: false as const, reason: `it holds ${count(nodes.length, "review")}, over the limit of ${count(MAX_REVIEWS_PER_FILE, "review")} per file. ${WORDING[origin].split}` };
  }
  const reviews = nodes.map(({ node, where }, index) => readReviewNode(node, `ClaimReview ${index + 1} of ${nodes.length}${where ? ` (in ${where})` : ""}`, pageLanguage));
  return { ok: true as const, reviews, shapes: [...shapes], notes: deepNote };
}

/** Refuses when no review could be read, listing the first problems. */
function withReadable(reviews: FoundReview[], origin: ClaimReviewOrigin): { ok: false; reason: string } | null {
  if (reviews.some((review) => review.ok)) return null;
  const problems = reviews.map((review) => (review.ok ? "" : `${review.where}: ${review.reason}`));
  const shown = problems.slice(0, MAX_PROBLEMS).join("; ");
  const more = problems.length > MAX_PROBLEMS ? `; and ${count(problems.length - MAX_PROBLEMS, "more problem")}` : "";
  return { ok: false, reason: `no ClaimReview in it can be imported: ${shown}${more}. ${WORDING[origin].nothing}` };
}

/** Reads a ClaimReview file from its bytes; refusals say what is wrong, for people. */
export async function readClaimReviewFile(file: { name: string; bytes: Uint8Array }, options: { pool?: HtmlReaderPool; origin?: ClaimReviewOrigin } = {}): Promise<ClaimReviewReadResult> {
  const origin = options.origin ?? "upload";
  const sniffed = sniffText(file.bytes);
  if (sniffed.kind === "binary") return { ok: false, reason: `it is ${sniffed.format}, not a JSON or HTML file, whatever its name says.` };
  if (sniffed.kind === "not-utf8") return { ok: false, reason: `${sniffed.detail}. Save it as UTF-8 and upload it again.` };
  if (sniffed.text.trim() === "") return { ok: false, reason: sniffed.text === "" ? "it is empty." : "it holds only whitespace." };

  if (looksLikeJson(sniffed.text, file.name)) {
    const json = readJson(sniffed.text, origin);
    if (!json.ok) return json;
    const read = readDocuments([{ document: json.document, where: null }], origin === "address" ? "page" : "file", origin);
    if (!read.ok) return read;
    const refused = withReadable(read.reviews, origin);
    if (refused) return refused;
    return { ok: true, reading: { shape: read.shapes.join(" and "), reviews: read.reviews, notes: read.notes } };
  }

  const page = await readClaimReviewPage(sniffed.text, options.pool);
  if (!page.ok) return page;
  const { documents, notes, language, blockCount } = page.page;
  if (documents.length === 0) return { ok: false, reason: `no ClaimReview found in this page: ${notes.join(" ")} ${WORDING[origin].brokenBlock}` };
  const read = readDocuments(documents, "page", origin, language);
  if (!read.ok) return { ok: false, reason: notes.length ? `${read.reason} Besides: ${notes.join(" ")}` : read.reason };
  const refused = withReadable(read.reviews, origin);
  if (refused) return refused;
  const shape = `an HTML page with ${count(blockCount, "JSON-LD block")}${read.shapes.length ? ` (${read.shapes.join(" and ")})` : ""}`;
  return { ok: true, reading: { shape, reviews: read.reviews, notes: [...notes, ...read.notes] } };
}
