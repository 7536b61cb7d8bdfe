import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { encodeSingleByte, startLocalServer, type LocalServer } from "@test-support/local-http-server";
import { fetchPage } from "./fetch-page";
import { USER_AGENT } from "./http-get";

// The fetcher against local web servers: what a fetched page holds, and how each charset and
// encoding a news site may use comes out. The refusals are in fetch-safety.test.ts.

const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
let server: LocalServer;
const pages = new Map<string, { status?: number; headers: Record<string, string>; body: Uint8Array | string }>();

beforeEach(async () => {
  pages.clear();
  server = await startLocalServer((request, response) => {
    const page = pages.get(request.url ?? "");
    if (!page) return void response.writeHead(404).end("no such page");
    response.writeHead(page.status ?? 200, page.headers).end(page.body);
  });
  process.env.CLAIMBENCH_FETCH_ALLOW = server.hostPort;
});
afterEach(async () => {
  delete process.env.CLAIMBENCH_FETCH_ALLOW;
  await server.close();
});

const ARTICLE = "<!doctype html><html><head><title>Aleppo</title></head><body><article><p>About 12 million people lived there.</p></article></body></html>";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  return (error as AppError).details?.fieldErrors?.url?.[0] ?? "";
}

describe("fetchPage", () => {
  it("fetches a page with its status, type, charset, bytes as received and final URL", async () => {
    pages.set("/story", { headers: { "content-type": "text/html; charset=utf-8" }, body: ARTICLE });
    const page = await fetchPage(`${server.origin}/story#comments`);
    expect(page).toMatchObject({
      method: "FETCH",
      requestedUrl: `${server.origin}/story#comments`,
      finalUrl: `${server.origin}/story`,
      httpStatus: 200,
      contentType: "text/html",
      charset: "utf-8",
      text: ARTICLE,
    });
    expect(sha256Hex(page.bytes)).toBe(sha256Hex(new TextEncoder().encode(ARTICLE)));
    expect(page.capturedAt).toBeInstanceOf(Date);
  });

  it("names Claimbench and its version, asks for pages, and sends no cookie or credentials", async () => {
    pages.set("/story", { headers: { "content-type": "text/html", "set-cookie": "session=1" }, body: ARTICLE });
    await fetchPage(`${server.origin}/story`);
    await fetchPage(`${server.origin}/story`);
    const [first, second] = server.received;
    expect(first?.headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Claimbench\/\d+\.\d+\.\d+ \(\+fact-check workbench\)$/);
    expect(first?.headers.accept).toContain("text/html");
    expect(first?.headers.host).toBe(server.hostPort);
    // The cookie the server set the first time is not sent back the second.
    expect(second?.headers.cookie).toBeUndefined();
    expect(second?.headers.authorization).toBeUndefined();
  });

  it("follows redirects, relative ones included, and answers the final URL", async () => {
    pages.set("/a", { status: 301, headers: { location: "/b?x=1" }, body: "" });
    pages.set("/b?x=1", { status: 302, headers: { location: `${server.origin}/c/` }, body: "" });
    pages.set("/c/", { status: 307, headers: { location: "../story" }, body: "" });
    pages.set("/story", { headers: { "content-type": "text/html" }, body: ARTICLE });
    const page = await fetchPage(`${server.origin}/a`);
    expect(page.requestedUrl).toBe(`${server.origin}/a`);
    expect(page.finalUrl).toBe(`${server.origin}/story`);
    expect(server.received.map((hit) => hit.path)).toEqual(["/a", "/b?x=1", "/c/", "/story"]);
  });

  it("decompresses gzip and brotli pages; the capture holds the page, not the compressed bytes", async () => {
    pages.set("/gz", { headers: { "content-type": "text/html", "content-encoding": "gzip" }, body: gzipSync(ARTICLE) });
    pages.set("/br", { headers: { "content-type": "text/html", "content-encoding": "br" }, body: brotliCompressSync(ARTICLE) });
    for (const path of ["/gz", "/br"]) {
      const page = await fetchPage(`${server.origin}${path}`);
      expect(page.text).toBe(ARTICLE);
      expect(page.bytes.byteLength).toBe(new TextEncoder().encode(ARTICLE).byteLength);
    }
    expect(server.received[0]?.headers["accept-encoding"]).toBe("gzip, br");
  });

  it("refuses a page whose compressed body is damaged or in an encoding it cannot read", async () => {
    pages.set("/bad", { headers: { "content-type": "text/html", "content-encoding": "gzip" }, body: gzipSync(ARTICLE).subarray(0, 40) });
    pages.set("/zstd", { headers: { "content-type": "text/html", "content-encoding": "zstd" }, body: "whatever" });
    expect(await refusal(fetchPage(`${server.origin}/bad`))).toBe("its compressed content is damaged");
    expect(await refusal(fetchPage(`${server.origin}/zstd`))).toBe("it is compressed with zstd, which Claimbench cannot read");
  });

  it("reads plain text as text and an unlabelled page by its first bytes", async () => {
    pages.set("/notes.txt", { headers: { "content-type": "text/plain" }, body: "Notes from Aleppo." });
    pages.set("/unlabelled", { headers: {}, body: ARTICLE });
    expect(await fetchPage(`${server.origin}/notes.txt`)).toMatchObject({ contentType: "text/plain", text: "Notes from Aleppo." });
    expect(await fetchPage(`${server.origin}/unlabelled`)).toMatchObject({ contentType: "text/html", text: ARTICLE });
  });

  it("refuses a PDF by its type, and by its first bytes when served as text/html", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    pages.set("/report.pdf", { headers: { "content-type": "application/pdf" }, body: pdf });
    pages.set("/report", { headers: { "content-type": "text/html; charset=utf-8" }, body: pdf });
    pages.set("/photo", { headers: { "content-type": "text/html" }, body: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0) });
    expect(await refusal(fetchPage(`${server.origin}/report.pdf`))).toBe("it is a PDF, not a web page");
    expect(await refusal(fetchPage(`${server.origin}/report`))).toBe("it is a PDF, not a web page");
    expect(await refusal(fetchPage(`${server.origin}/photo`))).toBe("it is a PNG image, not a web page");
  });

  it("refuses JSON to an article import, and reads it for a caller that accepts it, asking for it", async () => {
    const review = JSON.stringify({ "@type": "ClaimReview", claimReviewed: "About 12 million people lived there." });
    pages.set("/review.json", { headers: { "content-type": "application/json" }, body: review });
    pages.set("/review.jsonld", { headers: { "content-type": "application/ld+json; charset=utf-8" }, body: review });
    expect(await refusal(fetchPage(`${server.origin}/review.json`))).toBe("it is JSON data, not a web page");
    expect(await refusal(fetchPage(`${server.origin}/review.jsonld`))).toBe("it is JSON data, not a web page");
    expect(server.received[0]?.headers.accept).not.toContain("json");

    const accept = ["html", "json", "text"] as const;
    expect(await fetchPage(`${server.origin}/review.json`, { accept })).toMatchObject({ contentType: "application/json", charset: "utf-8", text: review });
    expect(await fetchPage(`${server.origin}/review.jsonld`, { accept })).toMatchObject({ contentType: "application/ld+json", text: review });
    expect(server.received.at(-1)?.headers.accept).toContain("application/ld+json");
    // A caller that takes JSON still gets no PDF.
    pages.set("/report.pdf", { headers: { "content-type": "application/pdf" }, body: "%PDF-1.7\n" });
    expect(await refusal(fetchPage(`${server.origin}/report.pdf`, { accept }))).toBe("it is a PDF, not a web page or JSON");
  });

  it("refuses a final status other than 2xx, naming it", async () => {
    pages.set("/gone", { status: 410, headers: { "content-type": "text/html" }, body: ARTICLE });
    expect(await refusal(fetchPage(`${server.origin}/missing`))).toBe("the server answered 404 Not Found");
    expect(await refusal(fetchPage(`${server.origin}/gone`))).toBe("the server answered 410 Gone");
  });
});

