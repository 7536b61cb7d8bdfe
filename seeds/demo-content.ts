// What the demo workspace's reviewers have done: claims marked in the five articles, evidence linked
// between the articles, verdicts from both reviewers, resolved claims, and an open disagreement of
// every kind (reviewer split, source conflict, figure conflict, inconsistent ratings: the Yazidi captives
// marked twice, linked as the same claim and resolved two ways). Every quote is verbatim from the
// cleaned seed bodies or the demo letter below; rationales only lean on what these texts say.
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";

type Author = "reviewer1" | "reviewer2" | "editor";

/**
 * A reader's letter written for the demo, not a published article, and saying so: the corpus gives no
 * second figure for any quantity, and a figure conflict needs one. It disputes article 000's
 * "population of around 12 million people" with a lower figure for the same quantity.
 */
export const DEMO_LETTER = {
  key: "letter",
  title: "Letter to the desk: how many people did IS rule?",
  publisher: "Claimbench demo desk",
  publishedNote: "Not published: written for the Claimbench demo workspace",
  body: [
    "Letter to the desk: how many people did IS rule?",
    "",
    "This reader's letter was written for the Claimbench demo workspace. It is not a published article.",
    "",
    "Your article of 3 August 2017 says that at its peak in 2014 IS commanded a population of around 12 million people.",
    "",
    "The estimate I have seen most often for 2014 is 10 million people living under IS rule, and some put it lower. Please check which estimate the article relied on before repeating the larger figure.",
  ].join("\n"),
};

export interface DemoClaim {
  key: string;
  /** Start of the seed file name, e.g. "000", or "letter" for the demo letter. */
  article: string;
  quote: string;
  statement: string;
  claimant: string;
  tags: string[];
  by: Author;
  /** The figure as typed, or "detected": read from the quote by the figure detector, as a suggestion gives it. */
  figure?: { value: number; unit: FigureUnit; qualifier: FigureQualifier | null; low?: number; high?: number; counted?: string } | "detected";
}

