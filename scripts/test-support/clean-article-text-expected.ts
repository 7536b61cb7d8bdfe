// Hand-written expectations for the five seed captures (seeds/articles): exactly which
// non-blank lines the cleaner must remove, so that a cleaner that grows too eager fails.
import type { CleanedArticle, RemovedKind } from "@/lib/formats/clean-article-text";

export interface SeedExpectation {
  file: string;
  title: string;
  /** Non-blank removed lines as [1-based line, kind, exact text]. */
  removed: [number, Exclude<RemovedKind, "whitespace">, string][];
  /** How many surplus blank lines are dropped. */
  whitespace: number;
  detected: CleanedArticle["detected"];
  /** How the body's first paragraph starts and its last paragraph ends. */
  first: string;
  last: string;
}

// The capture repeats one ad slot as four @media rules with a per-slot class name.
function adSlot(line: number, className: string): [number, "css", string][] {
  return ["max-width: 600px", "min-width: 601px", "min-width: 801px", "min-width: 961px"].map((query, i) => [
    line + i,
    "css",
    `@media(${query}) {.${className} {display:block !important;}}`,
  ]);
}

const ADSENSE_PUSH = "(adsbygoogle = window.adsbygoogle || []).push({});";
const LOCKERDOME_LOADER =
  '(function(w,d,s,i){w.ldAdInit=w.ldAdInit||[];w.ldAdInit.push({slot:9556411219002982,size:[0, 0],id:"ld-7761-3177"});' +
  'if(!d.getElementById(i)){var j=d.createElement(s),p=d.getElementsByTagName(s)[0];j.async=true;' +
  'j.src="//cdn2.lockerdome.com/_js/ajs.js";j.id=i;p.parentNode.insertBefore(j,p);}})(window,document,"script","ld-ajs");';

export const SEED_EXPECTATIONS: SeedExpectation[] = [
  {
    file: "000_256eb11d6a4214e8.txt",
    title: "How the Islamic State ends: scrambling for Deir al-Zour",
    removed: [
      [3, "duplicate-title", "How the Islamic State ends: scrambling for Deir al-Zour"],
      [5, "furniture", "3 min read"],
      [6, "date-line", "03 Aug, 2017"],
    ],
    whitespace: 1,
    detected: { publishedAt: "2017-08-03", readingTime: "3 min read" },
    first:
      "The 'caliphate' is collapsing and IS leaders are forced to install conscription in Deir al-Zour - an unprecedented move on this scale.",
    last: "Where Islamic State fighters used to run towards the reward of death, their leaders must surely now be running away from certain doom.",
  },
  {
    file: "001_647f5e40dc1c0a35.txt",
    title: "ISIS enters its final days",
    removed: [
      ...adSlot(3, "adace_adsense_59f38bad125b1"),
      [8, "script", ADSENSE_PUSH],
      ...adSlot(44, "adace_adsense_59f38bad12d18"),
      [49, "script", ADSENSE_PUSH],
      ...adSlot(119, "adace_ad_59f38bad13249"),
      [124, "script", LOCKERDOME_LOADER],
      [126, "furniture", "The post ISIS enters its final days appeared first on The Duran."],
      [128, "furniture", "Source"],
    ],
    whitespace: 9,
    detected: {},
    first:
      "Though ISIS has held together surprisingly strongly in the face of the attacks of its multiple enemies, the last two weeks suggest that the tipping point has finally been reached, and that its disintegration has now begun.",
    last: "As for ISIS – discredited by its failure in Syria and Iraq and disgraced by its grotesque atrocities – its time of power and terror is almost up.",
  },
  {
    file: "002_e227ef14eb82658c.txt",
    title: "ISIS: No Longer Everlasting, Ever Growing",
    removed: [
      [1, "furniture", "Logo Wide"],
      [6, "duplicate-title", "ISIS: No Longer Everlasting, Ever Growing"],
      [45, "furniture", "Helpful keywords"],
    ],
    whitespace: 14,
    detected: {},
    first:
      "Perhaps, the best explanation for ISIS' weakening was the way it ruled, where citizens living under ISIS rule bear witness to its brutal extremism, and thus, the ISIS' mask was removed",
    last: "The organization’s strength is receding; its slogan \"everlasting and growing\" has lost its glow. The international community has given up on Syria, accepting that extremism is a natural result of bloody repression, which was the initial catalyst for the expansion of ISIS.",
  },
  {
    file: "003_e7236d8e239538c0.txt",
    title: "What happened to ISIS after the raids of the international Alliance?",
    removed: [
      [3, "byline", "Written by Editorial Board"],
      [5, "furniture", "Language / اللغة العربية"],
      [24, "furniture", "Leave a Comment"],
      [26, "furniture", "error: النسخ ممنوع من ديرالزور24"],
    ],
    whitespace: 8,
    detected: { author: "Editorial Board" },
    first: "In the past four months, ISIS has witnessed a",
    last: "Many are then sent to the front lines to fight.",
  },
  {
    file: "004_1d4bf302df67dbd1.txt",
    title: "The End of the Caliphate",
    removed: [[1, "date-line", "Wednesday, July 13, 2016"]],
    whitespace: 2,
    detected: { publishedAt: "2016-07-13" },
    first:
      "Various signals coming from the Islamic State indicate that it is preparing for the loss of all its cities and most of its territory, converting itself back into a rootless terrorist network:",
    // The reader comment disputing "12 percent" is evidence later features link to: it stays.
    last: "-That sounds high. Fallujah, Qayyarah airbase, and the area around Manbij don't hold that much territory.",
  },
];
