// The verdict report as a PDF, for people: what markdown-report.ts writes, typeset. A header with the
// workspace and export date and a footer with page numbers on every page, then the summary (a bar chart
// of final ratings, statuses, open disagreements), then each claim (pdf-claim.tsx). Rendered in Node with
// @react-pdf/renderer; Arabic is shaped and laid out right to left (see pdf-fonts.ts and pdf-text.ts).
//
// Same input as writeMarkdownReport: the workspace, the claims as an AsyncIterable, the summary computed up
// front. The output is the PDF's bytes as an async generator of chunks, so an export route streams it the
// same way as the text formats (Readable.from / ReadableStream.from).
//
// Memory and time: unlike the text writers, a PDF cannot be written claim by claim. Page breaks, "Page 3
// of 40" and the outline need the document laid out first, so the claims are collected and react-pdf lays
// the whole document out in memory before the first byte. Measured with bench/pdf-report.ts (figures in
// bench/README.md): about 70 ms of CPU and 1.5–2.5 MB per claim on top of ~180 MiB for fonts and the
// library. PDF_MAX_CLAIMS (export-format-info.ts) caps a PDF at under about 1 GB and 40 s of CPU; larger scopes are refused with
// a message pointing to a narrower scope or to CSV and Markdown, which stream. A PDF of more than a few
// dozen claims takes seconds, so it belongs in the background job queue rather than a request.
//
// react-pdf lays a <Page> element's content out again for each sheet it breaks off, so one <Page> holding
// every claim costs time and memory that grow faster than the claim count (120 claims: 21 s CPU and
// 660 MiB in one <Page>, 9.6 s and 340 MiB in sections of 20). Claims are therefore set in sections of
// CLAIMS_PER_SECTION, each its own <Page> element: a section starts on a new sheet, page numbers run on.
import { Document, Page, Text, View, renderToStream } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReportClaim, ReportSummary, ReportWorkspace } from "@/lib/domain/report-model";
import { AppError } from "@/lib/errors";
import { PDF_MAX_CLAIMS, tooManyClaimsMessage } from "./export-format-info";
import { ClaimSection } from "./pdf-claim";
import { registerReportFonts } from "./pdf-fonts";
import { styles } from "./pdf-styles";
import { SummarySection, TitleBlock, when } from "./pdf-summary";
import { isolate } from "./pdf-text";

function tooManyClaims(count: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", tooManyClaimsMessage("pdf", count));
}

/** Claims per <Page> element (see above): about 10 sheets. */
const CLAIMS_PER_SECTION = 20;

function PageFrame({ workspace, children }: { workspace: ReportWorkspace; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.header} fixed>
        <Text>Verdict report · {isolate(workspace.name)}</Text>
        <Text>Exported {when(workspace.exportedAt)}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{workspace.slug}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
      <View style={styles.body}>{children}</View>
    </Page>
  );
}

export function ReportDocument({ workspace, claims, report }: { workspace: ReportWorkspace; claims: readonly ReportClaim[]; report: ReportSummary }) {
  const sections: (readonly ReportClaim[])[] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_SECTION) sections.push(claims.slice(start, start + CLAIMS_PER_SECTION));
  return (
    <Document title={`Verdict report: ${workspace.name}`} author={workspace.organizationName ?? workspace.name} subject="Claims, verdicts and evidence" creator="Claimbench" producer="Claimbench" language="en">
      <PageFrame workspace={workspace}>
        <TitleBlock workspace={workspace} />
        <SummarySection workspace={workspace} report={report} />
        {claims.length === 0 ? <Text style={styles.muted}>No claims to report.</Text> : null}
      </PageFrame>
      {sections.map((section, index) => (
        <PageFrame key={index} workspace={workspace}>
          {index === 0 ? <Text style={styles.h2}>Claims</Text> : null}
          {section.map((claim, offset) => <ClaimSection key={claim.id} claim={claim} number={index * CLAIMS_PER_SECTION + offset + 1} scale={workspace.scale} />)}
        </PageFrame>
      ))}
    </Document>
  );
}

/** The claims in order, refusing a scope over PDF_MAX_CLAIMS before it is all in memory. */
async function collectClaims(claims: AsyncIterable<ReportClaim>, expected: number): Promise<ReportClaim[]> {
  if (expected > PDF_MAX_CLAIMS) throw tooManyClaims(expected);
  const collected: ReportClaim[] = [];
  for await (const claim of claims) {
    if (collected.length === PDF_MAX_CLAIMS) throw tooManyClaims(Math.max(expected, PDF_MAX_CLAIMS + 1));
    collected.push(claim);
  }
  return collected;
}

export async function* writePdfReport(workspace: ReportWorkspace, claims: AsyncIterable<ReportClaim>, report: ReportSummary): AsyncGenerator<Uint8Array> {
  const collected = await collectClaims(claims, report.total);
  await registerReportFonts();
  const stream = await renderToStream(<ReportDocument workspace={workspace} claims={collected} report={report} />);
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
}
