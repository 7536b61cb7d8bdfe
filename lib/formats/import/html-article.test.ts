import { describe, expect, it } from "vitest";
import { readHtmlArticle } from "./html-article";

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says that about ${1000 * (i + 1)} fighters remained in the city, according to officials who spoke on condition of anonymity.</p>`).join("\n");

const page = ({ head = "", body = paragraphs(4) } = {}) => `<!doctype html><html lang="en-GB"><head><title>Page title | Site</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2017-08-03T09:00:00+02:00">
<link rel="canonical" href="https://example.org/news/isis">${head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>ISIS loses ground</h1><p class="byline">By Jane Roe</p>${body}</article>
<footer>© 2017 The Daily Example. All rights reserved.</footer></body></html>`;

describe("readHtmlArticle", () => {
  it("reads the article's paragraphs as plain text, with the page's metadata", async () => {
    const result = await readHtmlArticle(page());
    if (!result.ok) throw new Error(result.reason);
    const { article } = result;
    expect(article).toMatchObject({ url: "https://example.org/news/isis", publisher: "The Daily Example", publishedAt: "2017-08-03", language: "en-GB" });
    expect(article.author).toBe("Jane Roe");
    const lines = article.text.split("\n\n");
    expect(lines[0]).toBe(article.title);
    expect(lines).toContain("Paragraph 1 of the report says that about 1000 fighters remained in the city, according to officials who spoke on condition of anonymity.");
    expect(article.text).not.toMatch(/[<>]/);
    expect(article.text).not.toContain("All rights reserved");
  });

  it("refuses a page with a script element, saying why and how to proceed", async () => {
    const result = await readHtmlArticle(page({ head: "<script>document.write('x')</script>" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("a <script> element");
    expect(result.reason).toContain("Strip scripts from HTML files");
  });

  it("refuses inline event handlers and javascript: links too", async () => {
    const handler = await readHtmlArticle(page({ body: `<p onclick="steal()">Click</p>${paragraphs(3)}` }));
    expect(handler.ok ? "" : handler.reason).toContain("onclick=");
    const link = await readHtmlArticle(page({ body: `<a href="javascript:alert(1)">x</a>${paragraphs(3)}` }));
    expect(link.ok ? "" : link.reason).toContain("javascript: link");
  });

  it("does not count JSON-LD data blocks as scripts", async () => {
    expect((await readHtmlArticle(page({ head: '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' }))).ok).toBe(true);
  });

  it("strips scripts on request and lists them as removed with their lines", async () => {
    const result = await readHtmlArticle(page({ head: "\n<script>track('visit')</script>", body: `<p onmouseover="x()">Hover text.</p>${paragraphs(3)}` }), { stripScripts: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.removed).toEqual([
      { kind: "html-script", line: 5, text: "<script> track('visit')" },
      { kind: "html-script", line: 7, text: 'onmouseover="x()"' },
    ]);
    expect(result.article.text).not.toContain("track(");
  });

  it("refuses HTML with no readable text", async () => {
    for (const html of ["<html><body><div></div></body></html>", "<<<>>><", "<html><head><title>Broken page", "<html><head><title></title></head><body>   </body></html>"]) {
      const result = await readHtmlArticle(html);
      expect(result.ok ? "" : result.reason).toContain("no readable text");
    }
  });
});
