// One claim of the PDF report: the statement, its quote in context with the quote emphasised, the facts,
// the final verdict, each reviewer's verdict and the evidence by stance with its sources. The same
// content, in the same order, as markdown-report.ts's claimSection.
import { Link, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { figureLabel } from "@/lib/domain/figure-label";
import { CLAIM_STATUS_LABELS, STANCES, STANCE_LABELS } from "@/lib/domain/vocabulary";
import { type ReportClaim, type ReportEvidence, type ReportRating, type ReportRatingLevel, type ReportVerdict } from "@/lib/domain/report-model";
import { markdownUrl } from "./markdown-escape";
import { directed, safeColour, styles } from "./pdf-styles";
import { foldWhitespace, isolate, textDirection, urlLines } from "./pdf-text";

const day = (iso: string) => iso.slice(0, 10);

/**
 * A link for http(s) URLs, plain text for anything else (a javascript: URL never becomes a link). A URL
 * shown as itself is cut into lines at its slashes (urlLines), so it wraps without a hyphen in it; react-pdf
 * sets those line breaks in Helvetica (a reader's built-in font, nothing embedded, nothing visible).
 */
export function UrlText({ url, label }: { url: string; label?: string }) {
  const href = markdownUrl(url);
  const text = label === undefined ? urlLines(url).join("\n") : isolate(label);
  return href === null ? <Text>{text}</Text> : <Link src={href} style={styles.link}>{text}</Link>;
}

export function Item({ children }: { children: ReactNode }) {
  return (
    <View style={styles.item}>
      <Text style={styles.bullet}>•</Text>
      <View style={styles.itemBody}>{children}</View>
    </View>
  );
}

/**
 * User text (a note, a rationale), each of its lines a paragraph in its own direction. Lines are split here
 * rather than left to react-pdf, which would set the line breaks in a fallback font of its own.
 */
function Paragraph({ text }: { text: string }) {
  const lines = text.trim().split(/\s*\n\s*/u);
  return lines.map((line, index) => <Text key={index} style={[styles.block, directed(line)]}>{line}</Text>);
}

function Badge({ rating, scale }: { rating: ReportRating; scale: readonly ReportRatingLevel[] }) {
  const colour = safeColour(scale.find((level) => level.label === rating.label)?.colour);
  return <Text style={[styles.badge, { backgroundColor: colour }]}>{isolate(rating.label)}</Text>;
}

/** The quote with its stored context, on one line: …prefix exact suffix…, the exact words in bold. */
function QuoteInContext({ claim }: { claim: ReportClaim }) {
  const { prefix, exact, suffix } = claim.quote;
  const rtl = textDirection(exact) === "rtl";
  return (
    <View style={[styles.quote, ...(rtl ? [styles.quoteRtl] : [])]}>
      <Text style={directed(exact)}>
        {prefix ? `…${foldWhitespace(prefix)}` : ""}
        <Text style={[styles.emphasis, directed(exact)]}>{foldWhitespace(exact)}</Text>
        {suffix ? `${foldWhitespace(suffix)}…` : ""}
      </Text>
    </View>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text style={styles.fact}>
      <Text style={styles.muted}>{label}: </Text>
      {children}
    </Text>
  );
}

function Facts({ claim }: { claim: ReportClaim }) {
  const { article } = claim;
  const details = [article.publisher, article.author, article.publishedAt && day(article.publishedAt)].filter((x): x is string => !!x);
  return (
    <View>
      <Fact label="Article">
        {article.url ? <UrlText url={article.url} label={article.title} /> : isolate(article.title)}
        {details.length ? `, ${details.map(isolate).join(", ")}` : ""}
      </Fact>
      {claim.claimant ? <Fact label="Claimant">{isolate(claim.claimant)}</Fact> : null}
      {claim.claimDate ? <Fact label="Claim date">{day(claim.claimDate)}</Fact> : null}
      {claim.figure ? <Fact label="Figure">{isolate(figureLabel(claim.figure))}</Fact> : null}
      {claim.tags.length ? <Fact label="Tags">{claim.tags.map(isolate).join(", ")}</Fact> : null}
      <Fact label="Status">{CLAIM_STATUS_LABELS[claim.status]}</Fact>
      {claim.anchorStatus === "ORPHANED" ? <Fact label="Anchor">orphaned (the quote is no longer found in the article&apos;s current text)</Fact> : null}
      <Fact label="Claim page"><UrlText url={claim.url} /></Fact>
    </View>
  );
}

function FinalVerdict({ claim, scale }: { claim: ReportClaim; scale: readonly ReportRatingLevel[] }) {
  if (claim.status !== "RESOLVED" || claim.finalRating === null) {
    return (
      <Text style={styles.verdictLine}>
        <Text style={styles.bold}>Final rating: </Text>
        <Text style={styles.muted}>not resolved yet.</Text>
      </Text>
    );
  }
  return (
    <View>
      <View style={[styles.badgeRow, styles.verdictLine]}>
        <Text style={styles.bold}>Final rating:</Text>
        <Badge rating={claim.finalRating} scale={scale} />
        {claim.resolvedAt ? <Text style={styles.muted}>resolved {day(claim.resolvedAt)}</Text> : null}
      </View>
      {claim.resolutionNote ? <Paragraph text={claim.resolutionNote} /> : null}
    </View>
  );
}

function Verdict({ verdict, scale }: { verdict: ReportVerdict; scale: readonly ReportRatingLevel[] }) {
  return (
    <Item>
      <View style={styles.badgeRow}>
        <Text style={styles.bold}>{isolate(verdict.reviewer.name)}:</Text>
        <Badge rating={verdict.rating} scale={scale} />
        <Text style={styles.muted}>{day(verdict.at)}</Text>
      </View>
      {verdict.rationale.trim() ? <Paragraph text={verdict.rationale} /> : null}
    </Item>
  );
}

function Source({ evidence }: { evidence: ReportEvidence }) {
  const { source } = evidence;
  const details = [source.publisher, source.publishedAt && day(source.publishedAt)].filter((x): x is string => !!x);
  return (
    <View style={styles.small}>
      <Text style={styles.muted}>
        <Text style={styles.bold}>{isolate(source.title)}</Text>
        {source.url === null && source.articleId !== null ? " (article in this workspace)" : ""}
        {details.length ? ` · ${details.map(isolate).join(" · ")}` : ""}
      </Text>
      {source.url ? <UrlText url={source.url} /> : null}
      {source.archivedUrl ? (
        <Text style={styles.muted}>
          Archived copy: <UrlText url={source.archivedUrl} />
        </Text>
      ) : null}
    </View>
  );
}

function EvidenceItem({ evidence }: { evidence: ReportEvidence }) {
  const excerpt = foldWhitespace(evidence.excerpt.trim());
  return (
    <Item>
      {excerpt ? <Text style={directed(excerpt)}>{textDirection(excerpt) === "rtl" ? `«${excerpt}»` : `“${excerpt}”`}</Text> : null}
      <Source evidence={evidence} />
      {evidence.note?.trim() ? (
        <View style={styles.noteRow}>
          <Text style={styles.noteLabel}>Note:</Text>
          <Text style={[styles.noteText, directed(evidence.note)]}>{foldWhitespace(evidence.note.trim())}</Text>
        </View>
      ) : null}
    </Item>
  );
}

function EvidenceSection({ claim }: { claim: ReportClaim }) {
  const groups = STANCES.map((stance) => ({ stance, items: claim.evidence.filter((evidence) => evidence.stance === stance) })).filter((group) => group.items.length > 0);
  if (groups.length === 0) return <Text style={styles.muted}>No evidence linked yet.</Text>;
  return groups.map(({ stance, items }) => (
    <View key={stance}>
      <Text style={styles.h4} minPresenceAhead={30}>
        {STANCE_LABELS[stance]} ({items.length})
      </Text>
      {items.map((evidence, index) => <EvidenceItem key={index} evidence={evidence} />)}
    </View>
  ));
}

/** One claim's section, numbered from 1. */
export function ClaimSection({ claim, number, scale }: { claim: ReportClaim; number: number; scale: readonly ReportRatingLevel[] }) {
  return (
    <View>
      {/* Keep with next: the rule, the heading and the quote move to the next page together. react-pdf's
          minPresenceAhead on the heading alone still left it as a page's last line (pdf-keep-with-next.test.ts). */}
      <View style={styles.claim} wrap={false}>
        <View style={[styles.claimHeading, ...(textDirection(claim.statement) === "rtl" ? [styles.claimHeadingRtl] : [])]}>
          <Text style={[styles.claimNumber, directed(claim.statement)]}>{number}.</Text>
          <Text style={[styles.claimStatement, directed(claim.statement)]}>{claim.statement}</Text>
        </View>
        <QuoteInContext claim={claim} />
      </View>
      <Facts claim={claim} />
      <FinalVerdict claim={claim} scale={scale} />
      <Text style={styles.h4} minPresenceAhead={30}>Reviewers&apos; verdicts</Text>
      {claim.verdicts.length === 0 ? <Text style={styles.muted}>No verdicts yet.</Text> : claim.verdicts.map((verdict) => <Verdict key={verdict.reviewer.email} verdict={verdict} scale={scale} />)}
      <Text style={styles.h4} minPresenceAhead={30}>Evidence</Text>
      <EvidenceSection claim={claim} />
    </View>
  );
}
