import { OPS, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { describe, expect, it } from "vitest";
import { summarizeClaims, type ReportClaim } from "@/lib/domain/report-model";
import { AppError } from "@/lib/errors";
import { PDF_MAX_CLAIMS } from "./export-format-info";
import { writePdfReport } from "./pdf-report";
import { ARABIC_QUOTE_CLAIM, FIXTURE_CLAIMS, FIXTURE_SUMMARY, FIXTURE_WORKSPACE, countingClaims, streamClaims } from "@test-support/report-fixture";

const DEMO_CLAIMS = [...FIXTURE_CLAIMS, ARABIC_QUOTE_CLAIM];
const DEMO_SUMMARY = summarizeClaims(FIXTURE_WORKSPACE.scale, DEMO_CLAIMS, FIXTURE_SUMMARY.openDisagreements);

async function render(claims: readonly ReportClaim[] = DEMO_CLAIMS, summary = DEMO_SUMMARY): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writePdfReport(FIXTURE_WORKSPACE, streamClaims(claims), summary)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface PageText {
  /** Each line read left to right, as a left-to-right paragraph is written. */
  ltr: string;
  /** Each line read right to left, as a right-to-left paragraph is written (pdf.js gives each piece of Arabic in logical order already). */
  rtl: string;
  links: string[];
}

/** The PDF's text as a reader (pdf.js) extracts it, line by line, with the page's link targets. */
async function readPdf(pdf: Buffer): Promise<PageText[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: PageText[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => "str" in item && item.str !== "");
    // A line: pieces whose baselines lie within 3 pt (a badge or a bar's label sits a little higher).
    const lines: TextItem[][] = [];
    for (const item of [...items].sort((a, b) => (b.transform[5] as number) - (a.transform[5] as number))) {
      const line = lines.at(-1);
      if (line && Math.abs((line[0]!.transform[5] as number) - (item.transform[5] as number)) <= 3) line.push(item);
      else lines.push([item]);
    }
    const ordered = lines.map((line) => line.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number)));
    const clean = (text: string) => text.replace(/[\u2066-\u2069]/gu, "").replace(/[ ]+/gu, " ").trim();
    // Read right to left, a run of punctuation between Arabic words is reversed too; pdf.js reverses only the Arabic.
    const rightToLeft = (item: TextItem) => (/[\p{L}\p{N}]/u.test(item.str) ? item.str : [...item.str].reverse().join(""));
    const ltr = ordered.map((line) => clean(line.map((item) => item.str).join(""))).join("\n");
    const rtl = ordered.map((line) => clean([...line].reverse().map(rightToLeft).join(""))).join("\n");
    const links = (await page.getAnnotations()).flatMap((annotation: { subtype?: string; url?: string }) => (annotation.subtype === "Link" && annotation.url ? [annotation.url] : []));
    pages.push({ ltr, rtl, links });
  }
  await document.destroy();
  return pages;
}

/**
 * The filled shapes of the first page that are as tall as a chart bar (9 pt), as colour → width: pdf.js's
 * operator list gives each path its fill colour and bounding box.
 */
async function chartBars(pdf: Buffer): Promise<Map<string, number>> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const operators = await (await document.getPage(1)).getOperatorList();
  const bars = new Map<string, number>();
  let fill = "";
  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (operator === OPS.setFillRGBColor) fill = String(args[0]);
    const box = operator === OPS.constructPath ? (args[2] as ArrayLike<number>) : null;
    if (box && Math.abs(box[3]! - box[1]! - 9) < 0.01) bars.set(fill, box[2]! - box[0]!);
  });
  await document.destroy();
  return bars;
}

/** Right-to-left paragraphs span lines: joined, a line break reads as the space it replaced. */
const joined = (text: string) => text.replace(/\n/gu, " ");

