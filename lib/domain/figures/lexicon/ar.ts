// The Arabic words of figures, as tables read by the Arabic parser (arabic.ts). Arabic does not fit the English
// lexicon shape: numbers take dual and plural forms ("ألفين", "آلاف"), one-letter words are written joined to the
// next ("بنحو", "و٤٥٪"), and words are matched after normalisation (normalizeArabic), so the tables are written
// plainly here and normalised once when built.
import { conceptMap } from "../concepts";
import type { FigureQualifier } from "../types";
import { normalizeArabic } from "./arabic-letters";

export { normalizeArabic };

const table = (entries: ReadonlyArray<readonly [string, number]>) =>
  new Map(entries.map(([w, n]) => [normalizeArabic(w), n] as const));
const forms = (value: number, words: string) => words.split(" ").map((w) => [w, value] as const);
const wordSet = (words: string) => new Set(words.split(" ").map(normalizeArabic));

/** Number words, masculine and feminine, nominative and oblique: "ثلاثة"/"ثلاث", "اثنان"/"اثنين". */
const NUMBER_WORDS = table([
  ...forms(1, "واحد واحدة"), ...forms(2, "اثنان اثنين اثنتان اثنتين"), ...forms(3, "ثلاثة ثلاث"),
  ...forms(4, "أربعة أربع"), ...forms(5, "خمسة خمس"), ...forms(6, "ستة ست"), ...forms(7, "سبعة سبع"),
  ...forms(8, "ثمانية ثماني ثمان"), ...forms(9, "تسعة تسع"), ...forms(10, "عشرة عشر"),
  ...forms(20, "عشرون عشرين"), ...forms(30, "ثلاثون ثلاثين"), ...forms(40, "أربعون أربعين"),
  ...forms(50, "خمسون خمسين"), ...forms(60, "ستون ستين"), ...forms(70, "سبعون سبعين"),
  ...forms(80, "ثمانون ثمانين"), ...forms(90, "تسعون تسعين"),
]);

/** Scale words after a number: "١٢ مليون", "ثلاثة آلاف", "٣٠ ألفا". */
const SCALES = table([
  ...forms(100, "مئة مائة"), ...forms(1e3, "ألف ألفا آلاف ألوف"), ...forms(1e6, "مليون مليونا ملايين"),
  ...forms(1e9, "مليار مليارا مليارات بليون"), ...forms(1e12, "تريليون تريليونات"),
]);

/** Scale words that stand alone for a value, the dual forms included: "ألفين" is 2,000. */
const STANDALONE = table([
  ...forms(100, "مئة مائة"), ...forms(200, "مئتين مئتي مئتان مائتين مائتي مائتان"),
  ...forms(1e3, "ألف ألفا"), ...forms(2e3, "ألفين ألفي ألفان"), ...forms(1e6, "مليون مليونا"),
  ...forms(2e6, "مليونين مليوني مليونان"), ...forms(1e9, "مليار مليارا"), ...forms(2e9, "مليارين ملياري ملياران"),
]);

/** Plurals naming an order of magnitude, read as 2–10 times it, as in English ("آلاف" 2,000–10,000). */
const APPROX_PLURALS = table([
  ...forms(10, "عشرات العشرات"), ...forms(100, "مئات المئات"), ...forms(1e3, "آلاف الآلاف ألوف"), ...forms(1e6, "ملايين"),
  ...forms(1e9, "مليارات"),
]);

/** Fractions: "نصف مليون" is 500,000, "ثلثا السكان" two thirds. */
const FRACTIONS = table([
  ...forms(0.5, "نصف"), ...forms(1 / 3, "ثلث"), ...forms(2 / 3, "ثلثا ثلثي"), ...forms(0.25, "ربع"),
  ...forms(0.75, "ثلاثة أرباع"),
]);

/** Month names, Levantine and Iraqi ("آذار", "تشرين الأول") and Egyptian ("مارس"), for dates ("١٥ آذار ٢٠١١"). */
const MONTHS = table([
  ...forms(1, "يناير"), ...forms(2, "شباط فبراير"), ...forms(3, "آذار مارس"), ...forms(4, "نيسان أبريل إبريل"),
  ...forms(5, "أيار مايو"), ...forms(6, "حزيران يونيو يونيه"), ...forms(7, "تموز يوليو يوليه"), ...forms(8, "آب أغسطس"),
  ...forms(9, "أيلول سبتمبر"), ...forms(10, "أكتوبر"), ...forms(11, "نوفمبر"), ...forms(12, "ديسمبر"),
]);
/** Two-word months: "كانون الثاني" is January, "تشرين الأول" October. */
const TWO_WORD_MONTHS = new Map([
  ["كانون", new Map([["الثاني", 1], ["الأول", 12]])], ["تشرين", new Map([["الأول", 10], ["الثاني", 11]])],
].map(([head, tails]) => [normalizeArabic(head as string), new Map([...(tails as Map<string, number>)].map(([t, m]) => [normalizeArabic(t), m]))]));

