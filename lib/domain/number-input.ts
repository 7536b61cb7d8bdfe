// Reads a number as a person types it into the claim form (or an API client sends it as text): "12000000",
// "12,000,000", "12 000 000" (with any space, no-break or thin), "12.5", "12,5", "١٢٫٥", "۱۲", "−5", "1.234.567,8".
// Digits may be Latin, Arabic-Indic (٠–٩) or Eastern Arabic (۰–۹); the Arabic separators ٬ (thousands) and ٫
// (decimal) are read as such. The rules, so that no value is silently misread:
// - A dot alone is the decimal point ("12.5", "1.234" = 1.234): the form writes values that way itself. Several dots
//   in groups of three are thousands ("1.234.567"). Only on a French or Spanish article, whose writers group
//   thousands with a dot, is a single dot before exactly three digits ("4.500") read as thousands (4500).
// - A comma alone is thousands when there are several, in groups of three ("12,000,000"), and the decimal comma when
//   it is followed by 1–2 or 4 or more digits ("12,5", "0,125", "3,14159"), or when the whole part is 0 ("0,125").
//   A single comma followed by exactly three digits after 1–3 other digits ("1,500") is 1500 in English and 1.5 in
//   French or Spanish: it is read as the language of the claim's article writes numbers when that is known (en →
//   thousands; fr, es → decimal comma), and refused otherwise (Arabic, where both are met, or no language), with
//   a message saying how to write either.
// - With both, the last one is the decimal mark and the other must group in threes ("1,234.5", "1.234,5").
// - Spaces group digits in threes only ("12 000"); "12 5" is refused.
// Pure: no locale of the server or browser is consulted.

/** "1,500" read both ways, kept until the claim's article says which (lib/data knows it; see resolveNumberInput). */
export interface AmbiguousNumber {
  ambiguous: true;
  text: string;
  /** "," ("1,500": refused where the language does not settle it) or "." ("4.500": a decimal unless French or Spanish). */
  mark: "," | ".";
  thousands: number;
  decimal: number;
  message: string;
}

export type NumberInputResult = { ok: true; value: number } | { ok: false; message: string; ambiguous?: AmbiguousNumber };

export type CommaMeaning = "thousands" | "decimal" | null;

/** What a single comma before three digits means in an article of `language`: English groups thousands with it,
 * French and Spanish write decimals with it; Arabic articles meet both, and an unknown language says nothing. */
export function commaMeaningOf(language: string | null | undefined): CommaMeaning {
  if (language === "en") return "thousands";
  return language === "fr" || language === "es" ? "decimal" : null;
}

export const NOT_A_NUMBER = "Enter a number, such as 12000000 or 12.5.";
const BAD_GROUPS = "Group digits in threes, such as 12 000 000 or 12,000,000, or write 12000000.";

// Bidi marks that copying from right-to-left text brings along, and the characters that group digits.
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const TRAILING_SEPARATOR = /[ \u00a0\u2007\u2009\u202f_,]$/;
const SEPARATORS_IN_A_ROW = /[., \u00a0\u2007\u2009\u202f_]{2}/;
const SHAPE = /^([+\-\u2212]?)([0-9., \u00a0\u2007\u2009\u202f_]+)(?:[eE]([+-]?\d+))?$/;

function latinDigits(text: string): string {
  // ٬ only ever groups thousands, so it becomes a grouping character that cannot be mistaken for a decimal comma.
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\u066b/g, ".")
    .replace(/\u066c/g, "_");
}

/** Whether `parts` (split at a grouping character) are digit groups: 1–3 digits, then threes. */
const grouped = (parts: readonly string[]) => /^\d{1,3}$/.test(parts[0] ?? "") && parts.slice(1).every((p) => /^\d{3}$/.test(p));

/** The whole part with its grouping characters (spaces, and `mark` if given) removed; null when badly grouped. */
function wholeOf(text: string, mark: "," | "." | null): string | null {
  const parts = text.split(new RegExp(`[${mark ? `\\${mark}` : ""} \u00a0\u2007\u2009\u202f_]`));
  if (parts.length === 1) return /^\d+$/.test(text) ? text : null;
  return grouped(parts) ? parts.join("") : null;
}

