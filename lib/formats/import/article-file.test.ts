import { describe, expect, it } from "vitest";
import { hashBody } from "../body-hash";
import { articleFormatOf, prepareArticleFile } from "./article-file";

const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { maxBytes: 1024 };
const prepare = (name: string, text: string | Uint8Array, extra = {}) =>
  prepareArticleFile({ name, bytes: typeof text === "string" ? utf8(text) : text }, { ...options, ...extra });
const reasonOf = async (pending: ReturnType<typeof prepare>) => {
  const result = await pending;
  return result.ok ? "imported" : result.reason;
};

const TEXT = "ISIS loses ground\nBy Jane Roe\n3 min read\n\nThe group held about 31,000 fighters in 2014.\n\nShare this article\n";

describe("prepareArticleFile", () => {
  it("cleans a text file like the seeds, reporting what it removed and where it stood", async () => {
    const result = await prepare("isis.txt", TEXT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article).toMatchObject({ title: "ISIS loses ground", author: "Jane Roe", body: "The group held about 31,000 fighters in 2014.", importFormat: "txt", importFileName: "isis.txt" });
    expect(result.article.bodyHash).toBe(hashBody(result.article.body));
    expect(result.article.removed.filter((r) => r.kind !== "whitespace")).toEqual([
      { kind: "byline", line: 2, text: "By Jane Roe", at: 0 },
      { kind: "furniture", line: 3, text: "3 min read", at: 0 },
      { kind: "share", line: 7, text: "Share this article", at: 45 },
    ]);
  });

  it("recognises formats by extension, case-insensitively", async () => {
    expect(["a.TXT", "b.md", "c.markdown", "d.HTM", "e.html", "f.pdf", "noext"].map(articleFormatOf)).toEqual(["txt", "md", "md", "html", "html", null, null]);
  });

  it.each([
    ["report.pdf", "x", ".pdf files are not imported as articles"],
    ["empty.txt", "", "it is empty."],
    ["blank.md", "  \n\t\n ", "it holds only whitespace."],
    ["fake.html", "%PDF-1.4 binary", "it is a PDF document, not a text file"],
    ["archive.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "it is a ZIP archive"],
    ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), "not valid UTF-8"],
    ["page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "Rename it to .html"],
    ["junk.txt", "Share this article\n3 min read\n", "nothing is left of it"],
  ])("refuses %s with a reason", async (name, content, reason) => {
    expect(await reasonOf(prepare(name, content))).toContain(reason);
  });

  it("states the limit when a file is too large", async () => {
    expect(await reasonOf(prepare("big.txt", "x".repeat(2048)))).toBe("it is 2 KB, over the upload limit of 1 KB per file. Split it, or ask your administrator to raise the limit.");
  });

  it.each([
    ["long.txt", `Long report\n\n${"The count rose again. ".repeat(140_000)}`, 3_080_013],
    ["long.md", `# Long report\n\n${"The count **rose** again. ".repeat(120_000)}`, 3_120_015],
  ])("refuses %s of over 2,000,000 characters, naming its length and the limit", async (name, text, length) => {
    expect(await reasonOf(prepare(name, text, { maxBytes: 20 * 1024 * 1024 }))).toBe(
      `it has ${length.toLocaleString("en")} characters, over the limit of 2,000,000 characters for one article. Split it into parts and import each.`,
    );
  });

  it("applies the limit to an HTML page's text as read, not to its markup", async () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p data-tracking="${"t".repeat(200)}">${"Word ".repeat(100)}${i}</p>`).join("");
    const page = (n: number) => `<html><head><title>Long</title></head><body><article>${paragraphs(n)}</article></body></html>`;
    expect(page(3_500).length).toBeGreaterThan(2_000_000);
    expect(await reasonOf(prepare("markup.html", page(3_500), { maxBytes: 20 * 1024 * 1024 }))).toBe("imported");
    expect(await reasonOf(prepare("text.html", page(4_500), { maxBytes: 20 * 1024 * 1024 }))).toMatch(/^it has 2,\d{3},\d{3} characters, over the limit of 2,000,000 characters for one article\./);
  }, 120_000);

  it("lets form metadata win over what the text says, and drops the text's copy of a given title", async () => {
    const result = await prepareArticleFile({ name: "Pasted text", bytes: utf8(TEXT) }, options, { title: "ISIS loses ground", author: "Desk", publishedAt: "2017-08-03", language: "EN-us" }, "paste");
    if (!result.ok) throw new Error(result.reason);
    expect(result.article).toMatchObject({ title: "ISIS loses ground", author: "Desk", language: "en", importFormat: "paste", importFileName: null });
    expect(result.article.publishedAt?.toISOString()).toBe("2017-08-03T00:00:00.000Z");
    expect(result.article.removed.some((r) => r.kind === "duplicate-title" && r.text === "ISIS loses ground")).toBe(true);
  });

  it("reads markdown and HTML to the same plain text", async () => {
    const md = await prepare("a.md", "# Fighters\n\nThe group had **about 31,000** fighters in [2014](https://x.org).");
    const html = await prepare("a.html", "<html><head><title>Fighters</title></head><body><article><h1>Fighters</h1><p>The group had <b>about 31,000</b> fighters in <a href='https://x.org'>2014</a>.</p></article></body></html>");
    if (!md.ok || !html.ok) throw new Error("not imported");
    expect(md.article.body).toBe("The group had about 31,000 fighters in 2014.");
    expect(html.article.body).toBe(md.article.body);
    expect(html.article.title).toBe("Fighters");
  });
});
