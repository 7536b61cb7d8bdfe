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

  it("strips scripts, inline event handlers and javascript: links without being asked, and lists them as removed with their lines", async () => {
    const result = await readHtmlArticle(
      page({ head: "\n<script>track('visit')</script>", body: `<p onmouseover="x()">Hover text.</p><a href="javascript:alert(1)">x</a>${paragraphs(3)}` }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.removed).toEqual([
      { kind: "html-script", line: 5, text: "<script> track('visit')" },
      { kind: "html-script", line: 7, text: 'onmouseover="x()"' },
      { kind: "html-script", line: 7, text: 'href="javascript:alert(1)"' },
    ]);
    expect(result.article.text).not.toContain("track(");
    expect(result.article.text).toContain("Hover text.");
  });

  it("does not count JSON-LD data blocks as scripts", async () => {
    const result = await readHtmlArticle(page({ head: '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' }));
    expect(result.ok && result.article.removed).toEqual([]);
  });

  it("refuses a page whose text its scripts build, pointing at the clipper, unless the browser rendered it", async () => {
    const shell = `<!doctype html><html><head><title>Talks resume</title><script src="/app.js"></script></head><body><div id="root">Loading…</div></body></html>`;
    const result = await readHtmlArticle(shell);
    expect(result.ok ? "" : result.reason).toBe(
      "its text seems to be built by its scripts: once its script was removed (they are never run), only 1 word was left. " +
        'Open the page in your browser and use the "Clip to Claimbench" bookmarklet (offered on the import page): it takes the page as your browser shows it.',
    );
    // A clip is what the browser showed after the scripts ran: a short text is what the page holds.
    const clipped = await readHtmlArticle(shell.replace("Loading…", "<p>Talks resumed in Doha on Monday.</p>"), { rendered: true });
    expect(clipped.ok && clipped.article.text).toContain("Talks resumed in Doha on Monday.");
    // Without scripts, a short page is simply short.
    expect((await readHtmlArticle(page({ body: "<p>Talks resumed in Doha on Monday.</p>" }))).ok).toBe(true);
  });

  it("takes the author's name from a byline's markup, not the whole byline", async () => {
    const byline = '<p class="byline">By <a rel="author" href="/staff/omar">Omar Haddad</a>, Middle East correspondent, reporting from Erbil</p>';
    const result = await readHtmlArticle(page({ body: `${byline}${paragraphs(4)}` }).replace('<p class="byline">By Jane Roe</p>', ""));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.author).toBe("Omar Haddad");
  });

  it("refuses HTML with no readable text", async () => {
    for (const html of ["<html><body><div></div></body></html>", "<<<>>><", "<html><head><title>Broken page", "<html><head><title></title></head><body>   </body></html>"]) {
      const result = await readHtmlArticle(html);
      expect(result.ok ? "" : result.reason).toContain("no readable text");
    }
  });
});
