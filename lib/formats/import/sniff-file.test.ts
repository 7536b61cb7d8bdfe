import { describe, expect, it } from "vitest";
import { detectBinaryFormat, sniffText } from "./sniff-file";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sniffText", () => {
  it.each([
    ["PDF", utf8("%PDF-1.7\n%âãÏÓ"), "a PDF document"],
    ["ZIP", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), "a ZIP archive (or an Office document, which is one)"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), "a PNG image"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0), "a JPEG image"],
    ["gzip", bytes(0x1f, 0x8b, 0x08), "a gzip archive"],
    ["WebP", bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), "a WebP image"],
  ])("names a %s file by its first bytes", (_name, input, format) => {
    expect(sniffText(input)).toEqual({ kind: "binary", format });
  });

  it("refuses text with NUL bytes as binary", () => {
    expect(sniffText(utf8("abc\u0000def")).kind).toBe("binary");
  });

  it("decodes UTF-8, dropping a byte-order mark, and keeps Arabic intact", () => {
    expect(sniffText(bytes(0xef, 0xbb, 0xbf, ...utf8("تقرير\nReport")))).toEqual({ kind: "text", text: "تقرير\nReport" });
  });

  it("refuses Latin-1 bytes that are not UTF-8", () => {
    const result = sniffText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b));
    expect(result.kind).toBe("not-utf8");
  });

  it("refuses UTF-16 by its byte-order mark", () => {
    expect(sniffText(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ kind: "not-utf8", detail: "it is UTF-16 text" });
  });

  it("does not mistake text starting with similar letters for a format", () => {
    expect(detectBinaryFormat(utf8("PK is a sign-off"))).toBeNull();
    expect(detectBinaryFormat(utf8("%PD is not enough"))).toBeNull();
  });
});
