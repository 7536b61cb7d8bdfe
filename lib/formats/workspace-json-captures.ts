// The captures of a workspace document hold together: each original that came with the file is the one
// its metadata describes (its size and sha256, which the file states and anyone may check), and a claim
// cites a capture of its own article. A file edited by hand, or damaged, is refused before anything is
// written, with the path of the first capture at fault. Run by findBrokenReference (workspace-json-references.ts).
import { sha256Hex } from "./body-hash";
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";

/** The first capture at fault, as findBrokenReference reports it (its BrokenReference). */
export function firstBadCapture(doc: WorkspaceDocument): { path: string; message: string } | null {
  for (const [n, capture] of doc.captures.entries()) {
    if (capture.bytes === undefined) continue;
    const bytes = Buffer.from(capture.bytes, "base64");
    if (bytes.byteLength !== capture.byteSize) {
      return { path: `captures[${n}].bytes`, message: `the original holds ${bytes.byteLength} bytes where byteSize says ${capture.byteSize}` };
    }
    if (sha256Hex(bytes) !== capture.sha256) {
      return { path: `captures[${n}].bytes`, message: "the original's SHA-256 is not the sha256 the file states: it was changed or damaged since it was exported" };
    }
  }
  const articleOf = new Map(doc.captures.map((capture) => [capture.id, capture.articleId]));
  for (const [n, claim] of doc.claims.entries()) {
    if (!claim.captureId) continue;
    const article = articleOf.get(claim.captureId);
    if (article !== undefined && article !== claim.articleId) {
      return { path: `claims[${n}].captureId`, message: `the capture ${claim.captureId} is of another article than the claim's` };
    }
  }
  return null;
}
