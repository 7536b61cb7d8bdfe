// The core vocabulary of conflict reporting, across the languages the desk reads: counted nouns that name the same
// quantity in English, Arabic, French and Spanish ("people", "أشخاص", "personnes", "personas"). Figure conflicts
// pair claims by concept, not by the noun as written (same-quantity.ts quantityKey), so that "12 million people"
// and "١٠ ملايين شخص" are figures of one quantity. Each lexicon takes its `concepts` map from here (conceptMap);
// a noun of any language is looked up with conceptOf.
//
// Words are written as they appear in news copy: singular and plural, and for Arabic the bare forms, the
// accusative with -ا ("مدنيا") and the sound plurals in -ون/-ين; "ال" and the joined clitics (و ف ب ل ك) are
// added or stripped by the lookups, and Arabic is matched after normalizeArabic. Changing a word here changes
// stored quantity keys: same-quantity.ts FIGURE_KEY_VERSION fingerprints this table, so the next start
// recomputes them (lib/workflows/upgrades/figure-key-upgrade.ts).
import { normalizeArabic } from "./lexicon/arabic-letters";
import type { FigureLanguage } from "./types";

type Words = Record<FigureLanguage, string>;

/** Concept → its nouns in each language, comma-separated (a noun may be two words: "personnes déplacées"). */
const VOCABULARY: Record<string, Words> = {
  people: {
    en: "person, persons, people, individual, individuals",
    ar: "شخص, شخصا, أشخاص, أشخاصا, فرد, أفراد, إنسان",
    fr: "personne, personnes, individu, individus, gens",
    es: "persona, personas, individuo, individuos, gente",
  },
  residents: {
    en: "resident, residents, inhabitant, inhabitants, population",
    ar: "نسمة, ساكن, سكان, مواطن, مواطنا, مواطنين, مواطنون",
    fr: "habitant, habitants, résident, résidents, population",
    es: "habitante, habitantes, residente, residentes, población",
  },
  fighters: {
    en: "fighter, fighters, militant, militants, jihadist, jihadists, insurgent, insurgents, rebel, rebels, combatant, combatants, gunman, gunmen, militiaman, militiamen",
    ar: "مقاتل, مقاتلا, مقاتلين, مقاتلون, مسلح, مسلحا, مسلحين, مسلحون, عنصر, عنصرا, عناصر, متشدد, متشددا",
    fr: "combattant, combattants, djihadiste, djihadistes, jihadiste, jihadistes, insurgé, insurgés, rebelle, rebelles, milicien, miliciens, hommes armés",
    es: "combatiente, combatientes, yihadista, yihadistas, insurgente, insurgentes, rebelde, rebeldes, miliciano, milicianos, hombres armados",
  },
  civilians: {
    en: "civilian, civilians",
    ar: "مدني, مدنيا, مدنيين, مدنيون",
    fr: "civil, civils",
    es: "civil, civiles",
  },
  killed: {
    en: "dead, death, deaths, killed, fatalities, lives, bodies",
    ar: "قتيل, قتيلا, قتلى, ضحية, ضحايا, وفاة, وفيات, جثة, جثث",
    fr: "mort, morts, tué, tués, décès, personnes tuées",
    es: "muerto, muertos, muerte, muertes, fallecido, fallecidos, personas muertas",
  },
  wounded: {
    en: "wounded, injured, injury, injuries",
    ar: "جريح, جريحا, جرحى, مصاب, مصابا, مصابين, مصابون, إصابة, إصابات",
    fr: "blessé, blessés, blessure, blessures",
    es: "herido, heridos, lesionado, lesionados",
  },
  displaced: {
    en: "displaced, refugee, refugees, idps, evacuees",
    ar: "نازح, نازحا, نازحين, نازحون, لاجئ, لاجئا, لاجئين, لاجئون, مهجر, مهجرين",
    fr: "déplacé, déplacés, réfugié, réfugiés, personnes déplacées",
    es: "desplazado, desplazados, refugiado, refugiados, personas desplazadas",
  },
  executions: {
    en: "execution, executions, executed",
    ar: "إعدام, إعدامات",
    fr: "exécution, exécutions, exécutés",
    es: "ejecución, ejecuciones, ejecutados",
  },
  detainees: {
    en: "detainee, detainees, prisoner, prisoners, captive, captives, detained, arrested",
    ar: "معتقل, معتقلا, معتقلين, معتقلون, أسير, أسيرا, أسرى, سجين, سجينا, سجناء, محتجز, محتجزا, محتجزين",
    fr: "détenu, détenus, prisonnier, prisonniers, captif, captifs",
    es: "detenido, detenidos, prisionero, prisioneros, preso, presos, cautivo, cautivos",
  },
  troops: {
    en: "troops, soldier, soldiers, servicemen",
    ar: "جندي, جنديا, جنود, عسكري, عسكريا, عسكريين",
    fr: "soldat, soldats, militaires, troupes",
    es: "soldado, soldados, militares, tropas",
  },
  territory: {
    en: "territory, land",
    ar: "أرض, أراض, أراضي, أراضيها, مساحة, مساحتها, الأرض",
    fr: "territoire, territoires, terres",
    es: "territorio, territorios, tierras",
  },
};

