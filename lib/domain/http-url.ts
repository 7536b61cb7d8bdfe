// Which web addresses Claimbench accepts and hands on: http and https only. Anything else
// (javascript:, data:, vbscript:, file:) would run code or leave the web when someone follows it.
// Forms and imports refuse the rest (httpUrlSchema in lib/schemas/source.ts asks isHttpUrl), and every
// export drops what is not one (httpUrlOrNull), in case a value came in some other way.

export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/** The address when it is an http(s) one, otherwise null: what an export may emit. */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  return typeof value === "string" && isHttpUrl(value) ? value : null;
}
