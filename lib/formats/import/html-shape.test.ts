import { describe, expect, it } from "vitest";
import { HTML_LIMITS, htmlShapeProblem, measureHtml } from "./html-shape";

const doc = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

describe("measureHtml", () => {
  it("counts a page's elements and how deep they nest, as the parser would build them", () => {
    // html > body > article > div > p > b
    expect(measureHtml(doc("<article><div><p>One <b>two</b></p><p>Three<br>four<img src=x></p></div></article>"))).toEqual({ elements: 11, depth: 6 });
  });

  it("does not deepen on elements a parser closes by itself: unclosed paragraphs, list items, cells", () => {
    const unclosed = doc(`<article>${"<p>A paragraph left open".repeat(500)}<ul>${"<li>item".repeat(300)}</ul><table>${"<tr><td>a<td>b".repeat(200)}</table></article>`);
    expect(measureHtml(unclosed).depth).toBeLessThan(10);
  });

  it("counts <div/> as opening a div, as HTML does, but a self-closed SVG element as closed", () => {
    expect(measureHtml(doc("<div/>".repeat(300))).depth).toBeGreaterThan(300);
    expect(measureHtml(doc(`<svg>${'<path d="M0 0"/>'.repeat(300)}</svg>`)).depth).toBe(3);
  });

  it("reads no markup inside scripts, styles, comments and quoted attribute values", () => {
    const page = doc(`<script>if (a < b) document.write("<div><div><div>")</script><style>a>b{}</style><!-- <div><div> --><p title="a > <div>">x</p>`);
    expect(measureHtml(page)).toEqual({ elements: 7, depth: 3 });
  });
});

describe("htmlShapeProblem", () => {
  it("lets an ordinary article page through", async () => {
    expect(await htmlShapeProblem(doc(`<article><h1>Title</h1>${"<p>A paragraph of the article.</p>".repeat(200)}</article>`))).toBeNull();
  });

  it("refuses a page nested 60,000 deep, saying how deep and that no article page is", async () => {
    const nested = doc(`${"<div>".repeat(60_000)}x${"</div>".repeat(60_000)}`);
    expect(await htmlShapeProblem(nested)).toBe(
      "it nests elements 60,002 deep; no article page does (they nest a few dozen deep, and pages up to 200 deep are read). " +
        "Save the article's text from your browser (or copy it) and import that instead.",
    );
  });

  it("refuses a page of too many elements, with their number, letting the event loop turn while it counts", async () => {
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const problem = await htmlShapeProblem(doc("<p>A short paragraph.</p>".repeat(400_000)));
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
    expect(problem).toMatch(/^it has 400,004 elements; no article page does \(a long one has a few thousand, and pages of up to 30,000 are read\)/);
  });

  it("refuses a page over the size limit before counting anything", async () => {
    expect(await htmlShapeProblem(doc(`<p>${"x".repeat(HTML_LIMITS.maxBytes)}</p>`))).toMatch(/^it is 10 MB of HTML, over the limit of 10 MB for one page/);
  });
});
