// npm run bench:pdf [-- 50 200 …] — what a PDF verdict report costs as it grows. For each claim count
// (the demo report's claims repeated) it renders the report in a fresh Node process
// (bench/render-report-pdf.ts) and prints pages, wall time, CPU time and peak memory (RSS). Prints
// figures, never asserts timings (not part of `npm test`). PDF_MAX_CLAIMS in lib/formats/pdf-report.tsx
// is set from these figures.
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runScript } from "../scripts/run";

const root = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);

runScript(async () => {
  const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  console.log(`PDF verdict report on ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} (a busy machine stretches wall time, not CPU time or memory)`);
  for (const count of counts.length ? counts : [25, 100, 200]) {
    const out = path.join(os.tmpdir(), `claimbench-bench-${process.pid}-${count}.pdf`);
    const { stdout } = await run(process.execPath, ["--import", "tsx", "bench/render-report-pdf.ts", out, "--claims", String(count)], { cwd: root, maxBuffer: 1 << 20 });
    const pages = ((await readFile(out, "latin1")).match(/\/Type\s*\/Page\b/gu) ?? []).length;
    await rm(out, { force: true });
    console.log(`${String(count).padStart(6)} claims, ${String(pages).padStart(5)} pages: ${stdout.slice(stdout.indexOf("claims, ") + 8).trim()}`);
  }
  return 0;
});
