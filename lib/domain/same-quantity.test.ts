import { describe, expect, it } from "vitest";
import { describeSubject, isSameQuantity, jaccard, quantityKey, type QuantityClaim } from "./same-quantity";

const claim = (statement: string, counted: string | null = "people", unit: QuantityClaim["unit"] = "count", claimDate: Date | null = null): QuantityClaim => ({ statement, counted, unit, claimDate });

describe("quantityKey", () => {
  it("normalises a counted noun outside the vocabulary and joins fractions with percentages", () => {
    expect(quantityKey("count", " Leaders ")).toBe("count:leader");
    expect(quantityKey("count", "leader")).toBe("count:leader");
    expect(quantityKey("count", "Yazidi  women and children")).toBe("count:yazidi women and children");
    expect(quantityKey("count", "loss")).toBe("count:loss"); // "ss" is no plural
    expect(quantityKey("fraction", "city")).toBe(quantityKey("percent", "city"));
    expect(quantityKey("count", "المدارس")).toBe(quantityKey("count", "مدارس"));
    expect(quantityKey("count", "")).toBeNull();
    expect(quantityKey("year", null)).toBeNull();
  });

  it("keys a noun of the core vocabulary by its concept, in every language", () => {
    const people = ["people", "persons", "شخص", "أشخاص", "الأشخاص", "personnes", "personas"];
    for (const noun of people) expect(quantityKey("count", noun), noun).toBe("count:[people]");
    expect(quantityKey("count", " Fighters ")).toBe(quantityKey("count", "مقاتلا"));
    expect(quantityKey("count", "civilians")).toBe(quantityKey("count", "بالمدنيين"));
    expect(quantityKey("count", "refugees")).toBe(quantityKey("count", "personnes déplacées"));
    expect(quantityKey("percent", "territory")).toBe(quantityKey("fraction", "الأراضي"));
    // A concept is not a dimension: 12 percent of the people is not 12 people.
    expect(quantityKey("percent", "people")).not.toBe(quantityKey("count", "people"));
  });

  it("keys money by its currency, so that dollars and euros are never compared", () => {
    expect(quantityKey("currency", "dollars")).toBe("currency:[money:dollar]");
    expect(quantityKey("currency", "دولار")).toBe("currency:[money:dollar]");
    expect(quantityKey("currency", "dólares")).toBe("currency:[money:dollar]");
    expect(quantityKey("currency", "euros")).not.toBe(quantityKey("currency", "dollars"));
    // Without the currency unit a money word is just a noun ("10 000 livres" may be books).
    expect(quantityKey("count", "livres")).toBe("count:livre");
  });
});

describe("describeSubject", () => {
  it("keeps content words and years, leaving out numbers, qualifiers, common words and the counted noun", () => {
    const subject = describeSubject({ statement: "At its 2014 peak IS ruled about 12 million people", counted: "people" });
    expect([...subject.words].sort()).toEqual(["peak", "ruled"]);
    expect([...subject.years]).toEqual([2014]);
    expect([...describeSubject({ statement: "ISIS sent 600 fighters", counted: "fighters", claimDate: new Date("2015-02-01") }).years]).toEqual([2015]);
  });

  it("measures overlap as Jaccard similarity", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("isSameQuantity", () => {
  it("matches two statements of the same quantity in other words", () => {
    expect(isSameQuantity(claim("At its 2014 peak IS ruled about 12 million people"), claim("IS ruled 10 million people at its 2014 peak"))).toBe(true);
    expect(isSameQuantity(claim("The Raqqa deal let 350 ISIS fighters leave Raqqa", "fighters"), claim("350 ISIS fighters were let leave Raqqa under a deal", "fighter"))).toBe(true);
  });

  it("needs the same unit and counted noun", () => {
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled 12 million fighters in 2014", "fighters"))).toBe(false);
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled 12 percent people in 2014", "people", "percent"))).toBe(false);
    expect(isSameQuantity(claim("IS held 40 percent of Deir Ezzor city", "city", "percent"), claim("IS held two fifths of Deir Ezzor city", "city", "fraction"))).toBe(true);
    expect(isSameQuantity(claim("IS ruled people", null), claim("IS ruled people", null))).toBe(false);
  });

  it("rejects different subjects, even with the same counted noun", () => {
    expect(isSameQuantity(claim("A deal let the last 350 ISIS fighters leave Raqqa", "fighters"), claim("ISIS sent 600 Albattar brigade fighters to attack Kirkuk", "fighters"))).toBe(false);
  });

  it("rejects different times, and accepts a looser subject match at the same time", () => {
    expect(isSameQuantity(claim("IS ruled 12 million people at its peak in 2014"), claim("IS ruled 8 million people at its peak in 2015"))).toBe(false);
    // Shared: ruled (1 of 4 words, 0.25) — enough only because both name 2014.
    expect(isSameQuantity(claim("IS ruled 12 million people in 2014"), claim("IS ruled over Iraq and Syria with 10 million people in 2014"))).toBe(true);
    expect(isSameQuantity(claim("IS ruled 12 million people"), claim("IS ruled over Iraq and Syria with 10 million people"))).toBe(false);
  });
});

describe("isSameQuantity across languages", () => {
  const english = claim("At its 2014 peak IS ruled about 12 million people");

  it("pairs claims of one concept in other languages when they share a year, in any digits or as a claim date", () => {
    expect(isSameQuantity(english, claim("حكم التنظيم في ذروته عام 2014 نحو ١٠ ملايين شخص", "شخص"))).toBe(true);
    expect(isSameQuantity(english, claim("حكم التنظيم في ذروته عام ٢٠١٤ نحو ١٠ ملايين شخص", "شخص"))).toBe(true);
    expect(isSameQuantity(english, claim("En 2014, l'EI contrôlait environ 10 millions de personnes", "personnes"))).toBe(true);
    expect(isSameQuantity(english, claim("حكم التنظيم نحو ١٠ ملايين شخص", "شخص", "count", new Date("2014-06-01")))).toBe(true);
  });

  it("does not pair them without a shared year, nor when the years differ", () => {
    expect(isSameQuantity(claim("IS ruled about 12 million people"), claim("حكم التنظيم نحو ١٠ ملايين شخص", "شخص"))).toBe(false);
    expect(isSameQuantity(english, claim("حكم التنظيم نحو ١٠ ملايين شخص", "شخص"))).toBe(false);
    expect(isSameQuantity(english, claim("حكم التنظيم عام 2016 نحو ٦ ملايين شخص", "شخص"))).toBe(false);
  });

  it("does not pair nouns outside the vocabulary across languages, even spelt alike", () => {
    const en = claim("IS held 12 percent of the city in 2016", "city", "percent");
    expect(isSameQuantity(en, claim("L'EI contrôlait 12 % de la city en 2016", "city", "percent"))).toBe(false);
  });

  it("still compares words within one language other than English", () => {
    const a = claim("أعدم التنظيم ١٠٠ شخص في دير الزور خلال أربعة أشهر", "شخص");
    expect(isSameQuantity(a, claim("أعدم التنظيم ٣٠ شخصا في دير الزور خلال أربعة أشهر", "شخصا"))).toBe(true);
    expect(isSameQuantity(a, claim("هجر التنظيم ٣٠ شخصا من الرقة", "شخصا"))).toBe(false);
  });
});
