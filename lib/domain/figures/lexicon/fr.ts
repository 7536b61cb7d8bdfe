// The French words of figures, read by the Romance parser (../romance.ts) by the French and Spanish conventions
// summarised there: "près de 12 millions de personnes", "2,3 Md€",
// "quatre-vingt-dix-sept otages", "des dizaines de milliers d'habitants", "âgés de 18 à 25 ans".
import { conceptMap } from "../concepts";
import type { FigureQualifier } from "../types";
import type { Phrase, RomanceLexicon } from "./romance-types";

const words = (list: string) => new Set(list.split(" "));
const forms = (value: number, list: string) => list.split(" ").map((w): [string, number] => [w, value]);
const phrases = (list: ReadonlyArray<readonly [string, FigureQualifier]>) =>
  list.map(([p, q]): readonly [Phrase, FigureQualifier] => [p.split(/[ -]/), q]);

const NUMBER_WORDS = new Map<string, number>([
  ...forms(0, "zéro"), ...forms(1, "un une"), ...forms(2, "deux"), ...forms(3, "trois"), ...forms(4, "quatre"),
  ...forms(5, "cinq"), ...forms(6, "six"), ...forms(7, "sept"), ...forms(8, "huit"), ...forms(9, "neuf"),
  ...forms(10, "dix"), ...forms(11, "onze"), ...forms(12, "douze"), ...forms(13, "treize"), ...forms(14, "quatorze"),
  ...forms(15, "quinze"), ...forms(16, "seize"), ...forms(20, "vingt vingts"), ...forms(30, "trente"),
  ...forms(40, "quarante"), ...forms(50, "cinquante"), ...forms(60, "soixante"),
]);

const SCALES = new Map<string, number>([
  ...forms(1e3, "mille"), ...forms(1e6, "million millions"), ...forms(1e9, "milliard milliards"),
  ...forms(1e12, "billion billions"),
]);

const ROUND_NOUNS = new Map<string, number>([
  ...forms(10, "dizaine"), ...forms(12, "douzaine"), ...forms(15, "quinzaine"), ...forms(20, "vingtaine"),
  ...forms(30, "trentaine"), ...forms(40, "quarantaine"), ...forms(50, "cinquantaine"), ...forms(60, "soixantaine"),
  ...forms(100, "centaine"), ...forms(1000, "millier"),
]);

const APPROX_PLURALS = new Map<string, number>([
  ...forms(10, "dizaines"), ...forms(12, "douzaines"), ...forms(100, "centaines"), ...forms(1000, "milliers"),
  ...forms(1e6, "millions"), ...forms(1e9, "milliards"),
]);

const FRACTIONS = new Map<string, number>([
  ...forms(2, "moitié moitie"), ...forms(3, "tiers"), ...forms(4, "quart quarts"), ...forms(5, "cinquième cinquièmes"),
  ...forms(10, "dixième dixièmes"),
]);

const QUALIFIERS = phrases([
  ["environ", "about"], ["quelque", "about"], ["quelques", "about"], ["approximativement", "about"],
  ["autour de", "about"], ["aux alentours de", "about"], ["de le ordre de", "about"], ["à peu près", "about"],
  ["près de", "nearly"], ["presque", "nearly"], ["quasiment", "nearly"], ["pratiquement", "nearly"],
  ["plus de", "over"], ["au-delà de", "over"], ["un peu plus de", "over"], ["bien plus de", "over"],
  ["moins de", "under"], ["un peu moins de", "under"],
  ["au moins", "at least"], ["pas moins de", "at least"], ["au minimum", "at least"], ["au bas mot", "at least"],
  ["au plus", "at most"], ["jusque à", "at most"], ["pas plus de", "at most"], ["au maximum", "at most"],
  ["exactement", "exactly"], ["précisément", "exactly"],
]);

const TRAILING = phrases([
  ["au moins", "at least"], ["au minimum", "at least"], ["ou plus", "at least"], ["et plus", "at least"],
  ["au plus", "at most"], ["au maximum", "at most"], ["environ", "about"],
]);

const CHANGE_VERBS = words(
  "passé passée passés passées passer passant passe passait augmenté augmentée augmenter augmentant augmente " +
    "baissé baissée baisser baissant chuté chuter chutant diminué diminuée diminuer diminuant reculé reculer " +
    "progressé progresser grimpé grimper bondi bondir tombé tombée tomber monté montée monter réduit réduite " +
    "relevé relevée abaissé abaissée doublé triplé évolué évoluer glissé plongé gonflé fondu",
);

const CURRENCIES = new Map<string, string>([
  ["euro", "euros"], ["euros", "euros"], ["€", "euros"], ["eur", "euros"], ["dollar", "dollars"], ["dollars", "dollars"],
  ["$", "dollars"], ["usd", "dollars"], ["livre", "livres"], ["livres", "livres"], ["£", "livres"], ["gbp", "livres"],
  ["yen", "yens"], ["yens", "yens"], ["¥", "yens"], ["yuan", "yuans"], ["yuans", "yuans"], ["franc", "francs"],
  ["francs", "francs"], ["dinar", "dinars"], ["dinars", "dinars"], ["dirham", "dirhams"], ["dirhams", "dirhams"],
  ["riyal", "riyals"], ["riyals", "riyals"], ["rial", "rials"], ["rials", "rials"], ["rouble", "roubles"],
  ["roubles", "roubles"], ["roupie", "roupies"], ["roupies", "roupies"], ["shekel", "shekels"], ["shekels", "shekels"],
  ["lire", "livres"], ["centime", "centimes"], ["centimes", "centimes"],
]);

