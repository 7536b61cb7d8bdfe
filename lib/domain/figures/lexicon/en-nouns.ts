// English words that tell what a number counts, names or dates, and the concepts of counted nouns; number, qualifier
// and unit words are in en.ts.
import { conceptMap } from "../concepts";

/** A number right after one of these names something ("Resolution 2254", "Flight 370"), it does not count it. */
const IDENTIFIER_HEADS = new Set(
  ("resolution resolutions flight route room number no no. nos no# article chapter section paragraph para clause page " +
    "p. pp. highway interstate model version v. unit platform gate terminal line bus ward bill item annex amendment " +
    "fig fig. table apartment apt suite building block lot exit junction channel episode season volume vol " +
    "vol. issue phase level grade class category tier part track pier station division brigade battalion regiment " +
    "squadron decree law order directive windows iphone galaxy boeing apollo formula code box id ref serial batch " +
    "file verse psalm hall covid sars mh su mig radio game match round stage ftse dax nikkei cac").split(" "),
);

/** Words that end a counted noun group (determiners, prepositions, auxiliaries, common verbs ending in -s). */
const STOP_WORDS = new Set(
  ("a an the this that these those each every any all some no its his her their our my your of in on at for from to " +
    "by with into onto over under about around across after before during since until till within without between " +
    "among against per via toward towards through near inside outside behind beyond than like as and or but nor so " +
    "yet while whereas if because though although when where which who whom whose what is are was were be been being " +
    "am has have had do does did will would shall should can could may might must said says say told tell remain " +
    "remains remained it they them he she we you i us also only just still now then ago later earlier more less most " +
    "least very too even already again here there not never ever respectively apiece alone instead today yesterday " +
    "tomorrow tonight seems appears lives goes makes takes comes gets holds shows means needs wants includes controls " +
    "supports believes faces lacks owns uses runs works lies stands continues represents suffers depends accounts " +
    "left fled fell rose went came took made got saw won lost held ran met became versus vs etc yes plus minus thus " +
    "whether either neither both such how why").split(" "),
);

const IRREGULAR_PLURALS = new Set(
  "people men women children police personnel staff cattle livestock feet teeth mice geese folk clergy youth".split(" "),
);

/** Modifiers that are never the counted noun themselves ("thousands of young, brainwashed Muslim men"). */
const ADJECTIVES = new Set(
  ("young old new other many few several such same last past next first second third fourth fifth further additional " +
    "extra local foreign small large big great major minor own total possible potential former current fresh top " +
    "senior junior elite male female dead alive innocent unarmed armed civilian military western eastern northern " +
    "southern central entire whole").split(" "),
);
const ADJECTIVE_SUFFIX = /(?:ed|ing|ly|ous|ful|ive|able|ible|ic|ish|less|est)$/;

/** Before a four-digit number these make it a year even when a noun follows ("in 2014 elections were held"). */
const STRONG_YEAR_CUES = new Set(
  ("in since until till before after during early late mid circa c. year years summer spring autumn fall winter from " +
    "through throughout").split(" "),
);
/** Weaker cues only make a year of 1900–2099 ("the 2014 elections", "conquests of 2014"). */
const WEAK_YEAR_CUES = new Set("of the its their his her to and or by".split(" "));

/** Words before "half" that make it a part of something rather than a fraction ("the second half"). */
const NOT_FRACTION_BEFORE_HALF = new Set(
  "first second latter former other back upper lower northern southern eastern western".split(" "),
);

/** The core vocabulary of conflict reporting, shared by every language (../concepts.ts). */
const CONCEPTS = conceptMap("en");

export const EN_NOUNS = {
  identifierHeads: IDENTIFIER_HEADS, stopWords: STOP_WORDS, irregularPlurals: IRREGULAR_PLURALS, adjectives: ADJECTIVES,
  adjectiveSuffix: ADJECTIVE_SUFFIX, concepts: CONCEPTS, strongYearCues: STRONG_YEAR_CUES, weakYearCues: WEAK_YEAR_CUES,
  notFractionBeforeHalf: NOT_FRACTION_BEFORE_HALF,
};
