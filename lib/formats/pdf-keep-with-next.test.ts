// A claim's heading never sits alone at the bottom of a page: it keeps its quote with it. Checked on the
// laid-out PDF as a reader extracts it (pdf.js: each line's text and height on its page), over claims of
// varied lengths so that headings fall at every height of a page.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { describe, expect, it } from "vitest";
import { summarizeClaims, type ReportClaim } from "@/lib/domain/report-model";
import { writePdfReport } from "./pdf-report";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE, streamClaims } from "@test-support/report-fixture";

/** Claims whose sections grow by a few lines each: the fixture's, with more evidence and longer notes. */
function variedClaims(count: number): ReportClaim[] {
  return Array.from({ length: count }, (_, n) => {
    const base = FIXTURE_CLAIMS[n % FIXTURE_CLAIMS.length]!;
    const evidence = Array.from({ length: n % 4 }, () => base.evidence).flat();
    return { ...base, id: `claim-${n}`, statement: `Heading ${n + 1} of the keep test`, evidence, resolutionNote: base.resolutionNote ? `${base.resolutionNote} ${"More. ".repeat(n % 7 * 8)}` : null };
  });
}

/** Each page's lines, top to bottom, with header and footer left out. */
async function bodyLines(pdf: Buffer): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => "str" in item && item.str.trim() !== "");
    const lines = new Map<number, string[]>();
    for (const item of items) {
      const y = Math.round(item.transform[5] as number);
      // The header (top 40 pt) and the footer (bottom 40 pt) repeat on every page.
      if (y > height - 40 || y < 40) continue;
      const key = [...lines.keys()].find((other) => Math.abs(other - y) <= 3) ?? y;
      lines.set(key, [...(lines.get(key) ?? []), item.str]);
    }
    pages.push([...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.join(" ").replace(/\s+/g, " ").trim()));
  }
  await document.destroy();
  return pages;
}

describe("the PDF report's claim headings", { timeout: 180_000 }, () => {
  it("never end a page: each is followed on its page by its claim's quote", async () => {
    const claims = variedClaims(36);
    const chunks: Uint8Array[] = [];
    for await (const chunk of writePdfReport(FIXTURE_WORKSPACE, streamClaims(claims), summarizeClaims(FIXTURE_WORKSPACE.scale, claims, []))) chunks.push(chunk);
    const pages = await bodyLines(Buffer.concat(chunks));
    let headings = 0;
    pages.forEach((lines, index) => {
      lines.forEach((line, at) => {
        if (!/Heading \d+ of the keep test/.test(line)) return;
        headings += 1;
        // What follows the heading on the same page: at least two lines (the quote), never nothing.
        expect(lines.length - at - 1, `page ${index + 1}: "${line}" is followed by ${JSON.stringify(lines.slice(at + 1))}`).toBeGreaterThanOrEqual(2);
      });
    });
    expect(headings).toBe(claims.length);
  });
});