/** Qualifiers before the number, as word sequences; the first word may carry a clitic ("بنحو", "ولأكثر"). */
const QUALIFIERS: ReadonlyArray<readonly [string, FigureQualifier]> = [
  ["ما لا يقل عن", "at least"], ["ما لا يقل على", "at least"], ["لا يقل عن", "at least"], ["على الأقل", "at least"],
  ["ما لا يزيد على", "at most"], ["ما لا يزيد عن", "at most"], ["ما يصل إلى", "at most"], ["ما يصل الى", "at most"],
  ["ما يزيد على", "over"], ["ما يزيد عن", "over"], ["أكثر من", "over"], ["أزيد من", "over"], ["ما يربو على", "over"],
  ["أقل من", "under"], ["ما يقارب", "about"], ["ما يقرب من", "about"], ["ما يناهز", "about"], ["يقارب", "about"],
  ["يناهز", "about"], ["نحو", "about"], ["حوالي", "about"], ["حوالى", "about"], ["قرابة", "about"], ["زهاء", "about"],
  ["تقريبا", "about"],
];

/** Qualifiers after the number (and its counted noun): "٤٠ مدنيا على الأقل". */
const TRAILING_QUALIFIERS: ReadonlyArray<readonly [string, FigureQualifier]> = [
  ["على الأقل", "at least"], ["أو أكثر", "at least"], ["تقريبا", "about"], ["على الأكثر", "at most"],
];

/** Percent words after the number: "في المئة", "بالمئة". */
const PERCENT_PHRASES = ["في المئة", "في المائة", "في المية", "بالمئة", "بالمائة", "بالمية"];

/** Currency words after the amount; the adjective after it ("دولار أمريكي") joins the span. */
const CURRENCIES = wordSet(
  "دولار دولارا دولارات يورو ليرة ليرات دينار دينارا دنانير ريال ريالا ريالات درهم دراهم جنيه جنيها جنيهات " +
    "شيكل روبل يوان ين فرنك",
);
const CURRENCY_ADJECTIVES = wordSet(
  "أمريكي أميركي أمريكية أميركية سوري سورية عراقي عراقية تركي تركية لبناني لبنانية أردني أردنية سعودي " +
    "مصري مصرية ليبي قطري كويتي إماراتي",
);

/** Words before a four-digit number that make it a year: "عام 2016", "منذ 2011". */
const YEAR_CUES = wordSet("عام العام لعام بعام والعام سنة السنة لسنة منذ مطلع أواخر أوائل حتى خلال");
/** Words after a number of years that make it an age, when an age cue comes before ("يبلغ من العمر"). */
const AGE_UNITS = wordSet("عاما عام سنة سنوات أعوام");
const AGE_CUES = wordSet("العمر عمره عمرها بعمر سن عمر البالغ البالغة");
/** Words before a number that make it a name, not a figure: "القرار 1441", "المادة 140". */
const IDENTIFIER_HEADS = wordSet(
  "الساعة القرار قرار رقم الرقم المادة مادة البند الفقرة الرحلة الطريق اللواء الفرقة الكتيبة طراز الطراز الحافلة " +
    "الفوج الفيلق الحاجز الطائرة الصاروخ المرسوم مرسوم القانون",
);
/** Verbs and nouns of change before "من X إلى Y" that make X and Y two levels, not a range: "ارتفع", "يرتفع", "ارتفاع". */
const CHANGE_WORDS = wordSet(
  "ارتفع ارتفعت يرتفع ترتفع ارتفاع انخفض انخفضت ينخفض تنخفض انخفاض تراجع تراجعت يتراجع تتراجع زاد زادت يزيد تزيد " +
    "زيادة قفز قفزت يقفز تقفز قفزة هبط هبطت يهبط تهبط هبوط صعد صعدت يصعد تصعد صعود تضاعف تضاعفت يتضاعف تقلص تقلصت " +
    "يتقلص تتقلص تحول تحولت انتقل انتقلت تغير تغيرت نما نمت ينمو تنمو نمو",
);
/** Counted nouns whose first letter و is a root letter, not the joined "and": "و12 وفاة", "٣ وزراء". */
const WAW_NOUNS = wordSet(
  "وفاة وفيات وزير وزراء وزيرا وزارة وزارات وحدة وحدات وظيفة وظائف وثيقة وثائق وجبة وجبات ورقة ورقات ولاية ولايات " +
    "وكالة وكالات وسيلة وسائل واقعة وقائع وافد وافدا وافدين ولادة ولادات وليد وديعة ودائع ورشة ورش وعد وعود",
);
/** Words after a number that are never its counted noun. */
const STOP_WORDS = wordSet(
  "في من على إلى الى عن أو و ثم مع منذ خلال حتى بعد قبل ما التي الذي الذين اللذين قد كان كانت كما لكن بين عند " +
    "هذا هذه ذلك تلك هو هي هم أن إن أنه إنه لا لم لن وفق حسب بحسب أي كل بعض فقط نحو حوالي قرابة أيضا بينما " +
    "فيما منهم منها يوم يوميا سنويا شهريا",
);

