// Claims as W3C Web Annotations (www.w3.org/TR/annotation-model), in one AnnotationCollection whose
// annotations sit in a single embedded AnnotationPage, as the model's collection example does:
//
//   { "@context", "id": <export URL>, "type": "AnnotationCollection", "label", "generated",
//     "first": { "id": <export URL>#page-1, "type": "AnnotationPage", "startIndex": 0, "items": [...] },
//     "last": <export URL>#page-1, "total": <n> }
//
// With no claims there is no page at all, only "total": 0: a page MUST hold 1 or more annotations (model
// 5.2) and a collection needs its first page only when its total is above 0 (5.1). So the page opens with
// the first claim. scripts/test-support/w3c-annotation-validate.ts checks the output against the model's MUSTs.
//
// "last" and "total" come after the items (JSON member order carries no meaning), so the claims are
// counted while they stream rather than before. Embedded annotations carry no @context of their own: they
// inherit the document's, as in the model's examples.
//
// Each claim is one annotation, id = the claim's page, motivation "assessing", target = a SpecificResource:
// - source: the article's URL, or urn:claimbench:article:<article id> when it has none (URN scheme ours);
// - selector: TextQuoteSelector and TextPositionSelector, alternatives for the same span. Positions count
//   UTF-16 units in the article text as Claimbench stores it (cleaned plain text), not in the page's HTML.
//   The model counts Unicode code points (4.2.4, 4.2.5): the two differ after a character outside the
//   Basic Multilingual Plane (an emoji, a rare CJK ideograph), which this export does not yet convert.
//   An orphaned claim keeps only its quote selector: its positions no longer point at the quote, while
//   the quote still says what was marked.
// Bodies, each with a purpose: the statement (describing); the final verdict once resolved (assessing,
// "Rating: Mixed — <resolution note>"); each evidence item (linking: a SpecificResource on the source's
// URL, archived copy or workspace article with a TextQuoteSelector for the excerpt; or, for a source with
// no address at all, a TextualBody "Supports: “excerpt” — title"); each tag (tagging).
// The model has no term for an evidence's stance. A linked item carries it as its styleClass
// ("stance-contradicts"), and the annotation then embeds the stylesheet that gives those classes their
// colours: the model's own way to say how a resource is to be shown (a styleClass that the annotation's
// stylesheet does not describe MUST be ignored, 4.4). The evidence note is not exported here; CSV and
// Markdown carry it.
import { httpUrlOrNull } from "@/lib/domain/http-url";
import { STANCE_LABELS } from "@/lib/domain/vocabulary";
import { type ReportClaim, type ReportEvidence, type ReportWorkspace } from "@/lib/domain/report-model";
import { ANNOTATION_CONTEXT, type Json } from "./w3c-annotation-rules";

const STANCE_STYLESHEET = {
  type: "CssStylesheet",
  value: ".stance-supports { color: #15803d } .stance-contradicts { color: #dc2626 } .stance-context { color: #64748b }",
};

export function articleUrn(articleId: string): string {
  return `urn:claimbench:article:${encodeURIComponent(articleId)}`;
}

const text = (value: string, purpose: string): Json => ({ type: "TextualBody", purpose, value, format: "text/plain" });

function target(claim: ReportClaim): Json {
  const { quote } = claim;
  const quoteSelector = { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  const positionSelector = { type: "TextPositionSelector", start: quote.start, end: quote.end };
  return {
    type: "SpecificResource",
    source: httpUrlOrNull(claim.article.url) ?? articleUrn(claim.article.id),
    selector: claim.anchorStatus === "ORPHANED" ? quoteSelector : [quoteSelector, positionSelector],
  };
}

function evidenceBody(evidence: ReportEvidence): Json {
  const { source } = evidence;
  // Only http(s) addresses leave: a javascript: or data: one would run when a client follows it.
  const address = httpUrlOrNull(source.url) ?? httpUrlOrNull(source.archivedUrl) ?? (source.articleId ? articleUrn(source.articleId) : null);
  if (address === null) {
    const excerpt = evidence.excerpt ? `“${evidence.excerpt}” — ` : "";
    return text(`${STANCE_LABELS[evidence.stance]}: ${excerpt}${source.title}`, "linking");
  }
  return {
    type: "SpecificResource",
    purpose: "linking",
    source: address,
    ...(evidence.excerpt ? { selector: { type: "TextQuoteSelector", exact: evidence.excerpt } } : {}),
    styleClass: `stance-${evidence.stance.toLowerCase()}`,
  };
}

function verdictValue(claim: ReportClaim): string | null {
  if (claim.status !== "RESOLVED" || claim.finalRating === null) return null;
  const note = claim.resolutionNote ? ` — ${claim.resolutionNote}` : "";
  return `Rating: ${claim.finalRating.label}${note}`;
}

/** The annotation for one claim, without @context (it is embedded in the collection). */
export function toAnnotation(claim: ReportClaim): Json {
  const verdict = verdictValue(claim);
  const body = [
    text(claim.statement, "describing"),
    ...(verdict ? [text(verdict, "assessing")] : []),
    ...claim.evidence.map(evidenceBody),
    ...claim.tags.map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
  ];
  return {
    id: claim.url,
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.lastChange.at,
    ...(claim.createdBy ? { creator: { type: "Person", name: claim.createdBy.name } } : {}),
    ...(body.some((item) => "styleClass" in item) ? { stylesheet: STANCE_STYLESHEET } : {}),
    body,
    target: target(claim),
  };
}

/** Pretty JSON for a value nested `depth` levels deep (two spaces each); JSON strings hold no raw newline. */
function indented(value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  return `${pad}${JSON.stringify(value, null, 2).replaceAll("\n", `\n${pad}`)}`;
}

/** The members written before and after the items, as pretty JSON lines at collection depth. */
function members(entries: Json): string {
  return Object.entries(entries).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(",\n");
}

export async function* writeW3cAnnotationExport(workspace: ReportWorkspace, claims: AsyncIterable<ReportClaim>): AsyncGenerator<string> {
  const pageId = `${workspace.exportUrl}#page-1`;
  const head = members({
    "@context": ANNOTATION_CONTEXT,
    id: workspace.exportUrl,
    type: "AnnotationCollection",
    label: `Claims of ${workspace.name}`,
    generated: workspace.exportedAt,
  });
  const openPage = `,\n  "first": {\n    "id": ${JSON.stringify(pageId)},\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [\n`;
  yield `{\n${head}`;
  let total = 0;
  for await (const claim of claims) {
    yield `${total === 0 ? openPage : ",\n"}${indented(toAnnotation(claim), 3)}`;
    total += 1;
  }
  yield total === 0 ? `,\n${members({ total })}\n}\n` : `\n    ]\n  },\n${members({ last: pageId, total })}\n}\n`;
}
