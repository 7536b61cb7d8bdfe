// The upload size limit, shared by every importer (articles, ClaimReview, workspace JSON).
// Configurable per deployment; every refusal states the limit in use.

const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The largest file an import accepts: CLAIMBENCH_MAX_UPLOAD_BYTES, or 20 MB. */
export function maxUploadBytes(): number {
  const configured = Number(process.env.CLAIMBENCH_MAX_UPLOAD_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_UPLOAD_BYTES;
}

/** A size for people: "20 MB", "512 KB", "900 bytes" (binary units, as file managers count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "");
  return `${rounded} ${units[unit]}`;
}
