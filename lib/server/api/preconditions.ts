import { AppError } from "@/lib/errors";

/** The version named by If-Match: `3`, `"3"` or `W/"3"` (the claim's ETag is `"<version>"`). */
export function ifMatchVersion(request: Request): number {
  const header = request.headers.get("if-match");
  const match = header ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header) : null;
  const version = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(version) || version < 1) {
    const message = "Send the version you read as If-Match (the ETag of GET, such as \"3\"), so that no one else's change is overwritten.";
    throw new AppError("VALIDATION", message, { fieldErrors: { "If-Match": [message] } });
  }
  return version;
}
