// A download's body from the chunks an export writer or a job file yields. Here, beside the writers, rather
// than in lib/server/http: lib/workflows/export/exports.ts turns every export into one, and neither lib/data nor lib/workflows imports the server plumbing.

/** Async chunks as a pull-based ReadableStream: read only as fast as the client takes them. */
export function streamOf(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        console.error("A download stream failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