export const DEMO_CLAIMS: DemoClaim[] = [
  { key: "leaders-killed", article: "000", quote: "Eight Islamic State leaders were confirmed killed", statement: "The US-led coalition killed eight IS leaders near Deir az-Zour in early August 2017", claimant: "Operation Inherent Resolve", tags: ["casualties", "deir-ez-zor"], by: "reviewer1", figure: { value: 8, unit: "count", qualifier: null, counted: "leaders" } },
  { key: "population", article: "000", quote: "IS commanded over a population of around 12 million people", statement: "At its 2014 peak IS ruled about 12 million people", claimant: "The New Arab", tags: ["population", "territory"], by: "reviewer1", figure: { value: 12_000_000, unit: "count", qualifier: "about", counted: "people" } },
  { key: "yazidi-captives", article: "000", quote: "Nearly 3,000 Yazidi women and children remain in IS captivity today", statement: "Nearly 3,000 Yazidi women and children were still held by IS in August 2017", claimant: "The New Arab, on the UN's anniversary of the genocide", tags: ["yazidi", "captives"], by: "reviewer2", figure: { value: 3000, unit: "count", qualifier: "nearly", counted: "yazidi women and children" } },
  { key: "conscription-ages", article: "000", quote: "a mandatory army conscription order for young Muslim men aged between 20 and 30", statement: "IS ordered the conscription of men aged 20 to 30 in Deir az-Zour", claimant: "The New Arab (unverified picture)", tags: ["conscription"], by: "reviewer2", figure: { value: 25, unit: "age", qualifier: null, low: 20, high: 30, counted: "men" } },
  { key: "raqqa-deal", article: "001", quote: "the 350 remaining ISIS fighters in the city to leave", statement: "A deal let the last 350 ISIS fighters leave Raqqa", claimant: "The Duran", tags: ["raqqa", "fighters"], by: "reviewer1", figure: { value: 350, unit: "count", qualifier: null, counted: "fighters" } },
  { key: "deir-ezzor-share", article: "001", quote: "were able to capture around two fifths of the city", statement: "ISIS held about two fifths of Deir Ezzor city during the siege", claimant: "The Duran", tags: ["deir-ez-zor", "territory"], by: "reviewer2", figure: { value: 0.4, unit: "fraction", qualifier: "about", counted: "city" } },
  { key: "al-omar", article: "001", quote: "the Al-Omar oil fields – the largest in Syria", statement: "The Al-Omar oil fields are the largest in Syria", claimant: "The Duran", tags: ["oil"], by: "reviewer1" },
  { key: "kirkuk-attack", article: "002", quote: "sending 600 fighters of the Albattar brigade to attack Kirkuk", statement: "ISIS sent 600 Albattar brigade fighters to attack Kirkuk", claimant: "Abu Hasan, activist from Deir-ez-Zor", tags: ["fighters", "kirkuk"], by: "reviewer2", figure: { value: 600, unit: "count", qualifier: null, counted: "fighters" } },
  { key: "kobani-executions", article: "002", quote: "ISIS executed tens of people during and after their retreat", statement: "ISIS executed tens of people around its retreat from Kobani", claimant: "Hasan Abu Abdul Karim", tags: ["executions"], by: "reviewer1", figure: { value: 60, unit: "count", qualifier: null, low: 20, high: 100, counted: "people" } },
  { key: "fighter-shortage", article: "002", quote: "The shortage of fighters was the clearest indication of ISIS regression – only thousands", statement: "ISIS was down to only thousands of fighters in early 2015", claimant: "Unnamed author", tags: ["fighters"], by: "reviewer2", figure: { value: 6000, unit: "count", qualifier: null, low: 2000, high: 10000, counted: "fighters" } },
  { key: "deir-ezzor-executions", article: "003", quote: "The number of executions in the Deir Ezzor region has reached at least 100 executions", statement: "ISIS carried out at least 100 executions in the Deir Ezzor region in four months", claimant: "Deir Ezzor 24 editorial board", tags: ["executions", "deir-ez-zor"], by: "reviewer1", figure: { value: 100, unit: "count", qualifier: "at least", counted: "executions" } },
  { key: "sharia-courses", article: "003", quote: "forced thousands in the region to undergo", statement: "ISIS forced thousands of locals into Sharia courses", claimant: "Deir Ezzor 24 editorial board", tags: ["coercion"], by: "reviewer2", figure: { value: 6000, unit: "count", qualifier: null, low: 2000, high: 10000, counted: "locals" } },
  { key: "territory-lost", article: "004", quote: "Recent advances by the Iraqi government and Syrian Kurds have cost ISIS 12 percent of their territory", statement: "Iraqi and Kurdish advances cost ISIS 12 percent of its territory by mid-2016", claimant: "Blog author", tags: ["territory"], by: "reviewer1", figure: { value: 12, unit: "percent", qualifier: null, counted: "territory" } },
  { key: "letter-population", article: "letter", quote: "10 million people living under IS rule", statement: "IS ruled 10 million people at its 2014 peak", claimant: "A reader's letter to the desk (demo)", tags: ["population"], by: "reviewer2", figure: { value: 10_000_000, unit: "count", qualifier: null, counted: "people" } },
  // The Yazidi captives again, in other words: the same claim as "yazidi-captives", rated another way.
  { key: "yazidi-held", article: "000", quote: "Yazidi women and children remain in IS captivity", statement: "Yazidi women and children were still held captive by IS in 2017", claimant: "The New Arab", tags: ["yazidi", "captives"], by: "reviewer1" },
  { key: "great-britain", article: "004", quote: "a combined territory roughly the size of Great Britain", statement: "In 2014 the caliphate covered roughly the area of Great Britain", claimant: "Blog author", tags: ["territory"], by: "reviewer2" },
];

export interface DemoEvidence {
  claim: string;
  article: string;
  quote: string;
  stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
  note: string;
  by: Author;
}

