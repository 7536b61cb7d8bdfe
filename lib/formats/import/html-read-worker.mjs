// The thread that reads untrusted HTML pages (started by html-reader-pool.ts with a memory limit,
// and ended by it when a page takes too long). It reads one page at a time and answers each with
// what was asked of it (the article's DOM reading, or the page's JSON-LD data blocks), or with why
// it could not. Plain JavaScript: Node loads it as it is under tsx and Vitest, and Next bundles it
// as a worker entry.
import { parentPort } from "node:worker_threads";
import { readDataBlocks } from "./html-data-blocks.mjs";
import { readHtmlDom } from "./html-dom.mjs";

if (!parentPort) throw new Error("html-read-worker.mjs runs as a worker thread only.");
const port = parentPort;

port.on("message", (/** @type {{ id: number, html: string, mode: "article" | "data-blocks" }} */ task) => {
  try {
    const reading = task.mode === "data-blocks" ? readDataBlocks(task.html) : readHtmlDom(task.html);
    port.postMessage({ id: task.id, kind: "done", reading });
  } catch (error) {
    // A page nested past the thread's stack is the page's fault; anything else is ours, and is logged by the pool.
    const tooDeep = error instanceof RangeError && /call stack/i.test(error.message);
    port.postMessage({ id: task.id, kind: tooDeep ? "too-deep" : "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
