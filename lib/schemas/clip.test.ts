import { describe, expect, it } from "vitest";
import { CLIP_MESSAGES } from "@/lib/domain/bookmarklet";
import { clipPageSchema, readClipMessage } from "./clip";

const NEWS = "https://news.example";
const message = (change: Record<string, unknown> = {}) => ({
  type: CLIP_MESSAGES.page,
  html: "<html><head><title>Siege</title></head><body><p>Text.</p></body></html>",
  url: `${NEWS}/2017/siege`,
  title: "Siege",
  selection: "Text.",
  ...change,
});

describe("readClipMessage: what the clip window accepts", () => {
  it("takes a whole page from the window that opened it, on that window's own origin", () => {
    expect(readClipMessage({ data: message(), origin: NEWS, fromOpener: true })).toEqual({
      kind: "page",
      page: { html: message().html, url: `${NEWS}/2017/siege`, title: "Siege", selection: "Text." },
    });
  });

  it("ignores anything that does not come from the opener, however well formed", () => {
    expect(readClipMessage({ data: message(), origin: NEWS, fromOpener: false })).toEqual({ kind: "ignored" });
  });

  it("ignores the opener's other messages (other types, not objects): pages and extensions post their own", () => {
    for (const data of [null, "claimbench-clip-page", 42, { type: "something-else" }, { type: CLIP_MESSAGES.ready }]) {
      expect(readClipMessage({ data, origin: NEWS, fromOpener: true })).toEqual({ kind: "ignored" });
    }
  });

  it("refuses a page that claims an address on another origin: a page can only clip itself", () => {
    const verdict = readClipMessage({ data: message({ url: "https://bank.example/statement" }), origin: NEWS, fromOpener: true });
    expect(verdict).toEqual({ kind: "refused", reason: expect.stringContaining("A page can only clip itself") });
    // The same host on another port or scheme is another origin.
    expect(readClipMessage({ data: message({ url: "http://news.example/2017/siege" }), origin: NEWS, fromOpener: true }).kind).toBe("refused");
  });

  it("refuses addresses that are not http(s), and messages missing a part, saying what to do", () => {
    const bad = readClipMessage({ data: message({ url: "javascript:alert(1)" }), origin: NEWS, fromOpener: true });
    expect(bad).toEqual({ kind: "refused", reason: "Only web addresses starting with http:// or https:// are accepted." });
    const partial = readClipMessage({ data: message({ html: undefined }), origin: NEWS, fromOpener: true });
    expect(partial).toEqual({ kind: "refused", reason: expect.stringContaining("Click the bookmarklet again") });
    const empty = readClipMessage({ data: message({ html: "   " }), origin: NEWS, fromOpener: true });
    expect(empty).toEqual({ kind: "refused", reason: "The page's HTML is empty: clip a page that has loaded." });
  });
});

describe("clipPageSchema: what the import takes", () => {
  it("needs html and an http(s) url; title and selection are optional", () => {
    expect(clipPageSchema.safeParse({ html: "<p>x</p>", url: `${NEWS}/a` }).success).toBe(true);
    const parsed = clipPageSchema.safeParse({ html: "<p>x</p>", url: "ftp://news.example/a" });
    expect(parsed.success).toBe(false);
    expect(clipPageSchema.safeParse({ url: `${NEWS}/a` }).error?.issues[0]).toMatchObject({ path: ["html"], message: "Send the page's HTML as a string in html." });
    expect(clipPageSchema.safeParse({ html: "<p>x</p>", url: `${NEWS}/a`, selection: "x".repeat(20_001) }).success).toBe(false);
  });
});
