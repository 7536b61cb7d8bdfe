import "server-only";
import { captureFileName } from "@/lib/domain/captures";
import { contentDisposition } from "@/lib/server/http/responses";
import { CAPTURE_ORIGINAL_POLICY } from "@/lib/server/http/security-headers";

// A capture's original, as a download: the bytes exactly as stored, never as a page of this site. The
// page came from anywhere and may hold scripts; served as text/html here it would run with the app's
// origin. So: octet-stream, never sniffed, an attachment, and sandboxed should anything render it anyway.
// (proxy.ts sets the same policy on the real server, where its header wins over a route's.)

export interface CaptureOriginal {
  finalUrl: string;
  capturedAt: Date;
  sha256: string;
  contentType: string;
  bytes: Uint8Array;
}

export function captureDownloadResponse(capture: CaptureOriginal): Response {
  const body = new Uint8Array(capture.bytes);
  return new Response(body, {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": contentDisposition(captureFileName(capture)),
      "Content-Length": String(body.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": CAPTURE_ORIGINAL_POLICY,
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
      // The whole fingerprint, so whoever saved the file can check it against the capture history.
      "X-Capture-Sha256": capture.sha256,
    },
  });
}
