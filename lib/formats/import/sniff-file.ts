// What a file really is, whatever its name says: the first bytes of common binary formats, and
// whether the rest is valid UTF-8 text. Importers read text only; anything else is refused with a
// message naming what the file turned out to be.

interface Signature {
  name: string;
  bytes: (number | null)[];
  offset?: number;
}

// null matches any byte (RIFF's length field, for instance).
const SIGNATURES: Signature[] = [
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or an Office document, which is one)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an empty ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a WebP image", bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { name: "an old Microsoft Office document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "a RTF document", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: "a program (ELF executable)", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a Windows program", bytes: [0x4d, 0x5a] },
  { name: "a SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

export type SniffResult =
  | { kind: "text"; text: string }
  | { kind: "binary"; format: string }
  | { kind: "not-utf8"; detail: string };

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === null || bytes[offset + i] === b);
}

/** The binary format the bytes start with, if they start like one we know. */
export function detectBinaryFormat(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => matches(bytes, s))?.name ?? null;
}

/**
 * The file as text if it is UTF-8 (a leading byte-order mark is dropped); otherwise what it is.
 * UTF-16 is recognised by its byte-order mark and refused: so are NUL bytes, which text never holds.
 */
export function sniffText(bytes: Uint8Array): SniffResult {
  const binary = detectBinaryFormat(bytes);
  if (binary) return { kind: "binary", format: binary };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { kind: "not-utf8", detail: "it is UTF-16 text" };
  }
  if (bytes.includes(0)) return { kind: "binary", format: "a binary file (it holds NUL bytes, which text never does)" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { kind: "text", text };
  } catch {
    return { kind: "not-utf8", detail: "it is not valid UTF-8 (perhaps Windows-1252 or Latin-1)" };
  }
}
