// The public page of one published fact-check (issue 19): what a reader sees, and the markup that search
// engines, aggregators and social networks read (canonical link, Open Graph, ClaimReview JSON-LD).
// Everything interpolated is escaped by the html template; the JSON-LD by jsonForScript.
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { toPublicationClaimReview } from "@/lib/formats/claimreview-publication";
import { html, jsonForScript, type Html } from "@/lib/formats/html";
import { masthead, publicDocument, siteFooter } from "./public-document";
import { formatDay, stanceLabel, textColourOn, truncateWords } from "./public-text";
import type { PublicUrls } from "./public-urls";
import type { PublicFactCheckView } from "./public-views";

export function ratingBadge(rating: { label: string; colour: string }, small = false): Html {
  // The label is the text: the colour only repeats it, so the rating never depends on seeing colour.
  return html`<span class="badge${small ? " badge-small" : ""}" style="background-color:${rating.colour};color:${textColourOn(rating.colour)}">${rating.label}</span>`;
}

/** lang and dir of the claim's own text (the chrome around it stays English). */
export const claimLanguage = ({ claim }: PublicFactCheckView["factCheck"]): Html =>
  html` lang="${claim.language ?? "und"}" dir="${claim.direction}"`;

function head(view: PublicFactCheckView, urls: PublicUrls): Html {
  const { factCheck, publisher } = view;
  const url = urls.page(view.id);
  const description = truncateWords(`${factCheck.rating.label}: ${factCheck.summary}`, 200);
  const review = toPublicationClaimReview({ factCheck, publisher, url, publishedAt: view.publishedAt, lastPublishedAt: view.lastPublishedAt });
  return html`<link rel="canonical" href="${url}"><meta name="description" content="${description}"><link rel="alternate" type="application/atom+xml" title="${publisher.name} fact-checks" href="${urls.feed}"><meta property="og:type" content="article"><meta property="og:site_name" content="${publisher.name}"><meta property="og:title" content="${factCheck.headline}"><meta property="og:description" content="${description}"><meta property="og:url" content="${url}"><meta property="og:image" content="${urls.card(view.id)}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${`${factCheck.rating.label}: ${truncateWords(factCheck.claim.statement, 150)}`}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${factCheck.headline}"><meta name="twitter:description" content="${description}"><meta name="twitter:image" content="${urls.card(view.id)}"><meta property="article:published_time" content="${view.publishedAt.toISOString()}"><meta property="article:modified_time" content="${view.lastPublishedAt.toISOString()}"><script type="application/ld+json">${jsonForScript(review)}</script>`;
}

function verdictBox(view: PublicFactCheckView): Html {
  const { claim, rating } = view.factCheck;
  // Each part isolated (<bdi>): an English date after an Arabic claimant would otherwise be reordered by the
  // bidi algorithm ("Oct 2017 17").
  const parts = [claim.claimant, claim.claimDate ? formatDay(claim.claimDate) : null].filter((part): part is string => Boolean(part));
  const by = parts.map((part, n) => html`${n > 0 ? (claim.direction === "rtl" ? "، " : ", ") : null}<bdi>${part}</bdi>`);
  return html`<section class="verdict" aria-labelledby="claim-label"><span class="label" id="claim-label" lang="en" dir="ltr">Claim</span><p class="statement">${claim.statement}</p>${parts.length ? html`<p class="attribution">${by}</p>` : null}<span class="label" lang="en" dir="ltr">Our rating</span> ${ratingBadge(rating)}</section>`;
}

function appearance(view: PublicFactCheckView): Html {
  const { claim, article } = view.factCheck;
  const url = httpUrlOrNull(article.url);
  const details = [article.publisher, article.author, article.publishedAt ? formatDay(article.publishedAt) : null].filter(Boolean).join(" · ");
  const title = url ? html`<a href="${url}" rel="noopener nofollow">${article.title}</a>` : html`${article.title}`;
  return html`<h2 lang="en">Where the claim appeared</h2><figure class="quote-figure"><blockquote class="quote"${url ? html` cite="${url}"` : null}><p>${claim.quote.before}<mark>${claim.quote.exact}</mark>${claim.quote.after}</p></blockquote><figcaption class="source-line">${title}${details ? html` · ${details}` : null}</figcaption></figure>`;
}

function evidence(view: PublicFactCheckView): Html | null {
  const items = view.factCheck.evidence;
  if (items.length === 0) return null;
  return html`<h2 lang="en">Evidence</h2><ul class="evidence">${items.map((item) => html`<li><span class="stance stance-${item.stance}" lang="en">${stanceLabel(item.stance)}</span><a href="${item.url}" rel="noopener nofollow">${item.title}</a>${item.publisher ? html` · ${item.publisher}` : null}</li>`)}</ul>`;
}

function corrections(view: PublicFactCheckView): Html | null {
  if (view.corrections.length === 0) return null;
  return html`<h2 lang="en">Corrections and updates</h2><ul class="corrections">${view.corrections.map((c) => html`<li><time datetime="${c.at.toISOString()}" lang="en">Updated ${formatDay(c.at)}</time>: ${c.text}</li>`)}</ul>`;
}

function dateline(view: PublicFactCheckView): Html {
  const updated = view.lastPublishedAt.getTime() !== view.publishedAt.getTime();
  return html`<p class="dateline" lang="en" dir="ltr">Published <time datetime="${view.publishedAt.toISOString()}">${formatDay(view.publishedAt)}</time>${updated ? html` · Updated <time datetime="${view.lastPublishedAt.toISOString()}">${formatDay(view.lastPublishedAt)}</time>` : null} · ${view.publisher.name}</p>`;
}

const underReviewNotice = html`<div class="notice" role="note" lang="en" dir="ltr"><strong>Under review again</strong>This claim is being looked at again since this fact-check was published. What you read here is the last published version; it stays until the review ends.</div>`;

export function renderFactCheckPage(view: PublicFactCheckView, urls: PublicUrls): string {
  const { factCheck } = view;
  const body = html`${masthead(view.publisher, urls.index)}<main class="page"><article${claimLanguage(factCheck)}><p class="kicker" lang="en">Fact-check</p><h1>${factCheck.headline}</h1>${dateline(view)}${view.underReview ? underReviewNotice : null}${verdictBox(view)}<h2 lang="en">Summary</h2><p class="summary">${factCheck.summary}</p>${appearance(view)}${evidence(view)}${corrections(view)}</article></main>${siteFooter(view.publisher, urls)}`;
  return publicDocument({ title: `${factCheck.headline} · ${view.publisher.name}`, head: head(view, urls), body });
}
