// A verdict report in Markdown, for people: the workspace and export date, a summary (final ratings,
// statuses, open disagreements), then each claim with its quote in context, final verdict, reviewers'
// verdicts and evidence grouped by stance. Every piece of user text goes through markdown-escape.ts, so a
// note or a title cannot add links, HTML or structure; the only links are ones built here from http(s) URLs.
//
// The summary comes first but needs every claim, so it is given (computed up front by the data layer),
// and the claims stream after it one chunk each.
import { figureLabel } from "@/lib/domain/figure-label";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, STANCES, STANCE_LABELS } from "@/lib/domain/vocabulary";
import {
  type ReportClaim, type ReportEvidence, type ReportSummary, type ReportVerdict, type ReportWorkspace,
} from "@/lib/domain/report-model";
import { escapeBlock, escapeInline, markdownLink } from "./markdown-escape";

const day = (iso: string) => iso.slice(0, 10);
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const list = (items: string[]) => items.map((item) => `- ${item}`).join("\n");

function header(workspace: ReportWorkspace): string {
  const scale = workspace.scale.map((level) => (level.ordinal === null ? level.label : `${level.label} (${level.ordinal})`));
  return [
    `# Verdict report: ${escapeInline(workspace.name)}`,
    "",
    list([
      `Workspace: ${escapeInline(workspace.name)} (${escapeInline(workspace.slug)})`,
      ...(workspace.organizationName ? [`Fact-checked by: ${escapeInline(workspace.organizationName)}`] : []),
      `Exported: ${when(workspace.exportedAt)}`,
      `Rating scale: ${escapeInline(scale.join(", "))}`,
    ]),
    "",
  ].join("\n");
}

function table(heading: string, rows: [string, number][]): string {
  return [`| ${heading} | Claims |`, "| --- | ---: |", ...rows.map(([label, count]) => `| ${escapeInline(label)} | ${count} |`)].join("\n");
}

