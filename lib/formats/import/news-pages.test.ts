// Saved news pages as a reviewer would upload them (scripts, ads, captions, bylines, share buttons,
// a technical article's code samples): what the article's text and its "Cleaned on import" list show.
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isCleanedLine, isRestorable, restoreRemoved } from "@/lib/domain/restore-removed";
import { cleanArticleText, countWords } from "../clean-article-text";
import { prepareArticleFile, type PreparedArticle } from "./article-file";

const PAGES = path.join(import.meta.dirname, "../../../scripts/test-support/news-pages");
const read = (name: string) => readFileSync(path.join(PAGES, name));

async function imported(name: string): Promise<PreparedArticle> {
  const result = await prepareArticleFile({ name, bytes: read(name) }, { maxBytes: 10_000_000 });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

/** The list a person sees under "Cleaned on import", scripts apart: [kind, text]. */
const shown = (article: PreparedArticle) => article.removed.filter((item) => isCleanedLine(item) && item.kind !== "html-script").map((item) => [item.kind, item.text]);
const scripts = (article: PreparedArticle) => article.removed.filter((item) => item.kind === "html-script");

describe("a world news page (scripts, an inline sponsored unit, captions, a byline, share links)", () => {
  it("keeps the article's paragraphs, and moves its furniture to the removed items by the page's markup", async () => {
    const article = await imported("world-mosul-returns.html");
    expect(article).toMatchObject({ title: "Families return to west Mosul as aid falls short", author: "Jane Roe", publisher: "The Northern Dispatch", language: "en" });
    // The section label and the standfirst open the text; then every paragraph of the story, nothing between them.
    const story = [...new JSDOM(read("world-mosul-returns.html")).window.document.querySelectorAll(".article-body > p:not([class])")].map((p) => p.textContent);
    expect(story).toHaveLength(8);
    expect(article.body.split("\n\n")).toEqual(["Iraq", "Aid agencies say they cannot keep up with the pace of returns to the city's west bank.", ...story]);
    expect(shown(article)).toEqual([
      ["byline", "By Jane Roe in Erbil · Thu 3 Aug 2017 07.30 BST"],
      ["share", "Facebook"],
      ["share", "Twitter"],
      ["share", "Email"],
      ["caption", "Families queue for water in west Mosul on Tuesday. Photograph: Omar Haddad/The Northern Dispatch"],
      ["ad", "Sponsored: Five ways to protect your home from summer heat – Partner content from CoolAir"],
      ["caption", "Shops on the road to the Fifth Bridge reopened in July. Photograph: AFP"],
    ]);
    for (const [, text] of shown(article)) expect(article.body).not.toContain(text);
    expect(scripts(article).map((item) => item.text)).toEqual([
      expect.stringContaining("gtm.start"),
      '<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js">',
      expect.stringContaining("googletag.cmd.push"),
      'onclick="toggleMenu()"',
      '<script src="/assets/js/article.8c1e3d.js">',
    ]);
  });

  it("puts a caption back where the photo stood", async () => {
    const article = await imported("world-mosul-returns.html");
    const index = article.removed.findIndex((item) => item.kind === "caption");
    expect(isRestorable(article.removed[index]!)).toBe(true);
    const { body } = restoreRemoved(article.body, article.removed, new Set([index]));
    expect(body).toContain("far faster than aid agencies had planned for.\n\nFamilies queue for water in west Mosul on Tuesday.");
    expect(body).toContain("Photograph: Omar Haddad/The Northern Dispatch\n\nMany are going back to houses");
  });
});

describe("a technical article with code samples", () => {
  const html = read("tech-node-test-runner.html").toString("utf8");

  it("keeps every word of the article, its code samples included", async () => {
    const article = await imported("tech-node-test-runner.html");
    const content = new JSDOM(html).window.document.querySelector(".post-content")!;
    for (const furniture of content.querySelectorAll("figcaption, .advert-label, ins, script")) furniture.remove();
    expect(countWords(article.body)).toBe(countWords(content.textContent ?? ""));
    for (const line of ['test("adds the VAT to a price", () => {', "});", 'if (send.mock.callCount() === 0) throw new Error("timeout");', ".report .failed { color: #b00020; }", "@media (prefers-color-scheme: dark) { .report { background: #111; color: #eee; } }"]) {
      expect(article.body.split("\n\n")).toContain(line);
    }
    expect(shown(article)).toEqual([
      ["caption", "The runner's default reporter lists each test with its duration. Image: DevWire"],
      ["ad", "Advertisement"],
    ]);
    expect(article).toMatchObject({ author: "Sam Patel", publisher: "DevWire" });
  });

  it("still drops the same code lines from a plain-text capture, where they are leftovers of the page's scripts", () => {
    const cleaned = cleanArticleText(["Node.js 20 test runner", "The runner is stable.", "});", ".report .failed { color: #b00020; }", "Upgrading is painless."].join("\n"));
    expect(cleaned.body).toBe("The runner is stable.\n\nUpgrading is painless.");
    expect(cleaned.removed.map((item) => item.kind)).toEqual(["script", "css"]);
  });
});

describe("a French regional news page", () => {
  it("moves out the byline, the caption and the ad label, and takes the author from the byline's markup", async () => {
    const article = await imported("fr-lyon-pont.html");
    expect(article).toMatchObject({ author: "Marie Dupont", publisher: "Le Courrier du Rhône", language: "fr" });
    expect(article.body.split("\n\n")).toHaveLength(5);
    expect(article.body).toMatch(/^La métropole de Lyon a fermé mardi après-midi le pont de la Mulatière/);
    expect(shown(article)).toEqual([
      ["byline", "Par — 12 mars 2024 à 18h45"],
      ["caption", "Le pont de la Mulatière, fermé depuis mardi. (Photo : Jean Martin/Le Courrier du Rhône)"],
      ["ad", "Publicité"],
    ]);
  });
});

describe("a page whose text its scripts build", () => {
  it("is refused with a pointer to the clipper", async () => {
    const result = await prepareArticleFile({ name: "app-shell.html", bytes: read("app-shell.html") }, { maxBytes: 10_000_000 });
    expect(result.ok ? "" : result.reason).toMatch(/^its text seems to be built by its scripts: once its 3 scripts were removed .*"Clip to Claimbench" bookmarklet/);
  });
});

describe("what is counted as cleaned away", () => {
  it("never counts a blank line", async () => {
    const article = await imported("tech-node-test-runner.html");
    expect(article.removed.some((item) => item.kind === "whitespace")).toBe(true);
    expect(article.removed.filter(isCleanedLine).map((item) => item.kind)).not.toContain("whitespace");
    const clean = cleanArticleText("A title\n\n\nOne paragraph.\n\n\n\nAnother one.\n");
    expect(clean.removed.filter(isCleanedLine)).toEqual([]);
  });
});
