// A figure as a reason for a match says it: "about 12 million people", "12% of territory", "20–30 years".
// Shorter than figureLabel (figure-label.ts), which spells every digit for the claim page; a reason is read
// at a glance beside the statement, so millions and billions are words.
import type { ClaimFigure } from "../vocabulary";

const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** 12000000 → "12 million", 1500000000 → "1.5 billion", 3000 → "3,000". */
export function amountWords(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e9) return `${grouped.format(value / 1e9)} billion`;
  if (size >= 1e6) return `${grouped.format(value / 1e6)} million`;
  return grouped.format(value);
}

export function figureWords(figure: ClaimFigure): string {
  const hasRange = figure.low !== null && figure.high !== null && figure.low !== figure.high;
  const percent = figure.unit === "percent" || figure.unit === "fraction";
  const scale = figure.unit === "fraction" ? 100 : 1;
  const one = (x: number) => (figure.unit === "year" ? String(x) : `${amountWords(x * scale)}${percent ? "%" : ""}`);
  const amount = hasRange ? `${one(figure.low!)}–${one(figure.high!)}` : one(figure.value);
  const noun = figure.counted ? ` ${percent ? "of " : ""}${figure.counted}` : "";
  const age = figure.unit === "age" ? " years old" : "";
  return `${figure.qualifier ? `${figure.qualifier} ` : ""}${amount}${age}${noun}`;
}
