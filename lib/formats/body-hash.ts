// Kept apart from the cleaner so that clean-article-text.ts stays free of Node built-ins
// and can run in the browser (live preview of an upload).
import { createHash } from "node:crypto";

/** sha256 of the UTF-8 body, lowercase hex: identifies a body version for claim anchors. */
export function hashBody(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/** sha256 of raw bytes, lowercase hex: identifies a captured original (lib/data/articles/captures.ts). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
