// npm run bench:figures — detectFigures throughput alone, with no database or app (bench:reader does the same
// on English as part of its run). Prints MB/s per language on a generated ~5 MB text; never asserts timings.
// English: the seed-corpus bodies repeated, each copy with its digits shifted (as in bench/reader.ts).
import { performance } from "node:perf_hooks";
import { loadSeedArticles } from "../seeds/articles";
import { detectFigures } from "../lib/domain/figures";

const TEXT_BYTES = 5 * 1024 * 1024;
const RUNS = 5;

function generate(bodies: string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TEXT_BYTES; copy += 1) {
    const body = bodies[copy % bodies.length]!.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    const part = `Copy ${copy + 1}.\n\n${body}`;
    parts.push(part);
    bytes += Buffer.byteLength(part) + 2;
  }
  return parts.join("\n\n");
}

function measure(label: string, text: string) {
  const size = Buffer.byteLength(text);
  const found = detectFigures(text).length;
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    detectFigures(text);
    rates.push(size / 1e6 / ((performance.now() - started) / 1000));
  }
  const sorted = rates.sort((a, b) => a - b);
  console.log(
    `${label}: detectFigures on ${(size / 1e6).toFixed(2)} MB, ${sorted[0]!.toFixed(2)} MB/s slowest, ` +
      `${sorted[Math.floor(RUNS / 2)]!.toFixed(2)} MB/s median; ${found.toLocaleString("en")} figures found.`,
  );
}

const bodies = (await loadSeedArticles()).map((seed) => seed.body);
measure("English (seed corpus)", generate(bodies));
