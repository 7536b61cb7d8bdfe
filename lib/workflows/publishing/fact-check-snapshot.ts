import "server-only";
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { citability, defaultHeadline, quoteContext, textDirection } from "@/lib/domain/publication";
import { AppError } from "@/lib/errors";
import type { ClaimForPublishing, PublishableEvidence } from "@/lib/data/publications/publishing";
import type { PublishedFactCheck, PublishedEvidence, PublishInput } from "@/lib/schemas/publication";

// The published fact-check built from a resolved claim (issue 19): what the public page, the feeds and the
// card show, and nothing else. The editor's form chooses the headline, the summary and the evidence; the
// rest is the claim as resolved. Reviewers' names, verdicts and notes never enter it.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const FALLBACK_COLOUR = "#64748b";

const fieldError = (field: string, message: string) => new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: { [field]: [message] } });

/** The evidence to cite: every citable one by default, else the chosen ones, refusing (by name) any that cannot be. */
export function chooseEvidence(evidence: readonly PublishableEvidence[], chosen: readonly string[] | undefined): PublishedEvidence[] {
  const byId = new Map(evidence.map((item) => [item.id, item]));
  if (chosen) {
    const strangers = chosen.filter((id) => !byId.has(id));
    if (strangers.length) throw fieldError("evidenceIds", `Not evidence of this claim: ${strangers.join(", ")}. Choose from the claim's own evidence.`);
    const refused = chosen.map((id) => byId.get(id)!).flatMap((item) => {
      const verdict = citability(item.source);
      return verdict.citable ? [] : [`“${item.source.title}” (${verdict.reason})`];
    });
    if (refused.length) throw fieldError("evidenceIds", `These cannot be cited: ${refused.join("; ")} Leave them out, or give their source a public web address.`);
  }
  const wanted = chosen ? new Set(chosen) : null;
  const seen = new Set<string>();
  return evidence.flatMap((item) => {
    const verdict = citability(item.source);
    if (!verdict.citable || (wanted && !wanted.has(item.id)) || seen.has(verdict.url)) return [];
    // One entry per address: the same source linked twice is one citation to a reader.
    seen.add(verdict.url);
    return [{ title: item.source.title, url: verdict.url, publisher: item.source.publisher, stance: item.stance }];
  });
}

/** The fact-check for a resolved claim (the caller has checked that it is), with the form's choices. */
export function buildFactCheck(material: ClaimForPublishing, input: PublishInput): PublishedFactCheck {
  const { claim, article } = material;
  if (!claim.finalRating) throw new AppError("CONFLICT", "This claim has no final rating, so there is no verdict to publish. Resolve it first.");
  // Left out: the defaults. Sent empty: refused, since a page without its explanation or title is no fact-check.
  const summary = input.summary === undefined ? claim.resolutionNote?.trim() ?? "" : input.summary.trim();
  if (!summary) throw fieldError("summary", "Write a summary for readers: the public page shows it as the verdict's explanation.");
  const headline = input.headline === undefined ? defaultHeadline(claim.statement) : input.headline.trim();
  if (!headline) throw fieldError("headline", "Give the fact-check a headline, such as the claim in a few words.");
  const orphaned = claim.anchorStatus === "ORPHANED" || article.body.slice(claim.start, claim.end) !== claim.exact;
  // A quote whose place in the text was lost keeps the words stored around it when it was marked.
  const context = orphaned ? { before: claim.prefix.trimStart(), after: claim.suffix.trimEnd() } : quoteContext(article.body, claim.start, claim.end);
  const ordinals = material.scaleOrdinals;
  const { label, colour, ordinal } = claim.finalRating;
  return {
    headline,
    summary,
    claim: {
      statement: claim.statement,
      claimant: claim.claimant,
      claimDate: day(claim.claimDate),
      quote: { exact: claim.exact, ...context },
      language: article.language,
      direction: textDirection(article.language, claim.statement),
    },
    article: { title: article.title, url: httpUrlOrNull(article.url), publisher: article.publisher, author: article.author, publishedAt: day(article.publishedAt) },
    rating: {
      label,
      colour: /^#[0-9a-f]{6}$/i.test(colour) ? colour : FALLBACK_COLOUR,
      ordinal,
      worst: ordinal === null || ordinals.length === 0 ? null : Math.min(...ordinals),
      best: ordinal === null || ordinals.length === 0 ? null : Math.max(...ordinals),
    },
    evidence: chooseEvidence(material.evidence, input.evidenceIds),
    resolvedAt: claim.resolvedAt?.toISOString() ?? null,
  };
}
