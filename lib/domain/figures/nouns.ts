// Finds the noun a figure counts: "3,000 Yazidi women and children" → "women and children",
// "12 percent of their territory" → "territory". A heuristic without a dictionary: plural-looking words end the
// group, stop words cut it, proper-noun and adjective-looking words are modifiers.
import type { FigureLexicon } from "./lexicon/types";
import { H, at, isUpper, nextWord, wordAt, type Word } from "./text";

/** "direct": words right after the number; "of": only an "of" complement; "either": both; "half": "of" or "the". */
export type CountedMode = "direct" | "of" | "either" | "half";

export interface Counted {
  head: string;
  end: number;
}

type Role = "stop" | "plural" | "measure" | "modifier" | "adjective" | "noun";

const DETERMINERS = new Set("the their its his her our your these those this that all a an".split(" "));
const COORDINATION = new RegExp(String.raw`${H}+(and|or|&)${H}+`, "iy");
const NOT_PLURAL = /(?:ss|us|ics|['’]s)$/;
const SINGULAR_MEN = /(?:specimen|abdomen|regimen|stamen)$/;

/** Whether a word looks plural. "-is" is singular in lower case ("crisis") but plural in demonyms ("Iraqis"). */
export function isPluralLike(word: string, lex: FigureLexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.irregularPlurals.has(lower)) return true;
  if (lower.length > 4 && lower.endsWith("men") && !SINGULAR_MEN.test(lower)) return true;
  if (lower.length < 4 || !lower.endsWith("s") || NOT_PLURAL.test(lower)) return false;
  return !lower.endsWith("is") || isUpper(word[0]);
}

function role(w: Word, lex: FigureLexicon): Role {
  // Acronyms first: "US troops" is not the pronoun "us".
  const allCaps = w.text.length > 1 && w.text === w.text.toUpperCase();
  if (allCaps) return "modifier";
  if (lex.stopWords.has(w.lower)) return "stop";
  if (/['’]s?$/.test(w.lower) || /\p{N}/u.test(w.text)) return "modifier";
  if (isPluralLike(w.text, lex)) return "plural";
  if (isUpper(w.text[0])) return "modifier";
  if (lex.measureNouns.has(w.lower)) return "measure";
  if (lex.adjectives.has(w.lower) || lex.adjectiveSuffix.test(w.lower)) return "adjective";
  return "noun";
}

function coordinate(text: string, plural: Word, lex: FigureLexicon): Counted {
  // A plural noun used as a modifier ("police officers", "women fighters"): the second one is the head.
  const following = nextWord(text, plural.end);
  const head = following && role(following, lex) === "plural" && !isUpper(following.text[0]) ? following : plural;
  const c = at(COORDINATION, text, head.end);
  const w = c?.[1] ? wordAt(text, head.end + c[0].length) : null;
  if (!c?.[1] || !w || isUpper(w.text[0]) || lex.stopWords.has(w.lower) || !isPluralLike(w.text, lex)) {
    return { head: head.lower, end: head.end };
  }
  return { head: `${head.lower} ${c[1].toLowerCase()} ${w.lower}`, end: w.end };
}

function readGroup(text: string, pos: number, viaOf: boolean, allowSingular: boolean, lex: FigureLexicon): Counted | null {
  let tentative: Word | null = null;
  let modifier: Word | null = null;
  // "300 dead", "50 wounded": a casualty adjective right after the number, with no noun after it, is what is counted.
  let casualty: Word | null = null;
  let cur = pos;
  let previous: Role | null = null;
  for (let i = 0; i < 6; i += 1) {
    const w = nextWord(text, cur, previous === "adjective");
    if (!w) break;
    const r = role(w, lex);
    if (r === "stop") break;
    cur = w.end;
    if (r === "plural") return coordinate(text, w, lex);
    if (r === "measure") return { head: w.lower, end: w.end };
    if (r === "adjective" && i === 0 && lex.concepts.has(w.lower)) casualty = w;
    else if (casualty) casualty = null;
    if (r === "modifier") modifier = w;
    if (r === "noun") tentative = w;
    previous = r;
  }
  const chosen = (viaOf || allowSingular ? tentative : null) ?? (viaOf ? modifier : null) ?? casualty;
  return chosen ? { head: chosen.lower.replace(/['’]s?$/, ""), end: chosen.end } : null;
}

function skipDeterminers(text: string, pos: number): number {
  let p = pos;
  for (let i = 0; i < 2; i += 1) {
    const w = nextWord(text, p);
    if (!w || !DETERMINERS.has(w.lower)) break;
    p = w.end;
  }
  return p;
}

/** The counted noun after `pos` (the end of the number and its units), or null. */
export function readCounted(
  text: string, pos: number, lex: FigureLexicon, mode: CountedMode, allowSingular = false,
): Counted | null {
  const first = nextWord(text, pos);
  if (!first) return null;
  if (first.lower === "of" || (mode === "half" && first.lower === "the")) {
    if (mode === "direct") return null;
    return readGroup(text, skipDeterminers(text, first.end), true, true, lex);
  }
  if (mode !== "direct" && mode !== "either") return null;
  return readGroup(text, pos, false, allowSingular, lex);
}