const MONTHS = new Map<string, number>([
  ...forms(1, "janvier"), ...forms(2, "février fevrier"), ...forms(3, "mars"), ...forms(4, "avril"), ...forms(5, "mai"),
  ...forms(6, "juin"), ...forms(7, "juillet"), ...forms(8, "août aout"), ...forms(9, "septembre"),
  ...forms(10, "octobre"), ...forms(11, "novembre"), ...forms(12, "décembre decembre"),
]);

const STOP_WORDS = words(
  "le la les un une des du de au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos à en " +
    "dans sur sous pour par avec sans selon contre chez vers depuis pendant durant parmi entre après avant lors dès " +
    "et ou mais donc car ni que qui dont où quand comme si il elle ils elles on se y lui eux nous vous ne pas plus " +
    "moins très bien tout tous toute toutes seulement déjà encore aussi environ près presque ont sont a est était " +
    "étaient avait avaient sera seront serait seraient été être avoir fut furent restent reste vivent vit doivent " +
    "peuvent pourraient devraient auraient aurait font fait ayant étant soit contre mardi lundi mercredi jeudi " +
    "vendredi samedi dimanche hier aujourd demain par-dessus ainsi alors puis cependant toutefois chacun chacune " +
    "sur-le-champ d'ici jusque afin",
);

/** Counted noun → the shared concept: the cross-language table (../concepts.ts); currencies are "money" there too. */
export const FR_CONCEPTS = conceptMap("fr");

export const FR: RomanceLexicon = {
  language: "fr",
  numberWords: NUMBER_WORDS, ones: words("un une"), hundreds: words("cent cents"), numberJoiner: "et", scales: SCALES,
  halfAfterScale: ["et", "demi"], halfBeforeScale: words("demi"),
  scaleAbbreviations: new Map([["md", 1e9], ["mds", 1e9], ["mrd", 1e9], ["mrds", 1e9], ["m", 1e6], ["k", 1e3]]),
  currencyOnlyAbbreviations: words("m k"),
  roundNouns: ROUND_NOUNS, approxPlurals: APPROX_PLURALS,
  approxLeads: [[["des"], 2, 10], [["plusieurs"], 3, 9], [["quelques"], 2, 5]],
  fractions: FRACTIONS, fractionOrdinals: new Map(), fractionPart: new Set(), halfArticles: words("la une"),
  percentPhrases: [["pour", "cent"]],
  qualifiers: QUALIFIERS, trailingQualifiers: TRAILING,
  between: "entre", rangeAnd: "et", rangeFrom: words("de"), rangeTo: words("à"), rangeOr: "ou",
  changeVerbs: CHANGE_VERBS,
  links: words("de du des"), linkDeterminers: words("la le les l ses son sa leur leurs ces cette ce cet nos notre"),
  articles: words("le la les"), contractions: new Map([["du", ["de", "le"]], ["au", ["à", "le"]], ["aux", ["à", "les"]]]),
  currencies: CURRENCIES, currencySigns: new Map([["$", "dollars"], ["€", "euros"], ["£", "livres"], ["¥", "yens"]]),
  currencyTails: words("sterling"),
  ageUnits: words("ans an"), ageLeads: words("âgé âgée âgés âgées agé agée agés agées"), ageVerbs: words("ont a avait avaient aura auront avoir ayant"), ageQualifiers: [],
  personNouns: words(
    "garçon garçons fille filles fillette fillettes enfant enfants homme hommes femme femmes adolescent adolescente " +
      "adolescents adolescentes bébé bébés nourrisson jeune jeunes soldat soldats étudiant étudiante retraité patient " +
      "patiente militant militante victime",
  ),
  durationCues: [["depuis"], ["pendant"], ["durant"], ["voici"], ["en"], ["il", "y", "a"]],
  timeUnits: words("h heure heures"), timeCues: words("à vers dès jusque de"),
  months: MONTHS,
  yearCues: words("en depuis dès avant après jusque fin début mi année l'année été hiver printemps automne courant"),
  phoneCues: words("appeler appelez appelle composer composez téléphone tél numéro"),
  identifierHeads: words(
    "résolution résolutions article articles numéro n° nº no chapitre section page vol ligne route autoroute décret " +
      "loi brigade division régiment bataillon covid airbus boeing iphone modèle version salle bus porte terminal " +
      "cac windows groupe g hall halls pavillon stand quai voie bâtiment bloc aile escalier guichet piste tribune " +
      "chambre étage niveau",
  ),
  stopWords: STOP_WORDS, verbSuffix: /(?:aient|èrent|eront|eraient)$/,
  preNominal: words("autres nouveaux nouvelles jeunes anciens anciennes grands grandes petits petites vrais"),
  coordinators: words("et ou"),
  concepts: FR_CONCEPTS,
};
