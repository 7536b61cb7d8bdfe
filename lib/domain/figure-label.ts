import type { FigureValue } from "./figures/types";

type Figure = FigureValue;

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A figure in words a reviewer reads at a glance: "about 12,000,000 people", "12% of territory". */
export function figureLabel(figure: Figure): string {
  const amount =
    figure.low !== null && figure.low !== undefined && figure.high !== null && figure.high !== undefined
      ? `${number.format(figure.low)}–${number.format(figure.high)}`
      : number.format(figure.value);
  const withUnit =
    figure.unit === "percent" ? `${amount}%`
    : figure.unit === "age" ? `aged ${amount}`
    : figure.unit === "fraction" ? `${amount} (fraction)`
    : figure.unit === "year" || figure.unit === "date" ? String(figure.value)
    : amount;
  const counted = figure.counted ? ` ${figure.unit === "percent" || figure.unit === "fraction" ? "of " : ""}${figure.counted}` : "";
  return `${figure.qualifier ? `${figure.qualifier} ` : ""}${withUnit}${counted}`;
}
