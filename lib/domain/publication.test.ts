import { describe, expect, it } from "vitest";
import {
  citability, defaultHeadline, publicBaseUrl, publicBaseUrlProblem, publicFactCheckUrl, publicUrlProblem, publisherLogoUrlProblem, quoteContext, textDirection,
} from "./publication";

describe("which evidence may be cited", () => {
  it("cites a source with a public http(s) address, or an article of the workspace that has one", () => {
    expect(citability({ kind: "DATASET", url: "https://data.example.org/census" })).toEqual({ citable: true, url: "https://data.example.org/census" });
    expect(citability({ kind: "ARTICLE", url: null, articleUrl: "https://news.example.com/isis-ends" })).toEqual({ citable: true, url: "https://news.example.com/isis-ends" });
  });

  it("refuses, saying why, what a reader could not open", () => {
    const reason = (source: Parameters<typeof citability>[0]) => {
      const result = citability(source);
      return result.citable ? null : result.reason;
    };
    expect(reason({ kind: "STATEMENT", url: null })).toBe("This source cannot be cited: it has no web address, so readers could not open it.");
    expect(reason({ kind: "ARTICLE", url: null, articleUrl: null })).toBe("This article of the workspace cannot be cited: it has no web address, so readers could not open it.");
    expect(reason({ kind: "DOCUMENT", url: "file:///C:/report.pdf" })).toMatch(/not a web \(http or https\) address/);
    expect(reason({ kind: "WEB_PAGE", url: "http://192.168.1.20/intranet" })).toMatch(/private network address/);
    expect(reason({ kind: "WEB_PAGE", url: "http://localhost:3000/x" })).toMatch(/local name/);
    expect(reason({ kind: "WEB_PAGE", url: "http://wiki/page" })).toMatch(/local name/);
  });

  it("tells a public address from others", () => {
    expect(publicUrlProblem("https://www.example.org/a?b=c")).toBeNull();
    expect(publicUrlProblem("https://[::1]/")).toMatch(/this server itself/);
    expect(publicUrlProblem("javascript:alert(1)")).toMatch(/not a web/);
  });
});

describe("the claim's text direction", () => {
  it("is right to left for Arabic, Hebrew, Persian and Urdu, whatever the letters", () => {
    for (const language of ["ar", "he", "fa", "ur", "ar-SY", "FA"]) expect(textDirection(language, "IS ruled 12 million")).toBe("rtl");
  });

  it("follows the letters when the language is unknown or another one", () => {
    expect(textDirection(null, "حكم التنظيم 12 مليون شخص")).toBe("rtl");
    expect(textDirection("en", "حكم التنظيم 12 مليون شخص في 2014")).toBe("rtl");
    expect(textDirection(null, "IS ruled 12 million people (حكم)")).toBe("ltr");
    expect(textDirection(null, "12 000 000")).toBe("ltr");
  });
});

describe("the quote's context", () => {
  const text = "Raqqa fell in October. At its height, the group ruled over a population of around 12 million people in Iraq and Syria. Then it lost Mosul.\nA new paragraph.";
  const span = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const;

  it("reaches back to the sentence's start and on to its end, within the paragraph", () => {
    expect(quoteContext(text, ...span("a population of around 12 million"))).toEqual({ before: "At its height, the group ruled over ", after: " people in Iraq and Syria." });
    expect(quoteContext(text, ...span("Then it lost Mosul"))).toEqual({ before: "", after: "." });
  });

  it("cuts a long sentence at about 160 characters, at a word, marking the cut", () => {
    const long = `${"word ".repeat(60)}THE QUOTE ${"more ".repeat(60)}end.`;
    const start = long.indexOf("THE QUOTE");
    const { before, after } = quoteContext(long, start, start + 9);
    expect(before.startsWith("…word")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(161);
    expect(after.endsWith("more…")).toBe(true);
    expect(after.length).toBeLessThanOrEqual(161);
  });
});

describe("defaults and addresses", () => {
  it("makes a headline from the statement, cut at a word when long", () => {
    expect(defaultHeadline("  IS ruled about\n12 million people ")).toBe("IS ruled about 12 million people");
    const headline = defaultHeadline("The group ruled over a population of around twelve million people in Iraq and Syria at the height of its territorial control in 2015");
    expect(headline.length).toBeLessThanOrEqual(110);
    expect(headline).toMatch(/ in…$|[a-z]…$/);
    expect(headline.endsWith(" …")).toBe(false);
  });

  it("puts the public page at /p/{workspace}/{id} of the right base", () => {
    expect(publicFactCheckUrl("https://checks.example.org/", "isis-desk", "0190-ab")).toBe("https://checks.example.org/p/isis-desk/0190-ab");
    expect(publicBaseUrl({ instance: "https://public.example", workspace: "https://desk.example", app: "http://localhost:3000" })).toBe("https://public.example");
    expect(publicBaseUrl({ instance: null, workspace: "https://desk.example/", app: "http://localhost:3000" })).toBe("https://desk.example");
    expect(publicBaseUrl({ instance: null, workspace: null, app: "http://localhost:3000" })).toBe("http://localhost:3000");
  });
});

describe("the publisher settings", () => {
  it("takes an https logo address only", () => {
    expect(publisherLogoUrlProblem("https://example.org/logo.png")).toBeNull();
    expect(publisherLogoUrlProblem("http://example.org/logo.png")).toMatch(/must start with https:\/\//);
    expect(publisherLogoUrlProblem("logo.png")).toMatch(/full address/);
    expect(publisherLogoUrlProblem("javascript:alert(1)")).toMatch(/must start with https:\/\//);
  });

  it("takes an http(s) origin as the public base URL, without a path", () => {
    expect(publicBaseUrlProblem("https://checks.example.org")).toBeNull();
    expect(publicBaseUrlProblem("http://checks.example.org:8080/")).toBeNull();
    expect(publicBaseUrlProblem("https://checks.example.org/fact-checks")).toBe("Enter the origin only, https://checks.example.org, without a path, query or #: fact-checks are published at /p/… of it.");
    expect(publicBaseUrlProblem("ftp://checks.example.org")).toMatch(/must start with https:\/\//);
    expect(publicBaseUrlProblem("checks.example.org")).toMatch(/origin, such as/);
  });
});
