// npx tsx scripts/render-report-pdf.ts [out.pdf] [--claims N]
// Renders the demo report to a PDF file, to look at (`pdftoppm -r 80 -png out.pdf page` turns it into
// PNGs): the claims of lib/formats/report-fixture.ts, built from the demo corpus, and its claim quoted from
// an Arabic article. With --claims N it repeats them up to N claims, for a long report.
// (Until the export data layer lands this renders the fixture, not the database's demo workspace.)
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { summarizeClaims, type ReportClaim } from "@/lib/domain/report-model";
import { writePdfReport } from "@/lib/formats/pdf-report";
import { ARABIC_QUOTE_CLAIM, FIXTURE_CLAIMS, FIXTURE_SUMMARY, FIXTURE_WORKSPACE, streamClaims } from "@/lib/formats/report-fixture";

const DEMO_CLAIMS = [...FIXTURE_CLAIMS, ARABIC_QUOTE_CLAIM];

function parseArgs(argv: string[]): { out: string; count: number } {
  const at = argv.indexOf("--claims");
  const count = at === -1 ? DEMO_CLAIMS.length : Number(argv[at + 1]);
  if (!Number.isInteger(count) || count < 0) throw new Error("--claims takes a whole number, for example --claims 200.");
  const out = argv.find((arg, index) => !arg.startsWith("--") && (at === -1 || index !== at + 1)) ?? "verdict-report.pdf";
  return { out, count };
}

function repeated(count: number): ReportClaim[] {
  return Array.from({ length: count }, (_, i) => {
    const claim = DEMO_CLAIMS[i % DEMO_CLAIMS.length]!;
    return i < DEMO_CLAIMS.length ? claim : { ...claim, id: `${claim.id}-${i}` };
  });
}

const { out, count } = parseArgs(process.argv.slice(2));
const claims = repeated(count);
const summary = summarizeClaims(FIXTURE_WORKSPACE.scale, claims, FIXTURE_SUMMARY.openDisagreements);
const started = performance.now();
await pipeline(Readable.from(writePdfReport(FIXTURE_WORKSPACE, streamClaims(claims), summary)), createWriteStream(out));
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const wallSeconds = (performance.now() - started) / 1000;
// bench/pdf-report.ts reads this line.
console.log(`Wrote ${out}: ${claims.length} claims, ${wallSeconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU, peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MiB.`);
