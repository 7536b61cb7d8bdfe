// Tells identifiers ("AGM-114", "MH17", "Resolution 2254", phone numbers, version strings, CSS) from figures.
import { hyphenYearCue } from "./dates";
import type { FigureLexicon } from "./lexicon/types";
import { H, at, atLineStart, isDigit, isLetter, isWordChar, peekWord, previousWord } from "./text";

// Everything that can belong to one identifier; skipping it whole stops "7761-3177" yielding "3177".
const RUN = /[\p{L}\p{N}_\-‐.\/:#@+]*/uy;
// Three or more digit groups ("+44 20 7946 0958", "(202) 555-0143") or a 3-4 group ("555-0143").
const PHONE = /\d{2,5}\)?(?:[ .\-]\d{2,5}){2,}(?!\d)/y;
const PHONE_SHORT = /\d{3}-(?!\d\d00(?!\d))\d{4}(?!\d)/y;
const LONG_DIGITS = /\d{8}/y;
const LIST_MARKER = /\d{1,2}(?:[.)](?=\s)|[-‐](?=\s|\p{L}))/uy;
// Decimals are already consumed, so a further ".5", ":30", "/7" or ",25" marks a version, time, or code.
const AFTER_DIGITS = /[.:\/,]\d|[\]}=_]/y;
const TIME = new RegExp(String.raw`${H}*(?:[ap]\.m\.|[ap]m|gmt|utc|o['’]clock|hrs)(?![\p{L}])`, "iuy");
const BAD_BEFORE = "#@=/\\[{+'’_.,:";
const TIME_WORDS = new Set(["a", "p", "am", "pm", "gmt", "utc", "o", "hrs"]);

export function runEnd(text: string, pos: number): number {
  const m = at(RUN, text, pos);
  return pos + (m ? m[0].length : 0);
}

/** Where to resume scanning when the digits at `start` belong to an identifier, or -1 if they may be a figure. */
export function rejectDigitsBefore(text: string, start: number, lex: FigureLexicon): number {
  const prev = text[start - 1];
  const hyphenated = (prev === "-" || prev === "‐") && isWordChar(text[start - 2]) && !hyphenYearCue(text, start);
  if (isWordChar(prev) || hyphenated || (prev !== undefined && BAD_BEFORE.includes(prev))) return runEnd(text, start);
  const head = previousWord(text, start);
  if (head !== null && lex.identifierHeads.has(head)) return runEnd(text, start);
  if (atLineStart(text, start) && at(LIST_MARKER, text, start)) return runEnd(text, start);
  let digits = 0;
  while (isDigit(text[start + digits])) digits += 1;
  const after = text[start + digits] ?? "";
  const phone = digits >= 2 && digits <= 5 && after !== "" && " .-)".includes(after) ? (at(PHONE, text, start) ?? at(PHONE_SHORT, text, start)) : null;
  if (phone) return runEnd(text, start + phone[0].length);
  if (digits >= 8 && at(LONG_DIGITS, text, start)) return runEnd(text, start);
  if (text[start] === "0" && /\d/.test(text[start + 1] ?? "")) return runEnd(text, start);
  return -1;
}

/** True when what follows the digits ending at `end` shows they are not a quantity. */
export function rejectDigitsAfter(text: string, end: number): boolean {
  const next = text[end] ?? "";
  if (next !== "" && ".:/,]}=_".includes(next) && at(AFTER_DIGITS, text, end)) return true;
  return (isLetter(next) || TIME_WORDS.has(peekWord(text, end))) && at(TIME, text, end) !== null;
}
