import { importArticleFiles } from "@/lib/data/article-import";
import { AppError } from "@/lib/errors";
import { readUploadRequest } from "@/lib/http/upload-request";
import { articleUploadOptionsSchema, MAX_FILES_PER_UPLOAD } from "@/lib/schemas/article-import";

/**
 * Imports uploaded article files (editors and above), answering with one JSON line per event as
 * it happens (start, then one per file, then done) so the page can show progress and results
 * while a large upload runs. Closing the connection cancels the files not yet read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const upload = await readUploadRequest(request, params, "EDITOR", "import articles");
  if (!upload.ok) return upload.response;
  const { user, slug, form, files } = upload;
  if (files.length > MAX_FILES_PER_UPLOAD) {
    return Response.json({ message: `An upload takes at most ${MAX_FILES_PER_UPLOAD.toLocaleString("en")} files; this one has ${files.length.toLocaleString("en")}. Upload them in parts.` }, { status: 422 });
  }
  const options = articleUploadOptionsSchema.parse({ stripScripts: form.get("stripScripts") });
  const cancel = new AbortController();
  request.signal.addEventListener("abort", () => cancel.abort());
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: object) => {
        if (!cancel.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      send({ type: "start", total: files.length });
      try {
        const summary = await importArticleFiles({ actor: user, slug, files, options, signal: cancel.signal, onProgress: (progress) => send({ type: "file", ...progress }) });
        send({ type: "done", cancelled: summary.cancelled });
      } catch (error) {
        if (!(error instanceof AppError)) console.error("Article import failed", error);
        send({ type: "error", message: error instanceof AppError ? error.message : "The import stopped because of an error on our side. Files listed as imported were saved; upload the others again." });
      } finally {
        if (!cancel.signal.aborted) controller.close();
      }
    },
    cancel() {
      cancel.abort();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
