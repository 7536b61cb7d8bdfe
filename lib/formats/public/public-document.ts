// The HTML document around every public page: no app chrome, no scripts (the /p/ policy has no
// script-src, so none would run anyway; the JSON-LD block is data, not script), one stylesheet from the
// serving origin (relative, so style-src 'self' holds whatever the canonical address is).
import { html, type Html } from "@/lib/formats/html";
import { PUBLIC_STYLESHEET_PATH } from "./public-stylesheet";
import type { PublicPublisherView } from "./public-views";

export interface DocumentInput {
  title: string;
  /** Extra <head> content: canonical link, Open Graph, JSON-LD. */
  head?: Html;
  body: Html;
  bodyClass?: string;
}

export function publicDocument({ title, head, body, bodyClass }: DocumentInput): string {
  return `<!doctype html>\n${html`<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="${PUBLIC_STYLESHEET_PATH}">${head}</head><body${bodyClass ? html` class="${bodyClass}"` : ""}>${body}</body></html>`.value}\n`;
}

/** The publisher's masthead: logo (when set) and name, linking to its index of fact-checks. */
export function masthead(publisher: PublicPublisherView, indexUrl: string): Html {
  return html`<header class="masthead"><div class="masthead-inner">${publisher.logoUrl ? html`<img src="${publisher.logoUrl}" alt="" width="32" height="32">` : null}<a href="${indexUrl}">${publisher.name}</a><span class="section">Fact-check</span></div></header>`;
}

export function siteFooter(publisher: PublicPublisherView, urls: { index: string; feed: string; dataFeed: string }): Html {
  return html`<footer class="site-footer"><div class="site-footer-inner">Published by ${publisher.name}. <a href="${urls.index}">All fact-checks</a> · <a href="${urls.feed}">Atom feed</a> · <a href="${urls.dataFeed}">ClaimReview data feed</a></div></footer>`;
}