describe("writePdfReport", { timeout: 120_000 }, () => {
  it("writes a PDF that a reader opens, with the header and page numbers on every page", async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 8).toString("latin1")).toMatch(/^%PDF-1\.\d/);
    expect(pdf.subarray(-32).toString("latin1").trimEnd()).toMatch(/%%EOF$/);
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.ltr).toContain("Verdict report · ISIS decline 2015–2017");
      expect(page.ltr).toContain("Exported 2024-06-01 09:30 UTC");
      expect(page.ltr).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it("opens with the summary: a bar per rating with its count, statuses, open disagreements", async () => {
    const [first] = await readPdf(await render());
    const text = first!.ltr;
    expect(text).toContain("6 claims.");
    for (const [label, count] of [["True", 0], ["Mostly true", 1], ["Mixed", 1], ["Unverifiable", 1], ["Not rated yet", 3]] as const) expect(text).toMatch(new RegExp(`^${label} ${count}$`, "mu"));
    for (const [label, count] of [["Open", 1], ["In review", 1], ["Disputed", 1], ["Resolved", 3]] as const) expect(text).toMatch(new RegExp(`^${label} ${count}$`, "mu"));
    expect(text.indexOf("Open disagreements")).toBeLessThan(text.indexOf("In 2014 the caliphate covered roughly the area of Great Britain"));
  });

  it("draws each rating's bar in the scale's colour, as long as its share of the largest count", async () => {
    const bars = await chartBars(await render([], DEMO_SUMMARY));
    // The track behind every bar is 300 pt; "Not rated yet" (3) fills it, each rating with 1 claim a third.
    expect(bars.get("#cbd5e1")).toBeCloseTo(300);
    for (const colour of ["#65a30d", "#ca8a04", "#64748b"]) expect(bars.get(colour), colour).toBeCloseTo(100);
    for (const colour of ["#15803d", "#ea580c", "#dc2626"]) expect(bars.has(colour), colour).toBe(false);
  });

  it("prints every claim in order with its quote, final rating, reviewers' verdicts and sources", async () => {
    const pages = await readPdf(await render());
    const all = pages.map((page) => page.ltr).join("\n");
    const flowing = joined(all);
    const claimsStart = flowing.indexOf(" Claims ");
    const positions = DEMO_CLAIMS.filter((claim) => claim !== FIXTURE_CLAIMS[3]).map((claim) => flowing.indexOf(claim.statement, claimsStart));
    expect(claimsStart).toBeGreaterThan(0);
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const claim of FIXTURE_CLAIMS) expect(flowing).toContain(claim.quote.exact);
    expect(flowing).toContain("Final rating: Mixed resolved 2024-05-20");
    expect(flowing).toContain("Final rating: Unverifiable resolved 2024-05-21");
    expect(all).toContain("Rania Reviewer: False 2024-05-11");
    expect(all).toContain("Rafael Reviewer: Mostly true 2024-05-10");
    expect(flowing).toContain("Rated Mixed until a map-based estimate is found.");
    expect(all).toContain("Territorial control, first half of 2016 · Conflict Monitor (example) · 2016-07-10");
    expect(all).toContain("Archived copy: https://archive.example.org/2016/data.example.org/conflict-monitor/2016-h1");
    expect(all).toContain("Anchor: orphaned");
    expect(all).toContain("Final rating: not resolved yet.");
    expect(all).toContain("No evidence linked yet.");
  });

  it("links claim pages and sources, and never a URL that is not http(s)", async () => {
    const hostile: ReportClaim = {
      ...FIXTURE_CLAIMS[0]!,
      id: "hostile",
      url: "javascript:alert(1)",
      evidence: [{ ...FIXTURE_CLAIMS[0]!.evidence[1]!, source: { ...FIXTURE_CLAIMS[0]!.evidence[1]!.source, url: "data:text/html,<b>x</b>", archivedUrl: null } }],
    };
    const links = (await readPdf(await render([FIXTURE_CLAIMS[0]!, hostile]))).flatMap((page) => page.links);
    expect(links).toContain(FIXTURE_CLAIMS[0]!.url);
    expect(links).toContain("https://data.example.org/conflict-monitor/2016-h1");
    expect(links.every((url) => /^https?:\/\//u.test(url))).toBe(true);
  });

  it("sets Arabic right to left, shaped, and a reader extracts it in logical order", async () => {
    const pages = await readPdf(await render());
    const rtl = joined(pages.map((page) => page.rtl).join("\n"));
    const ltr = pages.map((page) => page.ltr).join("\n");
    // Right-to-left paragraphs: the Arabic statement (with lam-alef ligatures: لا, خلال), quote, rationale, excerpt, note.
    expect(rtl).toContain("نفّذ تنظيم داعش ما لا يقل عن 100 إعدام في منطقة دير الزور خلال أربعة أشهر");
    expect(rtl).toContain(`…${ARABIC_QUOTE_CLAIM.quote.prefix}${ARABIC_QUOTE_CLAIM.quote.exact}${ARABIC_QUOTE_CLAIM.quote.suffix}…`);
    expect(rtl).toContain("الرقم قريب من إحصاء المرصد للفترة نفسها، والفارق لا يغيّر الخلاصة.");
    // (Not the year after it: the guillemets around the excerpt are mirrored glyphs, which a reader extracts as drawn.)
    expect(rtl).toContain("أحصى المرصد 147 حالة إعدام في محافظة دير الزور بين كانون الثاني وحزيران");
    expect(rtl).toContain("ثلاث حالات أقل من رقم الشبكة.");
    // Arabic inside left-to-right lines stays apart from what follows it: the date is not pulled into it.
    expect(ltr).toContain("Claimant: 24ديرالزور");
    expect(ltr).toMatch(/تقرير الإعدامات نصف السنوي|السنوي نصف الإعدامات تقرير/u);
    expect(ltr).toContain("· 2015-07-05");
    expect(ltr).toContain(", 2015-06-30");
  });

  it("runs to many pages for many claims, numbering them on across sections", async () => {
    const { claims } = countingClaims(45);
    const many: ReportClaim[] = [];
    for await (const claim of claims) many.push(claim);
    const pages = await readPdf(await render(many, summarizeClaims(FIXTURE_WORKSPACE.scale, many, [])));
    expect(pages.length).toBeGreaterThan(15);
    expect(pages.at(-1)!.ltr).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(joined(pages.map((page) => page.ltr).join("\n"))).toContain("45. In 2014 the caliphate covered roughly the area of Great Britain");
  });

  it("says so when there is nothing to report", async () => {
    const [page, ...rest] = await readPdf(await render([], summarizeClaims(FIXTURE_WORKSPACE.scale, [], [])));
    expect(rest).toHaveLength(0);
    expect(page!.ltr).toContain("0 claims.");
    expect(page!.ltr).toMatch(/Open disagreements\nNone\./u);
    expect(page!.ltr).toContain("No claims to report.");
  });

  it(`refuses a scope of more than ${PDF_MAX_CLAIMS} claims before reading them, and a stream longer than its summary`, async () => {
    const { claims, pulled } = countingClaims(PDF_MAX_CLAIMS + 1);
    const tooBig = writePdfReport(FIXTURE_WORKSPACE, claims, { ...DEMO_SUMMARY, total: PDF_MAX_CLAIMS + 1 });
    const error = await tooBig.next().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("at most 500 claims and this scope has 501") });
    expect(pulled()).toBe(0);

    const understated = countingClaims(PDF_MAX_CLAIMS + 1);
    const late = await writePdfReport(FIXTURE_WORKSPACE, understated.claims, DEMO_SUMMARY).next().catch((caught: unknown) => caught);
    expect(late).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(understated.pulled()).toBe(PDF_MAX_CLAIMS + 1);
  });
});