/** Decides which of "," and "." is the decimal mark: [whole part, decimals], both readings of "1,500", or a message. */
function split(body: string): [string, string] | { either: [string, string]; mark: "," | "." } | string {
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  if (commas && dots) {
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const at = Math.max(lastComma, lastDot);
    if ((decimal === "," ? commas : dots) > 1) return NOT_A_NUMBER;
    const whole = wholeOf(body.slice(0, at), group);
    return whole === null ? BAD_GROUPS : [whole, body.slice(at + 1)];
  }
  const mark = commas ? "," : dots ? "." : null;
  const count = commas || dots;
  if (mark === null || count > 1) {
    const whole = wholeOf(body, mark);
    return whole === null ? BAD_GROUPS : [whole, ""];
  }
  const at = body.indexOf(mark);
  const [before, after] = [body.slice(0, at), body.slice(at + 1)];
  if (/^\d{3}$/.test(after) && /^\d{1,3}$/.test(before) && before !== "0") return { either: [before, after], mark };
  const whole = before === "" ? "0" : wholeOf(before, null);
  return whole === null ? BAD_GROUPS : [whole, after];
}

/**
 * The number `input` holds, or a message saying how to write it. Blank input is not a number. `language` is the
 * claim's article's; without it "1,500" is refused, with both readings in `ambiguous` for resolveNumberInput.
 */
export function readNumberInput(input: string, language?: string | null): NumberInputResult {
  const read = parseNumberInput(input);
  return "ambiguous" in read && read.ambiguous === true ? resolveNumberInput(read, language) : (read as NumberInputResult);
}

/**
 * Both readings of a number whose meaning the article's language decides ("1,500", "4.500"), for the schema to keep
 * until lib/data knows the article (resolveNumberInput); null for any other input.
 */
export function pendingNumberInput(input: string): AmbiguousNumber | null {
  const read = parseNumberInput(input);
  return isAmbiguousNumber(read) ? read : null;
}

function parseNumberInput(input: string): NumberInputResult | AmbiguousNumber {
  const text = latinDigits(input.replace(INVISIBLE, "").trim());
  const shape = SHAPE.exec(text);
  const body = shape?.[2] ?? "";
  // Two separators in a row ("12..5") or one at the end is a slip of the keyboard, not a grouping.
  if (!shape || !/\d/.test(body) || SEPARATORS_IN_A_ROW.test(body) || TRAILING_SEPARATOR.test(body)) return { ok: false, message: NOT_A_NUMBER };
  const parts = split(body);
  if (typeof parts === "string") return { ok: false, message: parts };
  const sign = shape[1] === "-" || shape[1] === "\u2212" ? "-" : "";
  const number = (whole: string, decimals: string) => Number(`${sign}${whole}${decimals ? `.${decimals}` : ""}${shape[3] ? `e${shape[3]}` : ""}`);
  if ("either" in parts) {
    const [before, after] = parts.either;
    return {
      ambiguous: true, text: input, mark: parts.mark, thousands: number(`${before}${after}`, ""), decimal: number(before, after),
      message: `"${body}" could be read two ways. Write ${before}${after} for the whole number, or ${before}.${after} for the decimal.`,
    };
  }
  const [whole, decimals] = parts;
  if (!/^\d*$/.test(decimals)) return { ok: false, message: NOT_A_NUMBER };
  const value = number(whole, decimals);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: "Enter a finite number." };
}

/** Reads "1,500" or "4.500" as the article's language writes numbers, or refuses "1,500" with its message where it does not say. */
export function resolveNumberInput(n: AmbiguousNumber, language: string | null | undefined): NumberInputResult {
  // "4.500" groups thousands where the comma is the decimal mark (French, Spanish), and is a decimal anywhere else.
  const meaning = n.mark === "." ? (commaMeaningOf(language) === "decimal" ? "thousands" : "decimal") : commaMeaningOf(language);
  const value = meaning === "thousands" ? n.thousands : meaning === "decimal" ? n.decimal : null;
  if (value === null) return { ok: false, message: n.message, ambiguous: n };
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: "Enter a finite number." };
}

export const isAmbiguousNumber = (value: unknown): value is AmbiguousNumber =>
  typeof value === "object" && value !== null && (value as { ambiguous?: unknown }).ambiguous === true;
