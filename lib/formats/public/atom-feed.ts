// The workspace's Atom feed (RFC 4287) of live fact-checks: one entry per publication, `updated` its last
// (re)publication, linking to the public page, with the summary. Written with the html template, whose
// escaping (& < > " ') is also exactly what XML text and attributes need, rather than the `feed` package:
// an Atom document this size is a dozen elements, and one escaping rule for every public output is
// easier to audit (the feed test parses the result back with a real XML parser).
import { html } from "@/lib/formats/html";
import type { PublicUrls } from "./public-urls";
import type { PublicFactCheckView, PublicPublisherView } from "./public-views";

// Characters XML 1.0 does not allow at all (C0 controls but tab and line ends, U+FFFE/FFFF): dropped, since
// one of them pasted into a summary would make the whole feed unreadable to every reader.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function renderAtomFeed({ publisher, items }: { publisher: PublicPublisherView; items: PublicFactCheckView[] }, urls: PublicUrls): string {
  const updated = items.reduce<Date | null>((max, item) => (max === null || item.lastPublishedAt > max ? item.lastPublishedAt : max), null) ?? new Date(0);
  const entries = items.map((item) => html`
  <entry>
    <id>${urls.page(item.id)}</id>
    <title type="text">${item.factCheck.headline}</title>
    <link rel="alternate" type="text/html" href="${urls.page(item.id)}"/>
    <published>${item.publishedAt.toISOString()}</published>
    <updated>${item.lastPublishedAt.toISOString()}</updated>
    <category term="${item.factCheck.rating.label}" label="${item.factCheck.rating.label}"/>
    <summary type="text"${item.factCheck.claim.language ? html` xml:lang="${item.factCheck.claim.language}"` : null}>${item.factCheck.rating.label}: ${item.factCheck.summary}</summary>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${urls.index}</id>
  <title type="text">${publisher.name} fact-checks</title>
  <updated>${updated.toISOString()}</updated>
  <author><name>${publisher.name}</name></author>
  <link rel="self" type="application/atom+xml" href="${urls.feed}"/>
  <link rel="alternate" type="text/html" href="${urls.index}"/>${entries}
</feed>`.value.replace(NOT_XML, "")}\n`;
}
