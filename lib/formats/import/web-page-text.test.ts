import { describe, expect, it } from "vitest";
import { classifyPage, decodeBytes, decodePage, detectCharset, knownCharset, metaCharset, parseContentType, META_SCAN_BYTES } from "./web-page-text";

const ascii = (text: string) => new TextEncoder().encode(text);
const HTML = ascii("<!doctype html><html><body><p>Hello</p></body></html>");

describe("parseContentType", () => {
  it("splits the type from its charset, whatever the case and quoting", () => {
    expect(parseContentType("Text/HTML; Charset=\"Windows-1256\"")).toEqual({ essence: "text/html", charset: "Windows-1256" });
    expect(parseContentType("text/html;boundary=x; charset=utf-8")).toEqual({ essence: "text/html", charset: "utf-8" });
    expect(parseContentType(undefined)).toEqual({ essence: "", charset: null });
  });
});

describe("classifyPage", () => {
  it("accepts HTML, XHTML and plain text", () => {
    expect(classifyPage("text/html; charset=utf-8", HTML)).toEqual({ ok: true, format: "html", contentType: "text/html" });
    expect(classifyPage("application/xhtml+xml", HTML)).toEqual({ ok: true, format: "html", contentType: "application/xhtml+xml" });
    expect(classifyPage("text/plain", ascii("notes"))).toEqual({ ok: true, format: "text", contentType: "text/plain" });
  });

  it("refuses other types by name, in a reader's words", () => {
    expect(classifyPage("application/pdf", HTML)).toEqual({ ok: false, reason: "it is a PDF, not a web page" });
    expect(classifyPage("image/jpeg", HTML)).toEqual({ ok: false, reason: "it is an image, not a web page" });
    expect(classifyPage("application/json", HTML)).toEqual({ ok: false, reason: "it is JSON data, not a web page" });
    expect(classifyPage("application/rss+xml", HTML)).toEqual({ ok: false, reason: "it is a news feed, not a web page" });
    expect(classifyPage("application/octet-stream", HTML)).toMatchObject({ ok: false, reason: "it is a download (application/octet-stream), not a web page" });
    expect(classifyPage("application/x-msdownload", HTML)).toMatchObject({ ok: false, reason: "it is a file of type application/x-msdownload, not a web page" });
  });

  it("refuses a file served as a page by its first bytes", () => {
    expect(classifyPage("text/html", ascii("%PDF-1.4\n..."))).toEqual({ ok: false, reason: "it is a PDF, not a web page" });
    expect(classifyPage("text/plain", Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2))).toMatchObject({ ok: false, reason: expect.stringMatching(/^it is a ZIP archive/) });
    expect(classifyPage("text/html", Uint8Array.of(0x3c, 0x70, 0, 0x3e))).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL bytes/) });
  });

  it("takes JSON only from a caller that names it, by its type or, unlabelled, by its first bytes", () => {
    const json = ascii('{"@type": "ClaimReview"}');
    const withJson = ["html", "json", "text"] as const;
    expect(classifyPage("application/ld+json", json)).toEqual({ ok: false, reason: "it is JSON data, not a web page" });
    expect(classifyPage("application/json; charset=utf-8", json, withJson)).toEqual({ ok: true, format: "json", contentType: "application/json" });
    expect(classifyPage("application/ld+json", json, withJson)).toEqual({ ok: true, format: "json", contentType: "application/ld+json" });
    expect(classifyPage(undefined, ascii(' [{"claimReviewed": "x"}]'), withJson)).toEqual({ ok: true, format: "json", contentType: "application/json" });
    expect(classifyPage(undefined, json)).toMatchObject({ ok: true, format: "text" });
    // Other JSON types and other files stay refused, saying what the caller wanted.
    expect(classifyPage("application/geo+json", json, withJson)).toEqual({ ok: false, reason: "it is JSON data, not a web page or JSON" });
    expect(classifyPage("application/pdf", json, withJson)).toEqual({ ok: false, reason: "it is a PDF, not a web page or JSON" });
    expect(classifyPage("application/json", ascii("%PDF-1.4\n"), withJson)).toEqual({ ok: false, reason: "it is a PDF, not a web page or JSON" });
  });

  it("reads an unlabelled response by its first bytes", () => {
    expect(classifyPage(undefined, ascii("\n  <!DOCTYPE html><p>x"))).toMatchObject({ ok: true, format: "html", contentType: "text/html" });
    expect(classifyPage("", ascii("Just some notes."))).toMatchObject({ ok: true, format: "text", contentType: "text/plain" });
    expect(classifyPage(undefined, ascii("%PDF-1.4"))).toMatchObject({ ok: false, reason: "it is a PDF, not a web page" });
  });
});

