// npx tsx bench/render-report-pdf.ts [out.pdf] [--claims N]
// Renders the demo report to a PDF file, to look at (`pdftoppm -r 80 -png out.pdf page` turns it into
// PNGs): the claims of scripts/test-support/report-fixture.ts, built from the demo corpus, and its claim quoted from
// an Arabic article. With --claims N it repeats them up to N claims, for a long report.
//
// node --import tsx --import ./scripts/allow-server-only.ts bench/render-report-pdf.ts [out.pdf] \
//   --workspace <slug> [--as <email>] [--article <id>]
// renders a workspace of the database instead (the embedded one of CLAIMBENCH_DB_PORT, or DATABASE_URL),
// through streamExport as the reports page does, as the member <email> (owner@example.org by default).
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { summarizeClaims, type ReportClaim } from "@/lib/domain/report-model";
import { writePdfReport } from "@/lib/formats/pdf-report";
import { ARABIC_QUOTE_CLAIM, FIXTURE_CLAIMS, FIXTURE_SUMMARY, FIXTURE_WORKSPACE, streamClaims } from "@test-support/report-fixture";
import { onShutdown, runScript } from "@/scripts/run";

const DEMO_CLAIMS = [...FIXTURE_CLAIMS, ARABIC_QUOTE_CLAIM];

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} takes a value, for example ${name} ${name === "--claims" ? "200" : name === "--as" ? "owner@example.org" : "isis-decline"}.`);
  return value;
}

function parseArgs(argv: string[]) {
  const claimsOption = option(argv, "--claims");
  const count = claimsOption === undefined ? DEMO_CLAIMS.length : Number(claimsOption);
  if (!Number.isInteger(count) || count < 0) throw new Error("--claims takes a whole number, for example --claims 200.");
  const values = new Set(["--claims", "--workspace", "--as", "--article"].map((name) => argv.indexOf(name) + 1).filter((index) => index > 0));
  const out = argv.find((arg, index) => !arg.startsWith("--") && !values.has(index)) ?? "verdict-report.pdf";
  return { out, count, workspace: option(argv, "--workspace"), as: option(argv, "--as") ?? "owner@example.org", article: option(argv, "--article") };
}

/** The workspace's report through streamExport, as the member `email` sees it. */
async function workspaceReport(slug: string, email: string, article: string | undefined): Promise<Readable | null> {
  const { openDatabase } = await import("@/lib/db/server");
  const db = await openDatabase();
  onShutdown(db.close);
  process.env.DATABASE_URL = db.databaseUrl;
  const { getUserIdByEmailForBench } = await import("@test-support/bulk-claims");
  const { streamExport } = await import("@/lib/workflows/export/exports");
  const userId = await getUserIdByEmailForBench(email);
  if (!userId) {
    console.error(`No user ${email} in this database. Name a member of ${slug} with --as <email>.`);
    return null;
  }
  const { AppError } = await import("@/lib/errors");
  const file = await streamExport({ actor: { id: userId }, slug, format: "pdf", scope: article ? { article } : {}, baseUrl: "http://bench.invalid" }).catch((error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    return null;
  });
  if (!file) return null;
  return Readable.fromWeb(file.body as WebReadableStream<Uint8Array>);
}

function repeated(count: number): ReportClaim[] {
  return Array.from({ length: count }, (_, i) => {
    const claim = DEMO_CLAIMS[i % DEMO_CLAIMS.length]!;
    return i < DEMO_CLAIMS.length ? claim : { ...claim, id: `${claim.id}-${i}` };
  });
}

runScript(async () => {
  const { out, count, workspace, as, article } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  let written: string;
  if (workspace) {
    const report = await workspaceReport(workspace, as, article);
    if (!report) return 1;
    await pipeline(report, createWriteStream(out));
    written = `the report of ${workspace}${article ? `, article ${article}` : ""} as ${as}`;
  } else {
    const claims = repeated(count);
    const summary = summarizeClaims(FIXTURE_WORKSPACE.scale, claims, FIXTURE_SUMMARY.openDisagreements);
    await pipeline(Readable.from(writePdfReport(FIXTURE_WORKSPACE, streamClaims(claims), summary)), createWriteStream(out));
    written = `${claims.length} claims`;
  }
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const wallSeconds = (performance.now() - started) / 1000;
  // bench/pdf-report.ts reads this line.
  console.log(`Wrote ${out}: ${written}, ${wallSeconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU, peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MiB.`);
});