// Nouns whose dual counts two: "جنديان"/"جنديين" (two soldiers), "سيارتان" (two cars), "يومين" (two days). The
// dual ending -ين is also the plural ending of nouns with a sound plural ("مدنيين" is mostly "civilians"), so a
// noun of the second list counts two alone only in -ان ("مدنيان"); with "اثنين" after it any noun does.
const BROKEN_PLURAL_NOUNS =
  "شخص جندي طفل رجل قتيل جريح أسير سجين ضابط طبيب شاب شقيق عنصر صاروخ منزل يوم شهر عام أسبوع حزب " +
  "امرأة فتاة طفلة سيدة طائرة سيارة دبابة قرية مدينة ساعة سنة غارة قذيفة عبوة حافلة شاحنة مروحية";
const SOUND_PLURAL_NOUNS = "مدني مقاتل مسلح معتقل مواطن لاجئ نازح مصاب عسكري صحفي ناشط مسؤول شرطي";

/** Dual form (normalised) → its singular (normalised), for the nouns above. */
function dualForms(): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (nouns: string, oblique: boolean) => {
    for (const noun of nouns.split(" ").map(normalizeArabic)) {
      const stem = noun.endsWith("ه") ? `${noun.slice(0, -1)}ت` : noun;
      forms.set(`${stem}ان`, noun);
      if (oblique || noun.endsWith("ه")) forms.set(`${stem}ين`, noun);
    }
  };
  add(BROKEN_PLURAL_NOUNS, true);
  add(SOUND_PLURAL_NOUNS, false);
  return forms;
}
/** "اثنان"/"اثنين"/"اثنتان"/"اثنتين" after a noun: "مدنيين اثنين" is two civilians. */
const TWO_AFTER_NOUN = wordSet("اثنان اثنين اثنتان اثنتين");

/** Counted noun → the shared concept, the same names as English: the cross-language table (../concepts.ts), keyed
 * normalised, with and without "ال"; its money nouns include every currency word above. */
const CONCEPTS = conceptMap("ar");

export const AR = {
  numberWords: NUMBER_WORDS, scales: SCALES, standalone: STANDALONE, approxPlurals: APPROX_PLURALS,
  fractions: FRACTIONS, qualifiers: QUALIFIERS.map(([p, q]) => [p.split(" ").map(normalizeArabic), q] as const),
  trailingQualifiers: TRAILING_QUALIFIERS.map(([p, q]) => [p.split(" ").map(normalizeArabic), q] as const),
  percentPhrases: PERCENT_PHRASES.map((p) => p.split(" ").map(normalizeArabic)),
  currencies: CURRENCIES, currencyAdjectives: CURRENCY_ADJECTIVES, yearCues: YEAR_CUES, ageUnits: AGE_UNITS,
  ageCues: AGE_CUES, identifierHeads: IDENTIFIER_HEADS, stopWords: STOP_WORDS, concepts: CONCEPTS,
  rangeJoiners: wordSet("إلى الى حتى"), months: MONTHS, twoWordMonths: TWO_WORD_MONTHS,
  duals: dualForms(), twoAfterNoun: TWO_AFTER_NOUN, changeWords: CHANGE_WORDS, wawNouns: WAW_NOUNS,
};
export type ArabicLexicon = typeof AR;