function summary(report: ReportSummary): string {
  const disagreements = report.openDisagreements.map(
    (item) => `${markdownLink(item.statement, item.url)}: ${escapeInline(item.kinds.join(", "))}`,
  );
  return [
    "## Summary",
    "",
    `${report.total} ${report.total === 1 ? "claim" : "claims"}.`,
    "",
    table("Final rating", [...report.byRating.map((r): [string, number] => [r.label, r.count]), ["Not rated yet", report.unrated]]),
    "",
    table("Status", CLAIM_STATUSES.map((status) => [CLAIM_STATUS_LABELS[status], report.byStatus[status]])),
    "",
    "### Open disagreements",
    "",
    disagreements.length === 0 ? "None." : list(disagreements),
    "",
    "## Claims",
    "",
  ].join("\n");
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
/**
 * Whether ** between these two characters needs a space beside it to count as emphasis (CommonMark's
 * flanking rule): when the side inside the bold is punctuation and the outside one is a letter or digit.
 */
const needsSpace = (outside: string, inside: string) => PUNCTUATION.test(inside) && outside !== "" && !/\s/.test(outside) && !PUNCTUATION.test(outside);

/** The quote with its stored context, folded onto one line: … prefix **exact** suffix …. */
function quoteInContext(claim: ReportClaim): string {
  const { prefix, exact, suffix } = claim.quote;
  const [before, bold, after] = [escapeInline(prefix), escapeInline(exact), escapeInline(suffix)];
  const open = before && (/\s$/.test(prefix) || needsSpace(before.slice(-1), bold.charAt(0))) ? " " : "";
  const close = after && (/^\s/.test(suffix) || needsSpace(after.charAt(0), bold.slice(-1))) ? " " : "";
  return `> ${before ? `…${before}` : ""}${open}**${bold}**${close}${after ? `${after}…` : ""}`;
}

function articleLine(claim: ReportClaim): string {
  const { article } = claim;
  const details = [article.publisher, article.author, article.publishedAt && day(article.publishedAt)].filter((x): x is string => !!x);
  return `Article: ${markdownLink(article.title, article.url)}${details.length ? `, ${escapeInline(details.join(", "))}` : ""}`;
}

function facts(claim: ReportClaim): string {
  return list([
    articleLine(claim),
    ...(claim.claimant ? [`Claimant: ${escapeInline(claim.claimant)}`] : []),
    ...(claim.claimDate ? [`Claim date: ${day(claim.claimDate)}`] : []),
    ...(claim.figure ? [`Figure: ${escapeInline(figureLabel(claim.figure))}`] : []),
    ...(claim.tags.length ? [`Tags: ${escapeInline(claim.tags.join(", "))}`] : []),
    `Status: ${CLAIM_STATUS_LABELS[claim.status]}`,
    ...(claim.anchorStatus === "ORPHANED" ? ["Anchor: orphaned (the quote is no longer found in the article's current text)"] : []),
    `Claim page: ${markdownLink(claim.url, claim.url)}`,
  ]);
}

function finalVerdict(claim: ReportClaim): string {
  if (claim.status !== "RESOLVED" || claim.finalRating === null) return "**Final rating:** not resolved yet.";
  const resolved = claim.resolvedAt ? ` (resolved ${day(claim.resolvedAt)})` : "";
  const note = claim.resolutionNote ? `\n\n${escapeBlock(claim.resolutionNote)}` : "";
  return `**Final rating:** ${escapeInline(claim.finalRating.label)}${resolved}${note}`;
}

function verdictItem(verdict: ReportVerdict): string {
  const rationale = verdict.rationale.trim() ? ` — ${escapeBlock(verdict.rationale, "  ")}` : "";
  return `**${escapeInline(verdict.reviewer.name)}**: ${escapeInline(verdict.rating.label)} (${day(verdict.at)})${rationale}`;
}

function sourceText(evidence: ReportEvidence): string {
  const { source } = evidence;
  const inWorkspace = source.url === null && source.articleId !== null ? " (article in this workspace)" : "";
  const details = [source.publisher, source.publishedAt && day(source.publishedAt)].filter((x): x is string => !!x);
  const archived = source.archivedUrl ? ` (${markdownLink("archived copy", source.archivedUrl)})` : "";
  return `${markdownLink(source.title, source.url)}${inWorkspace}${details.length ? `, ${escapeInline(details.join(", "))}` : ""}${archived}`;
}

function evidenceItem(evidence: ReportEvidence): string {
  const excerpt = evidence.excerpt.trim() ? `“${escapeInline(evidence.excerpt)}” — ` : "";
  const note = evidence.note?.trim() ? `\\\n  Note: ${escapeBlock(evidence.note, "  ")}` : "";
  return `${excerpt}${sourceText(evidence)}${note}`;
}

function evidenceSection(claim: ReportClaim): string {
  const groups = STANCES.flatMap((stance) => {
    const items = claim.evidence.filter((evidence) => evidence.stance === stance);
    return items.length === 0 ? [] : [`**${STANCE_LABELS[stance]}** (${items.length})\n\n${list(items.map(evidenceItem))}`];
  });
  return groups.length === 0 ? "No evidence linked yet." : groups.join("\n\n");
}

/** One claim's section, numbered from 1. */
export function claimSection(claim: ReportClaim, number: number): string {
  return [
    `### ${number}. ${escapeInline(claim.statement)}`,
    "",
    quoteInContext(claim),
    "",
    facts(claim),
    "",
    finalVerdict(claim),
    "",
    "#### Reviewers' verdicts",
    "",
    claim.verdicts.length === 0 ? "No verdicts yet." : list(claim.verdicts.map(verdictItem)),
    "",
    "#### Evidence",
    "",
    evidenceSection(claim),
    "",
  ].join("\n");
}

export async function* writeMarkdownReport(
  workspace: ReportWorkspace,
  claims: AsyncIterable<ReportClaim>,
  report: ReportSummary,
): AsyncGenerator<string> {
  yield `${header(workspace)}\n${summary(report)}`;
  let number = 0;
  for await (const claim of claims) {
    number += 1;
    yield `\n${claimSection(claim, number)}`;
  }
  if (number === 0) yield "\nNo claims to report.\n";
}
