// The embeddable verdict card (/p/{workspace}/{id}/embed): the only public page other sites may frame.
// Compact and self-contained; its one link opens the full fact-check in a new tab, without handing the
// embedding page a window.opener.
import { html } from "@/lib/formats/html";
import { claimLanguage, ratingBadge } from "./fact-check-page";
import { publicDocument } from "./public-document";
import { truncateWords } from "./public-text";
import type { PublicUrls } from "./public-urls";
import type { PublicFactCheckView } from "./public-views";

export function renderEmbedPage(view: PublicFactCheckView, urls: PublicUrls): string {
  const { factCheck, publisher } = view;
  const body = html`<main class="embed-card"><p class="publisher">${publisher.name} · Fact-check</p><p class="statement"${claimLanguage(factCheck)}>${truncateWords(factCheck.claim.statement, 280)}</p><div class="foot"><span><span class="visually-hidden">Rating: </span>${ratingBadge(factCheck.rating)}</span><a href="${urls.page(view.id)}" target="_blank" rel="noopener">Read the fact-check<span class="visually-hidden"> (opens in a new tab)</span></a></div></main>`;
  return publicDocument({ title: `${factCheck.rating.label}: ${truncateWords(factCheck.claim.statement, 80)} · ${publisher.name}`, head: html`<link rel="canonical" href="${urls.page(view.id)}"><meta name="robots" content="noindex">`, body, bodyClass: "embed" });
}
