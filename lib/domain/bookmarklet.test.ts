import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { bookmarkletScript, clipBookmarklet, clipBookmarkletSource, CLIP_MESSAGES, CLIP_WINDOW_NAME, POPUP_BLOCKED_MESSAGE } from "./bookmarklet";

const APP = "https://claims.example.org";

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** A news page as the bookmarklet sees it: the window it runs in, with the pop-up it opens (or none). */
function newsPage({ popupBlocked = false } = {}) {
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const alerts: string[] = [];
  const opened: string[][] = [];
  const listeners = new Set<Listener>();
  const popup = { postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }) };
  const window: Record<string, unknown> = {
    open: (...args: string[]) => {
      opened.push(args);
      return popupBlocked ? null : popup;
    },
    alert: (message: string) => alerts.push(message),
    getSelection: () => ({ toString: () => "Fighters held 40 percent of the city." }),
    addEventListener: (type: string, listener: Listener) => type === "message" && listeners.add(listener),
    removeEventListener: (type: string, listener: Listener) => type === "message" && listeners.delete(listener),
  };
  const context = {
    window,
    document: { documentElement: { outerHTML: "<html><body><p>Rendered by a script.</p></body></html>" }, title: "Siege of the city" },
    location: { href: "https://news.example/2017/siege?id=3" },
  };
  const run = (href: string) => runInNewContext(bookmarkletScript(href), { ...context, ...window, window }) as unknown;
  const deliver = (event: { origin: string; source: unknown; data: unknown }) => [...listeners].forEach((listener) => listener(event));
  return { run, deliver, popup, posted, alerts, opened, listeners };
}

describe("the clip bookmarklet", () => {
  const href = clipBookmarklet(APP);

  it("is a javascript: link whose script parses and evaluates to undefined (the page is not replaced)", () => {
    expect(href.startsWith("javascript:")).toBe(true);
    expect(() => new Function(bookmarkletScript(href))).not.toThrow();
    expect(newsPage().run(href)).toBeUndefined();
  });

  it("opens the app's clip window and sends nothing before that window says it is ready", () => {
    const page = newsPage();
    page.run(href);
    expect(page.opened).toEqual([[`${APP}/clip`, CLIP_WINDOW_NAME, expect.stringContaining("width=")]]);
    expect(page.posted).toEqual([]);
  });

  it("ignores a ready message from another origin, from another window, or of another type", () => {
    const page = newsPage();
    page.run(href);
    page.deliver({ origin: "https://evil.example", source: page.popup, data: { type: CLIP_MESSAGES.ready } });
    page.deliver({ origin: APP, source: { someOtherFrame: true }, data: { type: CLIP_MESSAGES.ready } });
    page.deliver({ origin: APP, source: page.popup, data: { type: "something-else" } });
    page.deliver({ origin: APP, source: page.popup, data: null });
    expect(page.posted).toEqual([]);
  });

  it("posts the rendered page, its address, title and selection to the app's origin only, once per ready", () => {
    const page = newsPage();
    page.run(href);
    page.deliver({ origin: APP, source: page.popup, data: { type: CLIP_MESSAGES.ready } });
    expect(page.posted).toEqual([{
      targetOrigin: APP,
      message: {
        type: CLIP_MESSAGES.page,
        html: "<html><body><p>Rendered by a script.</p></body></html>",
        url: "https://news.example/2017/siege?id=3",
        title: "Siege of the city",
        selection: "Fighters held 40 percent of the city.",
      },
    }]);
  });

  it("keeps one listener when clicked twice, so one ready gets one answer", () => {
    const page = newsPage();
    page.run(href);
    page.run(href);
    expect(page.listeners.size).toBe(1);
    page.deliver({ origin: APP, source: page.popup, data: { type: CLIP_MESSAGES.ready } });
    expect(page.posted).toHaveLength(1);
  });

  it("says so in an alert when the pop-up is blocked, and listens for nothing", () => {
    const page = newsPage({ popupBlocked: true });
    page.run(href);
    expect(page.alerts).toEqual([POPUP_BLOCKED_MESSAGE]);
    expect(page.listeners.size).toBe(0);
  });

  it("embeds only the app's origin: no path, query, credentials or secrets", () => {
    const script = clipBookmarkletSource("https://claims.example.org/w/desk?token=abc#x");
    expect(script).toContain('"https://claims.example.org"');
    expect(script).not.toMatch(/token=|abc|\/w\/desk|cookie|secret|localStorage|Authorization/i);
    // The script is the same for every user of one app: nothing in it depends on who is signed in.
    expect(clipBookmarkletSource("https://claims.example.org/")).toBe(script);
  });

  it("refuses an address that is not http(s), and cannot be broken out of by one", () => {
    expect(() => clipBookmarklet("javascript:alert(1)")).toThrow(/http/);
    expect(() => clipBookmarklet("not a url")).toThrow(/http/);
    // Whatever the URL parser lets through a host is put in with JSON.stringify: the script still parses.
    const odd = clipBookmarklet('https://a".example');
    expect(() => new Function(bookmarkletScript(odd))).not.toThrow();
    expect(bookmarkletScript(odd)).toContain(JSON.stringify(new URL('https://a".example').origin));
  });
});