export const DEMO_EVIDENCE: DemoEvidence[] = [
  { claim: "territory-lost", article: "004", quote: "-That sounds high. Fallujah, Qayyarah airbase, and the area around Manbij don't hold that much territory.", stance: "CONTRADICTS", note: "A reader disputes the 12 percent: the places retaken by then were small.", by: "reviewer1" },
  { claim: "population", article: "004", quote: "a combined territory roughly the size of Great Britain", stance: "CONTEXT", note: "Size of the territory at the same time; population density would have to be checked.", by: "reviewer2" },
  { claim: "kobani-executions", article: "003", quote: "The number of executions in the Deir Ezzor region has reached at least 100 executions", stance: "SUPPORTS", note: "Another local source reports mass executions in the same period.", by: "reviewer1" },
  { claim: "fighter-shortage", article: "000", quote: "IS now has to resort to enforced conscription", stance: "SUPPORTS", note: "By 2017 IS had to conscript, which fits a shortage of volunteers.", by: "reviewer2" },
  { claim: "territory-lost", article: "004", quote: "Various signals coming from the Islamic State indicate that it is preparing for the loss of all its cities and most of its territory", stance: "SUPPORTS", note: "The article's own reading of IS's newsletter: IS expected to lose territory, which fits a real decline by mid-2016.", by: "reviewer2" },
  { claim: "population", article: "letter", quote: "The estimate I have seen most often for 2014 is 10 million people living under IS rule", stance: "CONTEXT", note: "A reader's lower estimate; it names no source, so it is context until one is found.", by: "reviewer1" },
  { claim: "raqqa-deal", article: "000", quote: "the real defeat of the Islamic State arguably came with the fall of Mosul", stance: "CONTEXT", note: "Different outlet, same arc: Mosul and Raqqa fell in 2017.", by: "reviewer1" },
];

export interface DemoVerdict {
  claim: string;
  by: "reviewer1" | "reviewer2";
  rating: string;
  rationale: string;
}

export const DEMO_VERDICTS: DemoVerdict[] = [
  { claim: "territory-lost", by: "reviewer2", rating: "Mostly true", rationale: "The article's figure is specific and dated; nothing in the workspace gives a different share." },
  { claim: "territory-lost", by: "reviewer1", rating: "False", rationale: "The reader's comment points out that the areas retaken were small; 12 percent looks too high for them." },
  { claim: "yazidi-captives", by: "reviewer1", rating: "Mostly true", rationale: "Attributed to the UN's anniversary statement; no source here disputes it." },
  { claim: "yazidi-captives", by: "reviewer2", rating: "Mostly true", rationale: "Consistent with the article's attribution; wording ('nearly') matches the source." },
  { claim: "population", by: "reviewer1", rating: "Mostly true", rationale: "Plausible for the territory described (about the size of Great Britain), but the population figure is not sourced." },
  { claim: "population", by: "reviewer2", rating: "Unverifiable", rationale: "No census or source for the 12 million is given in any article here." },
  { claim: "kobani-executions", by: "reviewer2", rating: "Mostly true", rationale: "Deir Ezzor 24 reports mass executions in the same months." },
];

export const DEMO_RESOLUTIONS = [
  { claim: "yazidi-captives", rating: "Mostly true", note: "Both reviewers agree; the figure is attributed to the UN and not contradicted." },
  { claim: "yazidi-held", rating: "Mixed", note: "Captives remained, but the article gives no date beyond 'today'." },
];

/**
 * Resolved claims the editor published as public fact-checks (issue 19), so that the demo shows its public
 * pages, feed and data feed at /p/isis-decline from the start. Headline and summary as an editor would write them.
 */
export const DEMO_PUBLICATIONS = [
  {
    claim: "yazidi-captives",
    headline: "Were nearly 3,000 Yazidi women and children still held by IS in August 2017?",
    summary: "Mostly true. The figure is the UN's, given on the anniversary of the genocide in August 2017, and no source the desk found disputes it; the article does not say how the UN counted.",
  },
];

/** Claims a reviewer linked as the same claim (issue 17). */
export const DEMO_SAME_CLAIMS: { claims: [string, string]; by: Author }[] = [
  { claims: ["yazidi-captives", "yazidi-held"], by: "reviewer1" },
];