describe("charsets", () => {
  it("knows the labels TextDecoder knows, by their canonical names", () => {
    expect(knownCharset("latin1")).toBe("windows-1252");
    expect(knownCharset(" ISO-8859-6 ")).toBe("iso-8859-6");
    expect(knownCharset("cp1256")).toBe("windows-1256");
    expect(knownCharset("klingon")).toBeNull();
    expect(knownCharset(null)).toBeNull();
  });

  it("decodes the bytes each charset has its own characters on", () => {
    // windows-1252 as the web means it, not ISO-8859-1 (Node's TextDecoder reads it so).
    expect(decodeBytes(Uint8Array.of(0x80, 0x92, 0x93, 0x94, 0x96, 0x9c, 0xe9, 0xe0), "windows-1252")).toBe("€’“”–œéà");
    expect(decodeBytes(Uint8Array.of(0x81, 0x8d), "windows-1252")).toBe("\u0081\u008d");
    expect(decodeBytes(Uint8Array.of(0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x81, 0xa1), "windows-1256")).toBe("السلامپ،");
    expect(decodeBytes(Uint8Array.of(0xc7, 0xe4, 0xd3, 0xe4, 0xc7, 0xe5, 0xac), "iso-8859-6")).toBe("السلام،");
  });

  it("finds <meta charset> and http-equiv, but not in comments or scripts, nor past the scan", () => {
    expect(metaCharset(ascii('<html><head><meta charset="windows-1256"></head>'))).toBe("windows-1256");
    expect(metaCharset(ascii("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'>"))).toBe("iso-8859-6");
    expect(metaCharset(ascii("<meta charset=utf-16>"))).toBe("utf-8");
    expect(metaCharset(ascii('<!-- <meta charset="windows-1256"> --><meta charset="utf-8">'))).toBe("utf-8");
    expect(metaCharset(ascii('<script>var s = "<meta charset=windows-1256>";</script>'))).toBeNull();
    expect(metaCharset(ascii(`${" ".repeat(META_SCAN_BYTES)}<meta charset="windows-1256">`))).toBeNull();
    expect(metaCharset(ascii('<meta charset="klingon"><meta charset="windows-1252">'))).toBe("windows-1252");
  });

  it("takes the byte-order mark, then the header, then the meta (HTML only), then the bytes", () => {
    const meta = ascii('<meta charset="windows-1256"><p>x</p>');
    expect(detectCharset(Uint8Array.of(0xef, 0xbb, 0xbf, ...meta), "windows-1252", "html")).toBe("utf-8");
    expect(detectCharset(meta, "iso-8859-6", "html")).toBe("iso-8859-6");
    expect(detectCharset(meta, "klingon", "html")).toBe("windows-1256");
    expect(detectCharset(meta, null, "text")).toBe("utf-8");
    expect(detectCharset(ascii("Près"), null, "html")).toBe("utf-8");
    expect(detectCharset(Uint8Array.of(0x50, 0x72, 0xe8, 0x73), null, "html")).toBe("windows-1252");
  });

  it("decodes UTF-16 pages by their byte-order mark", () => {
    const utf16 = Uint8Array.of(0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0, 0x27, 0x06);
    expect(classifyPage("text/html", utf16)).toMatchObject({ ok: true });
    expect(decodePage(utf16, null, "html")).toEqual({ text: "<p>ا", charset: "utf-16le" });
  });
});
