import { z } from "zod";
import { CLIP_MESSAGES } from "@/lib/domain/bookmarklet";
import { idSchema } from "./common";
import { httpUrlSchema } from "./source";

// A page clipped in the browser: what the bookmarklet hands the clip window (a postMessage), and what
// the clip window (or a script, through the API) sends to be imported.

export const MAX_CLIP_TITLE = 1000;
/** A selection longer than this is not a claim's passage: it is refused rather than searched for. */
export const MAX_CLIP_SELECTION = 20_000;

export const clipPageSchema = z.object({
  html: z
    .string({ error: "Send the page's HTML as a string in html." })
    .refine((html) => html.trim() !== "", "The page's HTML is empty: clip a page that has loaded.")
    .describe("The page as the browser rendered it: document.documentElement.outerHTML. Read like an uploaded HTML file (scripts stripped)."),
  url: httpUrlSchema.describe("The page's address (location.href): the article's address, checked for duplicates."),
  title: z.string().max(MAX_CLIP_TITLE, `A title has at most ${MAX_CLIP_TITLE.toLocaleString("en")} characters.`).optional()
    .describe("document.title, as the clip window shows it. The article's title is read from the page itself, as for an upload."),
  selection: z.string().max(MAX_CLIP_SELECTION, `Select at most ${MAX_CLIP_SELECTION.toLocaleString("en")} characters to open as a claim.`).optional()
    .describe("Text selected on the page (String(getSelection())): located in the cleaned article text and answered as `passage`."),
});
export type ClipPageInput = z.output<typeof clipPageSchema>;

/** The passage located for the selection, to open the claim form on. */
export const clipPassageSchema = z.object({ start: z.number().int(), end: z.number().int(), exact: z.string() });
export type ClipPassage = z.output<typeof clipPassageSchema>;

/** What a 409 carries for a clip of a page the workspace already holds. */
export const clipDuplicateSchema = z.object({ id: idSchema, passage: clipPassageSchema.nullable() });

// ---- The message from the bookmarklet ------------------------------------------------------------

const clipMessageSchema = z.object({
  type: z.literal(CLIP_MESSAGES.page),
  html: z.string(),
  url: z.string(),
  title: z.string(),
  selection: z.string(),
});

export type ClipMessageVerdict =
  /** Not a clip from the window that opened this one: not a word about it to the user. */
  | { kind: "ignored" }
  /** A clip from the opener that cannot be taken, with why. */
  | { kind: "refused"; reason: string }
  | { kind: "page"; page: ClipPageInput & { title: string; selection: string } };

/**
 * Whether a message that reached the clip window is a page to import. Only the window that opened it
 * (`fromOpener`: event.source === window.opener) may hand one over: a frame of that page, another
 * window or an extension is ignored. The page must be whole, and its address must be on the origin
 * the browser says the message came from, so that a page can clip itself and never pose as another site.
 */
export function readClipMessage({ data, origin, fromOpener }: { data: unknown; origin: string; fromOpener: boolean }): ClipMessageVerdict {
  if (!fromOpener) return { kind: "ignored" };
  if (typeof data !== "object" || data === null || (data as { type?: unknown }).type !== CLIP_MESSAGES.page) return { kind: "ignored" };
  const message = clipMessageSchema.safeParse(data);
  if (!message.success) return { kind: "refused", reason: "The page was not handed over whole (its HTML, address, title or selection is missing). Click the bookmarklet again." };
  const { type: _type, ...page } = message.data;
  const checked = clipPageSchema.safeParse(page);
  if (!checked.success) return { kind: "refused", reason: checked.error.issues[0]?.message ?? "The page cannot be imported." };
  const { url } = checked.data;
  if (new URL(url).origin !== origin) {
    return { kind: "refused", reason: `The page said its address is ${url.slice(0, 200)}, but it came from ${origin.slice(0, 200)}. A page can only clip itself.` };
  }
  return { kind: "page", page: { ...checked.data, title: page.title, selection: page.selection } };
}