/**
 * Currencies, each a concept of its own within money: an amount in dollars and one in euros are not figures of
 * one quantity. Every currency word is also a "money" noun.
 */
const CURRENCIES: Record<string, Words> = {
  dollar: { en: "dollar, dollars, usd", ar: "دولار, دولارا, دولارات", fr: "dollar, dollars", es: "dólar, dólares" },
  euro: { en: "euro, euros, eur", ar: "يورو", fr: "euro, euros", es: "euro, euros" },
  pound: { en: "pound, pounds, gbp", ar: "جنيه, جنيها, جنيهات", fr: "livre, livres", es: "libra, libras" },
  lira: { en: "lira, liras, lire", ar: "ليرة, ليرات", fr: "", es: "lira, liras" },
  dinar: { en: "dinar, dinars", ar: "دينار, دينارا, دنانير", fr: "dinar, dinars", es: "dinar, dinares" },
  riyal: { en: "riyal, riyals, rial, rials", ar: "ريال, ريالا, ريالات", fr: "riyal, riyals, rial, rials", es: "riyal, riyales" },
  dirham: { en: "dirham, dirhams", ar: "درهم, دراهم", fr: "dirham, dirhams", es: "dírham, dírhams, dirhams" },
  yen: { en: "yen", ar: "ين", fr: "yen, yens", es: "yen, yenes" },
  yuan: { en: "yuan", ar: "يوان", fr: "yuan, yuans", es: "yuan, yuanes" },
  rouble: { en: "rouble, roubles, ruble, rubles", ar: "روبل", fr: "rouble, roubles", es: "rublo, rublos" },
  rupee: { en: "rupee, rupees", ar: "", fr: "roupie, roupies", es: "rupia, rupias" },
  franc: { en: "franc, francs", ar: "فرنك", fr: "franc, francs", es: "franco, francos" },
  shekel: { en: "shekel, shekels", ar: "شيكل", fr: "shekel, shekels", es: "séquel, séqueles, shekel, shekels" },
  cent: { en: "cent, cents", ar: "", fr: "centime, centimes", es: "céntimo, céntimos, centavo, centavos" },
  penny: { en: "penny, pence", ar: "", fr: "", es: "" },
};
const MONEY_NOUNS: Words = { en: "money", ar: "أموال, مال", fr: "argent", es: "dinero" };

export const CONCEPT_NAMES: readonly string[] = [...Object.keys(VOCABULARY), "money"];

const nouns = (words: string) => words.split(",").map((w) => w.trim()).filter(Boolean);
const isArabic = (word: string) => /[\u0600-\u06ff]/.test(word);
/** Case, spacing, accents and Arabic spelling folded: the form every lookup compares. */
export function foldNoun(noun: string): string {
  const lower = noun.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
  return isArabic(lower) ? normalizeArabic(lower) : lower.normalize("NFD").replace(/\p{M}/gu, "");
}

