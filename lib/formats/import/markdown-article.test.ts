import { describe, expect, it } from "vitest";
import { markdownToParagraphs, readMarkdownArticle, stripInline } from "./markdown-article";

describe("stripInline", () => {
  it("keeps the words of links, emphasis and code, and drops the marks", () => {
    expect(stripInline("The **UN** said [in a report](https://example.org/a_(b)) that *about* `12%` fled_here ~~no~~")).toBe(
      "The UN said in a report that about 12% fled_here no",
    );
  });

  it("keeps an image's alt text, drops inline HTML and unescapes", () => {
    expect(stripInline('![Map of Raqqa](map.png) <span class="x">shown</span> 3\\*4')).toBe("Map of Raqqa shown 3*4");
  });
});

describe("markdownToParagraphs", () => {
  it("joins soft-wrapped lines and splits blocks", () => {
    const md = ["# Heading", "", "First line", "continues here.", "", "- item one", "- item two", "1. numbered", "", "> quoted", "> text", "", "---", "Last."].join("\n");
    expect(markdownToParagraphs(md)).toEqual(["Heading", "First line continues here.", "item one", "item two", "1. numbered", "quoted text", "Last."]);
  });

  it("keeps code blocks line by line without fences, and setext headings", () => {
    expect(markdownToParagraphs("Title\n=====\n\n```js\nconst x = 1;\n```\nAfter")).toEqual(["Title", "const x = 1;", "After"]);
  });

  it("turns table rows into lines and drops the divider", () => {
    expect(markdownToParagraphs("| Year | Fighters |\n|---|---:|\n| 2014 | 31,000 |")).toEqual(["Year · Fighters", "2014 · 31,000"]);
  });

  it("drops link reference definitions", () => {
    expect(markdownToParagraphs("See [the report][r].\n\n[r]: https://example.org")).toEqual(["See the report."]);
  });
});

describe("readMarkdownArticle", () => {
  it("takes metadata from front matter and puts the title first", () => {
    const article = readMarkdownArticle('---\ntitle: "ISIS loses ground"\nauthor: Jane Roe\ndate: 2017-08-03\nurl: https://example.org/a\nlang: en\n---\n\nBody **text**.\r\n');
    expect(article).toMatchObject({ title: "ISIS loses ground", author: "Jane Roe", publishedAt: "2017-08-03", url: "https://example.org/a", language: "en" });
    expect(article.text).toBe("ISIS loses ground\n\nBody text.");
  });

  it("leaves the title to the cleaner when there is no front matter", () => {
    expect(readMarkdownArticle("# A title\n\nText.").text).toBe("A title\n\nText.");
  });
});
