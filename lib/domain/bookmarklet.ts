// The "Clip to Claimbench" bookmarklet: a javascript: link that a reviewer drags to the bookmarks bar
// and clicks on a news page. It runs in that page, so it must hold nothing but the app's public
// origin (no session, no token: anyone who sees the page could read it), and it hands the page over
// only to the app's own window.
//
// What it does, in order:
// 1. Takes the page as the browser rendered it (document.documentElement.outerHTML: text built by
//    scripts, or shown behind the reader's own login, is in it), its address, title and selection,
//    at the moment of the click.
// 2. Opens <app>/clip in a small window named CLIP_WINDOW_NAME (a second click reuses it). A blocked
//    pop-up gets an alert saying so; nothing else happens.
// 3. Waits for CLIP_MESSAGES.ready from that window: the message's origin must be the app's and its
//    source the window it opened, so no other frame or window of the page can ask for the page.
//    Nothing leaves the page before that.
// 4. Posts CLIP_MESSAGES.page to that window with targetOrigin = the app's origin: if the window has
//    been navigated anywhere else meanwhile, the browser drops the message.
// It answers every "ready" of its window (the window says it again after a sign-in inside it, which
// keeps the opener), and a second click replaces the first click's listener, so one "ready" gets one answer.

export const CLIP_WINDOW_NAME = "claimbench-clip";
export const CLIP_PATH = "/clip";
export const CLIP_MESSAGES = { ready: "claimbench-clip-ready", page: "claimbench-clip-page" } as const;
/** Small enough to sit beside the page being clipped; the window grows when it opens the article. */
export const CLIP_WINDOW_FEATURES = "popup,width=560,height=720";
export const POPUP_BLOCKED_MESSAGE = "Claimbench could not open its clip window because this browser blocked the pop-up. Allow pop-ups for this site, then click the bookmarklet again.";

// Where the page's own listener is kept between clicks, so that a second click can remove the first's.
const LISTENER_KEY = "__claimbenchClipListener";

/** An http(s) origin ("https://claims.example.org"), or null: what the bookmarklet may embed. */
function appOriginOf(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}

/**
 * The bookmarklet's script for the app at `appUrl` (its public address; only the origin is kept).
 * Plain ES5 without comments, statements ended by semicolons, so that it can be joined into one
 * line. Every value put into it goes through JSON.stringify, so none can break out of its string.
 */
export function clipBookmarkletSource(appUrl: string): string {
  const app = appOriginOf(appUrl);
  if (!app) throw new Error(`The bookmarklet needs the app's http(s) address, not "${appUrl.slice(0, 100)}".`);
  const q = (value: string) => JSON.stringify(value);
  return `(function () {
    var app = ${q(app)};
    var page = {
      type: ${q(CLIP_MESSAGES.page)},
      html: document.documentElement.outerHTML,
      url: location.href,
      title: document.title,
      selection: String(window.getSelection ? window.getSelection() : "")
    };
    var clip = window.open(app + ${q(CLIP_PATH)}, ${q(CLIP_WINDOW_NAME)}, ${q(CLIP_WINDOW_FEATURES)});
    if (!clip) {
      window.alert(${q(POPUP_BLOCKED_MESSAGE)});
      return;
    }
    if (window[${q(LISTENER_KEY)}]) window.removeEventListener("message", window[${q(LISTENER_KEY)}]);
    var listener = function (event) {
      if (event.origin !== app || event.source !== clip) return;
      if (!event.data || event.data.type !== ${q(CLIP_MESSAGES.ready)}) return;
      clip.postMessage(page, app);
    };
    window[${q(LISTENER_KEY)}] = listener;
    window.addEventListener("message", listener);
  })();`
    .split("\n")
    .map((line) => line.trim())
    .join("");
}

/**
 * The bookmarklet as a link's href: "javascript:" and the script, percent-encoded, since the browser
 * percent-decodes a javascript: URL before running it (a "%" in the script would otherwise be read as
 * an escape). The script evaluates to undefined, so the page is not replaced by its result.
 */
export function clipBookmarklet(appUrl: string): string {
  return `javascript:${encodeURIComponent(clipBookmarkletSource(appUrl))}`;
}

/** The script of a bookmarklet href (the inverse of clipBookmarklet), as the browser runs it. */
export function bookmarkletScript(href: string): string {
  if (!href.startsWith("javascript:")) throw new Error("Not a bookmarklet: it does not start with javascript:.");
  return decodeURIComponent(href.slice("javascript:".length));
}
