import { z } from "zod";
import { slugSchema } from "./common";

// The public pages' addresses and query strings (/p/{workspace}/..., issue 19). A malformed slug or id
// names nothing that was published, so the routes answer it 404 like one that does not exist; a
// malformed query string is the reader's to fix, so it gets a 400 page saying how.

export const publicWorkspaceParamsSchema = z.object({ workspace: slugSchema });
/** The id is checked by the public read itself (anything but a UUID is simply not found). */
export const publicFactCheckParamsSchema = z.object({ workspace: slugSchema, id: z.string().max(64) });

export const PUBLIC_INDEX_PAGE_SIZE = 20;

export const publicIndexQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Search with at most 200 characters.")
    .refine((q) => !q.includes("\u0000"), "The search holds a NUL character: type the words again.")
    .default(""),
  page: z.coerce
    .number({ message: "The page must be a whole number such as 2." })
    .int("The page must be a whole number such as 2.")
    .min(1, "Pages start at 1.")
    .max(10_000, "There are not that many pages: go back to page 1.")
    .default(1),
});
export type PublicIndexQuery = z.infer<typeof publicIndexQuerySchema>;
