// Reading a response's body within the size limit. The limit holds for the bytes on the wire and
// for the bytes after decompression alike, and reading stops the moment either passes it: a server
// that streams forever, or a small gzip that inflates to gigabytes, costs at most the limit.
import type { IncomingMessage } from "node:http";
import { Transform, Writable, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
}

export class UnknownEncodingError extends Error {
  override name = "UnknownEncodingError";
  constructor(readonly encoding: string) {
    super(`Unknown content encoding ${encoding}`);
  }
}

/** Passes chunks on until more than `limit` bytes went through, then fails the whole pipeline. */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.seen += chunk.byteLength;
    if (this.seen > this.limit) callback(new BodyTooLargeError());
    else callback(null, chunk);
  }
}

function decoderFor(encoding: string): Transform | null {
  switch (encoding) {
    case "identity":
      return null;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      throw new UnknownEncodingError(encoding);
  }
}

/** The decoders for a Content-Encoding list, in the order to apply them (the reverse of how they were applied). */
export function decodersFor(contentEncoding: string | undefined): Transform[] {
  const encodings = (contentEncoding ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  // More than a couple of layers is no real server's doing; each layer could multiply the size again.
  if (encodings.length > 2) throw new UnknownEncodingError(encodings.join(", "));
  return encodings.reverse().map(decoderFor).filter((decoder): decoder is Transform => decoder !== null);
}

/**
 * The body, decompressed, or BodyTooLargeError past `maxBytes`; UnknownEncodingError for an encoding
 * that cannot be read; zlib's own error (code Z_DATA_ERROR, ERR_…) for a damaged stream.
 */
export async function readBody(response: IncomingMessage, { maxBytes, signal }: { maxBytes: number; signal: AbortSignal }): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"] ?? Number.NaN);
  if (declared > maxBytes && !response.headers["content-encoding"]) {
    response.destroy();
    throw new BodyTooLargeError();
  }
  const decoders = decodersFor(response.headers["content-encoding"]);
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      total += chunk.byteLength;
      callback();
    },
  });
  // zlib's default ends a stream cut off before its end with an error: a truncated page is not a capture.
  await pipeline(response, new ByteLimit(maxBytes), ...decoders, new ByteLimit(maxBytes), collect, { signal });
  return new Uint8Array(Buffer.concat(chunks, total));
}