function build(language: FigureLanguage): Map<string, string> {
  const map = new Map<string, string>();
  const add = (word: string, concept: string) => {
    const forms = language === "ar" ? arabicForms(normalizeArabic(word)) : [word.toLowerCase(), foldNoun(word)];
    for (const form of forms) {
      const known = map.get(form);
      if (known && known !== concept) throw new Error(`Concept table: "${form}" is both ${known} and ${concept}.`);
      map.set(form, concept);
    }
  };
  for (const [concept, words] of Object.entries(VOCABULARY)) for (const word of nouns(words[language])) add(word, concept);
  for (const words of [...Object.values(CURRENCIES), MONEY_NOUNS]) for (const word of nouns(words[language])) add(word, "money");
  return map;
}

/** A bare Arabic noun and its form with the article: "مدنيين" and "المدنيين". */
function arabicForms(word: string): string[] {
  return word.startsWith("ال") ? [word] : [word, `ال${word}`];
}

const MAPS = new Map<FigureLanguage, Map<string, string>>();

/**
 * The language's counted noun → concept, for its lexicon: English, French and Spanish keyed lower-case (with and
 * without accents), Arabic keyed normalised (normalizeArabic), with and without "ال".
 */
export function conceptMap(language: FigureLanguage): ReadonlyMap<string, string> {
  let map = MAPS.get(language);
  if (!map) MAPS.set(language, (map = build(language)));
  return map;
}

const ALL = new Map<string, string>();
const CURRENCY_OF = new Map<string, string>();
for (const language of ["en", "ar", "fr", "es"] as const) {
  for (const [word, concept] of conceptMap(language)) {
    const known = ALL.get(foldNoun(word));
    if (known && known !== concept) throw new Error(`Concept table: "${word}" is ${concept} in ${language} and ${known} in another language.`);
    ALL.set(foldNoun(word), concept);
  }
  for (const [currency, words] of Object.entries(CURRENCIES)) {
    for (const word of nouns(words[language])) for (const form of language === "ar" ? arabicForms(foldNoun(word)) : [foldNoun(word)]) CURRENCY_OF.set(form, currency);
  }
}

/** The forms a noun may be looked up as: itself, then without Arabic clitics and article, or a final plural. */
function lookupForms(folded: string): string[] {
  if (isArabic(folded)) {
    const forms = [folded];
    let rest = folded;
    if (/^[وف]/.test(rest) && rest.length > 3) forms.push((rest = rest.slice(1)));
    if (/^[بلك]/.test(rest) && rest.length > 3) forms.push(rest.slice(1));
    // "للمدنيين" is "ل" + "المدنيين" with the alif dropped.
    if (rest.startsWith("لل") && rest.length > 4) forms.push(`ا${rest.slice(1)}`);
    return forms;
  }
  const forms = [folded];
  if (/[^s]s$/.test(folded)) forms.push(folded.slice(0, -1));
  if (/[^aeiou]es$/.test(folded)) forms.push(folded.slice(0, -2));
  return forms;
}

function lookUp(noun: string | null | undefined, table: ReadonlyMap<string, string>): string | null {
  if (!noun?.trim()) return null;
  for (const form of lookupForms(foldNoun(noun))) {
    const found = table.get(form);
    if (found) return found;
  }
  return null;
}

/**
 * The shared concept of a counted noun in any of the four languages ("Civilians", "المدنيين", "بالمدنيين",
 * "déplacés", "personas desplazadas"), or null when it is not in the core vocabulary.
 */
export function conceptOf(noun: string | null | undefined): string | null {
  return lookUp(noun, ALL);
}

/** The currency a money noun names, the same in every language ("dollars", "دولار", "dólares" → "dollar"). */
export function currencyOf(noun: string | null | undefined): string | null {
  return lookUp(noun, CURRENCY_OF);
}

/** The whole vocabulary as written, for the fingerprint that versions stored quantity keys. */
export function vocabularyText(): string {
  return JSON.stringify([VOCABULARY, CURRENCIES, MONEY_NOUNS]);
}
