import { describe, expect, it } from "vitest";
import { CONCEPT_NAMES, conceptMap, conceptOf, currencyOf } from "./concepts";
import { detectFigures } from "./detect";
import { AR } from "./lexicon/ar";
import { EN } from "./lexicon/en";

describe("the cross-language concept vocabulary", () => {
  it("names each concept of the core vocabulary in all four languages", () => {
    const side = (noun: string) => conceptOf(noun);
    const table: Array<[string, string, string, string, string]> = [
      ["people", "people", "أشخاص", "personnes", "personas"],
      ["residents", "inhabitants", "سكان", "habitants", "habitantes"],
      ["fighters", "fighters", "مقاتلين", "combattants", "combatientes"],
      ["civilians", "civilians", "مدنيين", "civils", "civiles"],
      ["killed", "deaths", "قتلى", "morts", "muertos"],
      ["wounded", "wounded", "جرحى", "blessés", "heridos"],
      ["displaced", "refugees", "نازحين", "déplacés", "desplazados"],
      ["executions", "executions", "إعدامات", "exécutions", "ejecuciones"],
      ["detainees", "prisoners", "معتقلين", "détenus", "detenidos"],
      ["troops", "soldiers", "جنود", "soldats", "soldados"],
      ["territory", "territory", "أراضي", "territoire", "territorio"],
      ["money", "dollars", "دولار", "euros", "dólares"],
    ];
    for (const [concept, ...nouns] of table) for (const noun of nouns) expect(side(noun), noun).toBe(concept);
    expect(new Set(table.map(([concept]) => concept))).toEqual(new Set(CONCEPT_NAMES));
  });

  it("finds a noun as written: any case, accents or not, singular or plural, Arabic with ال, clitics and -ا", () => {
    for (const noun of ["Civilians", "CIVILIAN", "المدنيين", "بالمدنيين", "والمدنيين", "للمدنيين", "مدنيا", "مدنيًا"]) expect(conceptOf(noun), noun).toBe("civilians");
    for (const noun of ["Déplacés", "deplaces", "réfugiés", "personnes déplacées", "personas desplazadas", "Refugiados"]) expect(conceptOf(noun), noun).toBe("displaced");
    expect(conceptOf("individuals")).toBe("people");
    expect(conceptOf("schools")).toBeNull();
    expect(conceptOf("مدارس")).toBeNull();
    expect(conceptOf("")).toBeNull();
  });

  it("gives each currency one name in every language", () => {
    for (const noun of ["dollars", "دولارات", "الدولارات", "dollars", "dólares"]) expect(currencyOf(noun), noun).toBe("dollar");
    expect(currencyOf("ليرة")).toBe("lira");
    expect(currencyOf("people")).toBeNull();
  });

  it("is where the English and Arabic lexicons take their concepts from", () => {
    expect(EN.concepts).toBe(conceptMap("en"));
    expect(AR.concepts).toBe(conceptMap("ar"));
    for (const word of AR.currencies) expect(AR.concepts.get(word), word).toBe("money");
    expect(conceptMap("fr").get("personnes")).toBe("people");
    expect(conceptMap("es").get("población")).toBe("residents");
  });

  it("reaches the detector: '12 million people' and '١٠ ملايين شخص' name one concept", () => {
    const [english] = detectFigures("IS ruled around 12 million people in 2014.");
    const [arabic] = detectFigures("حكم التنظيم نحو ١٠ ملايين شخص عام 2014.");
    expect(english).toMatchObject({ value: 12_000_000, counted: "people", concept: "people" });
    expect(arabic).toMatchObject({ value: 10_000_000, counted: "شخص", concept: "people" });
  });
});
