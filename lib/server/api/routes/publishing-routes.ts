import { publishInputSchema } from "@/lib/schemas/publication";
import * as publication from "@/lib/schemas/api-publication";
import type { ApiRouteDef } from "../route-def";

// Publishing resolved claims as public fact-checks (issue 19). Part of the /api/v1 route list (../routes.ts).

export const publishingRoutes = [
  {
    id: "getClaimPublication", method: "GET", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "The claim's public fact-check as the desk sees it: its state, public URL, dates and correction log",
    role: "VIEWER", response: publication.claimPublicationResponse, status: 200,
    errors: { "404": "No such claim, or it has never been published." },
  },
  {
    id: "publishClaim", method: "POST", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "Publish a resolved claim as a public fact-check, or republish it (same URL)",
    description:
      "Editors and above; the claim must be resolved. Send `{}` for the defaults: the headline made from the statement, the resolution note as the summary, and every piece of evidence a reader can follow " +
      "(a source with a public http(s) address, or an article of the workspace with one). `evidenceIds` chooses among the claim's evidence. Answers 201 both times, with `republished` saying which: " +
      "republishing keeps the id and URL and adds a dated line to the public correction log when a reader would see a change (\"Rating changed from Mostly true to Mixed\"). Audited.",
    role: "EDITOR", body: publishInputSchema, response: publication.publishedResponse, status: 201,
    errors: {
      "409": "The claim is not resolved; or it was reopened after it was published (resolve it again before republishing: its page meanwhile shows the last published verdict, marked under review again).",
      "422": "An `evidenceIds` entry is not the claim's evidence or cannot be cited (named, with why), or there is no summary and no resolution note to use.",
    },
  },
  {
    id: "unpublishClaim", method: "DELETE", path: "/workspaces/{slug}/claims/{claimId}/publication", tag: "Publishing",
    summary: "Unpublish the claim's fact-check: its public URL answers 410 Gone until it is published again",
    role: "EDITOR", status: 204, errors: { "404": "No such claim, or it is not published." },
  },
] as const satisfies readonly ApiRouteDef[];