describe("fetchPage charsets", () => {
  const arabic = "قال المرصد إن نحو 12 مليون شخص عاشوا في المناطق التي سيطر عليها التنظيم، «بحسب» التقرير.";
  const french = "Près de 12 millions de personnes vivaient là, selon l’Observatoire — « un cœur » à 5 €.";
  const html = (body: string, head = "") => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

  it("decodes a windows-1256 Arabic page by the header's charset", async () => {
    pages.set("/ar", { headers: { "content-type": "text/html; charset=windows-1256" }, body: encodeSingleByte(html(arabic), "windows-1256") });
    const page = await fetchPage(`${server.origin}/ar`);
    expect(page.charset).toBe("windows-1256");
    expect(page.text).toContain(arabic);
  });

  it("decodes a windows-1256 page whose charset only its <meta> names", async () => {
    const body = encodeSingleByte(html(arabic, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), "windows-1256");
    pages.set("/ar-meta", { headers: { "content-type": "text/html" }, body });
    expect((await fetchPage(`${server.origin}/ar-meta`)).text).toContain(arabic);
  });

  it("decodes an ISO-8859-6 Arabic page, by header and by <meta charset>", async () => {
    const plainArabic = "قال المرصد إن نحو 12 مليون شخص عاشوا هناك؛ هل هذا صحيح؟";
    pages.set("/iso", { headers: { "content-type": "text/html; charset=ISO-8859-6" }, body: encodeSingleByte(html(plainArabic), "iso-8859-6") });
    pages.set("/iso-meta", { headers: { "content-type": "text/html" }, body: encodeSingleByte(html(plainArabic, '<meta charset="iso-8859-6">'), "iso-8859-6") });
    for (const path of ["/iso", "/iso-meta"]) {
      const page = await fetchPage(`${server.origin}${path}`);
      expect(page.charset).toBe("iso-8859-6");
      expect(page.text).toContain(plainArabic);
    }
  });

  it("decodes a windows-1252 French page by header, by meta, and by its bytes when nothing says", async () => {
    const bytes = (head = "") => encodeSingleByte(html(french, head), "windows-1252");
    pages.set("/fr", { headers: { "content-type": "text/html; charset=windows-1252" }, body: bytes() });
    pages.set("/fr-meta", { headers: { "content-type": "text/html" }, body: bytes('<meta charset="iso-8859-1">') });
    pages.set("/fr-bare", { headers: { "content-type": "text/html" }, body: bytes() });
    for (const path of ["/fr", "/fr-meta", "/fr-bare"]) {
      const page = await fetchPage(`${server.origin}${path}`);
      expect(page.charset, path).toBe("windows-1252");
      expect(page.text, path).toContain(french);
    }
  });

  it("passes over a charset label it does not know and reads the meta or the bytes instead", async () => {
    pages.set("/odd", { headers: { "content-type": "text/html; charset=klingon" }, body: html(french) });
    const page = await fetchPage(`${server.origin}/odd`);
    expect(page).toMatchObject({ charset: "utf-8" });
    expect(page.text).toContain(french);
  });
});
