// Responses shared by route handlers that send files (the reports page's download, finished job files,
// and the REST API's export endpoint).

/** Content-Disposition for a download: an ASCII fallback name plus the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function attachmentResponse({ filename, contentType, body, size }: {
  filename: string; contentType: string; body: ReadableStream<Uint8Array>; size?: number | null;
}): Response {
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(filename),
    "Cache-Control": "private, no-store",
  };
  if (size != null) headers["Content-Length"] = String(size);
  return new Response(body, { headers });
}
