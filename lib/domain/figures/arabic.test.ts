// Arabic figure reading, form by form: what a reviewer sees underlined and filled in on an Arabic article.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import type { DetectedFigure } from "./types";

const read = (s: string) => detectFigures(s, { language: "ar" });
const brief = (f: DetectedFigure | undefined) => f && { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier };

describe("detectFigures in Arabic", () => {
  it("reads scale words after digits in every digit system, and dual forms alone", () => {
    expect(read("نزح ١٢ مليون شخص").map(brief)).toEqual([{ text: "١٢ مليون شخص", value: 12_000_000, unit: "count", qualifier: null }]);
    expect(read("نزح ۱۲ مليون شخص")[0]?.value).toBe(12_000_000);
    expect(read("نزح 12 مليون شخص")[0]?.value).toBe(12_000_000);
    expect(read("أرسلت ألفين من الجنود")[0]).toMatchObject({ text: "ألفين", value: 2000 });
    expect(read("يضم المخيم مليوني نازح")[0]).toMatchObject({ value: 2_000_000, counted: "نازح" });
    expect(read("قتل ٣ آلاف مقاتل")[0]?.value).toBe(3000);
    expect(read("خسائر بقيمة ٢٫٥ مليار دولار")[0]).toMatchObject({ value: 2_500_000_000, unit: "currency" });
  });

  it("counts a noun in the dual as two, with its concept, and leaves plurals and definite duals alone", () => {
    expect(read("قتل جنديان في الهجوم")[0]).toMatchObject({ text: "جنديان", value: 2, unit: "count", counted: "جنديان", concept: "troops" });
    expect(read("وأصيب شخصان")[0]).toMatchObject({ text: "شخصان", value: 2, concept: "people" });
    expect(read("مقتل مدنيين اثنين")[0]).toMatchObject({ text: "مدنيين اثنين", value: 2, counted: "مدنيين", concept: "civilians" });
    expect(read("يبلغ من العمر عامين")[0]).toMatchObject({ text: "عامين", value: 2, unit: "age" });
    for (const s of ["قتل مدنيين في القصف", "اتفق الطرفان على الهدنة", "عاد إلى لبنان"]) expect(read(s), s).toEqual([]);
  });

  it("reads the Arabic separators: ٬ groups thousands, ٫ marks decimals", () => {
    expect(read("أفرج عن ١٬٢٠٠ معتقل")[0]?.value).toBe(1200);
    expect(read("بلغ التضخم ٤٥٫٥٪")[0]).toMatchObject({ value: 45.5, unit: "percent" });
  });

  it("reads percentages written with ٪, % or in words", () => {
    for (const s of ["بنسبة ٣٠٪", "بنسبة 30%", "بنسبة ٣٠ في المئة", "بنسبة ٣٠ بالمئة", "بنسبة ٣٠ في المائة"]) {
      expect(read(s)[0], s).toMatchObject({ value: 30, unit: "percent" });
    }
  });

  it("reads fractions and number words", () => {
    expect(read("يعيش نصف مليون شخص تحت الحصار")[0]).toMatchObject({ text: "نصف مليون شخص", value: 500_000 });
    expect(read("خسر ثلثا السكان منازلهم")[0]).toMatchObject({ unit: "fraction", value: 2 / 3, counted: "السكان" });
    expect(read("أغلقت ثمانية مراكز صحية")[0]).toMatchObject({ value: 8, counted: "مراكز" });
    expect(read("قتل خمسة وعشرون شخصا")[0]).toMatchObject({ value: 25, counted: "شخصا" });
    expect(read("فر عشرات المدنيين")[0]).toMatchObject({ low: 20, high: 100, counted: "المدنيين" });
    expect(read("هذا واحد من أسباب الأزمة")).toEqual([]);
  });

  it("maps qualifiers before and after the number to the shared values", () => {
    const cases: Array<[string, string]> = [
      ["قتل نحو ٤٠ شخصا", "about"], ["قتل حوالي ٤٠ شخصا", "about"], ["قتل قرابة ٤٠ شخصا", "about"],
      ["قتل ما يقارب ٤٠ شخصا", "about"], ["قتل ٤٠ شخصا تقريبا", "about"], ["قتل أكثر من ٤٠ شخصا", "over"],
      ["قتل ما يزيد على ٤٠ شخصا", "over"], ["قتل أقل من ٤٠ شخصا", "under"], ["قتل ما لا يقل عن ٤٠ شخصا", "at least"],
      ["قتل ٤٠ شخصا على الأقل", "at least"],
    ];
    for (const [s, qualifier] of cases) expect(read(s)[0]?.qualifier, s).toBe(qualifier);
  });

  it("reads ranges with بين … و and من … إلى, but not a change from one level to another", () => {
    expect(read("بين ٣ و٥ ملايين نازح")[0]).toMatchObject({ text: "بين ٣ و٥ ملايين نازح", low: 3e6, high: 5e6, value: 4e6 });
    expect(read("عبر من ٣ إلى ٤ آلاف نازح")[0]).toMatchObject({ text: "٣ إلى ٤ آلاف نازح", low: 3000, high: 4000 });
    expect(read("ارتفع عدد القتلى من 50 إلى 75 قتيلا").map((f) => f.value)).toEqual([50, 75]);
  });

  it("reads years as years, ages as ages, and currencies as money", () => {
    expect(read("في عام 2016 سيطر التنظيم")[0]).toMatchObject({ text: "2016", unit: "year" });
    expect(read("نشر 2016 جنديا")[0]).toMatchObject({ unit: "count", counted: "جنديا" });
    expect(read("امرأة تبلغ من العمر ٦٥ عاما")[0]).toMatchObject({ text: "٦٥ عاما", unit: "age", value: 65 });
    for (const word of ["دولار", "يورو", "ليرة", "دينار"]) {
      expect(read(`بلغت الكلفة ٥٠٠ ${word}`)[0], word).toMatchObject({ unit: "currency", counted: word, concept: "money" });
    }
  });

  it("keeps the counted noun as written and names its shared concept", () => {
    const concepts: Array<[string, string]> = [
      ["شخص", "people"], ["مقاتل", "fighters"], ["مدنيا", "civilians"], ["قتيلا", "killed"], ["جريحا", "wounded"],
      ["نازح", "displaced"], ["لاجئ", "displaced"], ["معتقل", "detainees"], ["جندي", "troops"],
    ];
    for (const [noun, concept] of concepts) expect(read(`سقط ٣٠ ${noun}`)[0], noun).toMatchObject({ counted: noun, concept });
    expect(read("سيطر على ٤٠٪ من الأراضي")[0]).toMatchObject({ counted: "الأراضي", concept: "territory" });
    expect(read("أعدم التنظيم ١٢ شخصا")[0]?.concept).toBe("people");
    expect(read("بنى ١٢ مدرسة")[0]).toMatchObject({ counted: "مدرسة" });
    expect(read("بنى ١٢ مدرسة")[0]?.concept).toBeUndefined();
  });

  it("takes no identifier in Arabic script for a figure", () => {
    for (const s of ["حلقت طائرة إف-35 فوق الحدود", "طالب بتطبيق القرار 1441", "نصت المادة 140 من الدستور", "نقلت شبكة ديرالزور24", "بدأ عند الساعة 10 صباحا"]) {
      expect(read(s), s).toEqual([]);
    }
  });

  it("reads numbers and words with joined letters, the span starting after them", () => {
    expect(read("ويمثل الشباب و٤٥٪ منهم")[0]).toMatchObject({ text: "٤٥٪", value: 45 });
    expect(read("قدرت بنحو ١٢ مليون شخص")[0]).toMatchObject({ text: "نحو ١٢ مليون شخص", qualifier: "about", value: 12e6 });
    expect(read("وقدرت الضحايا بـ٤٬٥٠٠ ضحية")[0]).toMatchObject({ text: "٤٬٥٠٠ ضحية", value: 4500 });
    expect(read("وبلغ العدد وثلاثة آلاف")[0]).toMatchObject({ text: "ثلاثة آلاف", value: 3000 });
  });

  it("keeps UTF-16 offsets exact whatever bidi controls surround or split the figure", () => {
    const marks = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f"];
    for (const mark of marks) {
      const s = `نزح ${mark}نحو ${mark}١٢${mark} مليون${mark} شخص${mark} من المدينة`;
      const [f] = read(s);
      expect(f, JSON.stringify(mark)).toMatchObject({ value: 12e6, qualifier: "about", counted: "شخص" });
      expect(s.slice(f!.start, f!.end)).toBe(f!.text);
      expect(f!.text.startsWith("نحو")).toBe(true);
      expect(f!.text.endsWith("شخص")).toBe(true);
    }
  });
});
