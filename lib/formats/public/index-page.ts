// A workspace's public index (/p/{workspace}): its live fact-checks, newest first, with a search box
// (GET ?q=, so results have an address and no script is needed) and paging.
import { html } from "@/lib/formats/html";
import { claimLanguage, ratingBadge } from "./fact-check-page";
import { masthead, publicDocument, siteFooter } from "./public-document";
import { formatDay, truncateWords } from "./public-text";
import type { PublicUrls } from "./public-urls";
import type { PublicFactCheckView, PublicPublisherView } from "./public-views";

export interface IndexPageInput {
  publisher: PublicPublisherView;
  items: PublicFactCheckView[];
  total: number;
  q: string;
  page: number;
  pageSize: number;
}

function pageLink(urls: PublicUrls, q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${urls.index}?${query}` : urls.index;
}

export function renderIndexPage({ publisher, items, total, q, page, pageSize }: IndexPageInput, urls: PublicUrls): string {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const found = q ? html`<p class="dateline" role="status">${total === 1 ? "1 fact-check matches" : `${total} fact-checks match`} “${q}”.</p>` : html`<p class="dateline">${total === 1 ? "1 fact-check" : `${total} fact-checks`}, newest first.</p>`;
  const list = items.length === 0
    ? html`<p>${q ? "No fact-check matches these words. Try fewer or other words." : "Nothing is published yet."}</p>`
    : html`<ol class="listing">${items.map((item) => html`<li${claimLanguage(item.factCheck)}><span class="visually-hidden" lang="en">Rating: </span>${ratingBadge(item.factCheck.rating, true)}<h2><a href="${urls.page(item.id)}">${item.factCheck.headline}</a></h2><p class="claim">${truncateWords(item.factCheck.claim.statement, 220)}</p><p class="meta" lang="en" dir="ltr">${item.lastPublishedAt.getTime() !== item.publishedAt.getTime() ? `Updated ${formatDay(item.lastPublishedAt)}` : `Published ${formatDay(item.publishedAt)}`}${item.underReview ? " · Under review again" : ""}</p></li>`)}</ol>`;
  const paging = pages > 1
    ? html`<nav class="paging" aria-label="Pages">${page > 1 ? html`<a href="${pageLink(urls, q, page - 1)}" rel="prev">← Newer</a>` : html`<span></span>`}<span>Page ${page} of ${pages}</span>${page < pages ? html`<a href="${pageLink(urls, q, page + 1)}" rel="next">Older →</a>` : html`<span></span>`}</nav>`
    : null;
  const body = html`${masthead(publisher, urls.index)}<main class="page"><p class="kicker">Fact-checks</p><h1>${publisher.name}</h1>${found}<form class="search" method="get" action="${urls.index}" role="search"><label for="q">Search the fact-checks</label><input id="q" name="q" type="search" value="${q}" dir="auto"><button type="submit">Search</button></form>${list}${paging}</main>${siteFooter(publisher, urls)}`;
  const head = html`<link rel="canonical" href="${pageLink(urls, q, page)}"><link rel="alternate" type="application/atom+xml" title="${publisher.name} fact-checks" href="${urls.feed}"><meta name="description" content="${`Fact-checks published by ${publisher.name}.`}">`;
  return publicDocument({ title: `Fact-checks · ${publisher.name}`, head, body });
}
