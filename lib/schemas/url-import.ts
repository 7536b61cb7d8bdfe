import { z } from "zod";
import { httpUrlSchema } from "./source";

// Import by URL: one address, or a list of them run as a background job. The list comes as an array
// (the API) or as the text of the import page's box, one address per line; blank lines are left out.

/** The most addresses one list imports: each is fetched from its site, so a list is a job of minutes. */
export const MAX_URLS_PER_IMPORT = 200;

export const importUrlSchema = z.object({
  url: z.string({ error: "Enter the page's address, such as https://example.org/report." }).pipe(httpUrlSchema),
});
export type ImportUrlInput = z.infer<typeof importUrlSchema>;

/** At most this many bad lines are named in one message; the count says how many there are in all. */
const NAMED_FAULTS = 3;

const checkedList = z.array(z.string()).superRefine((urls, ctx) => {
  if (urls.length === 0) {
    ctx.addIssue({ code: "custom", message: "Paste at least one address (starting with http:// or https://), one per line." });
    return;
  }
  if (urls.length > MAX_URLS_PER_IMPORT) {
    ctx.addIssue({ code: "custom", message: `At most ${MAX_URLS_PER_IMPORT} addresses can be imported at once; this list has ${urls.length}. Import it in parts.` });
    return;
  }
  const faults = urls.flatMap((url, index) => {
    const parsed = httpUrlSchema.safeParse(url);
    return parsed.success ? [] : [`address ${index + 1} ("${url.length > 80 ? `${url.slice(0, 80)}…` : url}"): ${parsed.error.issues[0]!.message}`];
  });
  if (faults.length === 0) return;
  const more = faults.length > NAMED_FAULTS ? ` (and ${faults.length - NAMED_FAULTS} more)` : "";
  ctx.addIssue({ code: "custom", message: `Fix ${faults.length === 1 ? "this address" : "these addresses"}${more}, then import again: ${faults.slice(0, NAMED_FAULTS).join("; ")}` });
});

const withoutBlanks = (urls: string[]) => urls.map((url) => url.trim()).filter((url) => url !== "");

/** The API's list: an array of addresses (blank entries left out). Repeats are imported once and listed as duplicates. */
export const importUrlsSchema = z.object({
  urls: z
    .array(z.string({ error: "Each address is a string." }), { error: "Send urls as an array of addresses." })
    .describe(`1 to ${MAX_URLS_PER_IMPORT} http(s) addresses; blank entries are left out.`)
    .transform(withoutBlanks)
    .pipe(checkedList),
});
export type ImportUrlsInput = z.infer<typeof importUrlsSchema>;

/** The import page's box: the list as typed, one address per line. */
export const importUrlListFormSchema = z.object({
  urls: z
    .string({ error: "Paste the addresses, one per line." })
    .transform((text) => withoutBlanks(text.split(/\r\n|\r|\n/)))
    .pipe(checkedList),
});

/** What a URL-list job stores as its payload: the addresses as parsed, in their order. */
export const urlImportPayloadSchema = z.object({ urls: z.array(z.string()).min(1).max(MAX_URLS_PER_IMPORT) });
export type UrlImportPayload = z.infer<typeof urlImportPayloadSchema>;
