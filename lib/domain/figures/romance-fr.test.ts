// French figure reading, form by form (the fr/es conventions summarised in romance.ts): what a reviewer sees
// underlined and filled in on a French article.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import type { DetectedFigure } from "./types";

const read = (s: string) => detectFigures(s, { language: "fr" });
const brief = (f: DetectedFigure | undefined) =>
  f && { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier, ...(f.counted ? { counted: f.counted } : {}) };
const one = (s: string) => {
  const found = read(s);
  expect(found, s).toHaveLength(1);
  return brief(found[0]);
};

describe("detectFigures in French", () => {
  it("spans qualifier, number, scale, 'de' and the counted noun, leaving articles and post-nominal adjectives out", () => {
    expect(one("près de 12 millions de personnes")).toEqual({ text: "près de 12 millions de personnes", value: 12e6, unit: "count", qualifier: "nearly", counted: "personnes" });
    expect(one("les 300 combattants étrangers")).toMatchObject({ text: "300 combattants", counted: "combattants" });
    expect(one("150 civils tués")).toMatchObject({ text: "150 civils", counted: "civils" });
    expect(one("3 000 femmes et enfants yézidis")).toMatchObject({ text: "3 000 femmes et enfants", counted: "femmes et enfants" });
    expect(one("un bilan d'environ 300 morts")).toMatchObject({ text: "environ 300 morts", qualifier: "about" });
  });

  it("reads the decimal comma and thousands grouped by dots, spaces, U+00A0 and U+202F", () => {
    for (const [s, value] of [["2,3 milliards", 2.3e9], ["1.500 morts", 1500], ["12 000 morts", 12000], ["12\u00a0000 morts", 12000], ["12\u202f000 morts", 12000], ["1 234 567 morts", 1234567]] as const) {
      expect(read(s)[0]?.value, s).toBe(value);
    }
    expect(read("un 12 34 morts").map((f) => f.value)).toEqual([12, 34]);
  });

  it("reads numbers in words, built from their parts", () => {
    const cases: Array<[string, number]> = [
      ["trois otages", 3], ["soixante-dix otages", 70], ["soixante et onze otages", 71], ["quatre-vingts otages", 80],
      ["quatre-vingt-dix-sept otages", 97], ["vingt et un otages", 21], ["deux cents otages", 200], ["mille otages", 1000],
      ["deux mille cinq cents otages", 2500], ["trois millions d'habitants", 3e6], ["un million de réfugiés", 1e6],
      ["deux millions et demi de réfugiés", 2.5e6], ["un demi-million de réfugiés", 5e5],
    ];
    for (const [s, value] of cases) expect(read(s)[0]?.value, s).toBe(value);
    expect(read("Il y en avait un seul, une femme.")).toEqual([]);
    expect(read("Ils étaient trois.")).toEqual([]);
  });

  it("reads scales and their abbreviations before a currency", () => {
    expect(one("12 Md€")).toMatchObject({ value: 12e9, unit: "currency", counted: "euros" });
    expect(one("7 Mds d'euros")).toMatchObject({ value: 7e9, counted: "euros" });
    expect(one("2,3 M€")).toMatchObject({ value: 2.3e6, counted: "euros" });
    expect(one("une course de 100 M")).toMatchObject({ value: 100, unit: "count" });
  });

  it("reads percentages and the noun after 'de', 'du', 'des', 'de la'", () => {
    for (const s of ["12 %", "12%", "12\u00a0%", "12\u202f%", "12 pour cent"]) expect(one(s), s).toMatchObject({ value: 12, unit: "percent", text: s });
    expect(one("40 % du territoire")).toMatchObject({ text: "40 % du territoire", counted: "territoire" });
    expect(one("10 % de la population")).toMatchObject({ counted: "population" });
  });

  it("maps every qualifier phrase to the shared values, before and after the figure", () => {
    const cases: Array<[string, string]> = [
      ["environ", "about"], ["quelque", "about"], ["approximativement", "about"], ["autour de", "about"],
      ["près de", "nearly"], ["presque", "nearly"], ["quasiment", "nearly"], ["plus de", "over"], ["au-delà de", "over"],
      ["moins de", "under"], ["au moins", "at least"], ["pas moins de", "at least"], ["au minimum", "at least"],
      ["au plus", "at most"], ["jusqu'à", "at most"], ["pas plus de", "at most"], ["au maximum", "at most"],
    ];
    for (const [phrase, qualifier] of cases) expect(one(`${phrase} 40 civils`), phrase).toMatchObject({ qualifier, text: `${phrase} 40 civils` });
    expect(one("quelques 200 soldats")?.qualifier).toBe("about");
    expect(one("plus d'un million de personnes")).toMatchObject({ text: "plus d'un million de personnes", value: 1e6, qualifier: "over" });
    expect(one("40 civils au moins")).toMatchObject({ text: "40 civils au moins", qualifier: "at least" });
  });

  it("reads round numbers as 'about' and approximate plurals as ranges", () => {
    for (const [s, value] of [["une dizaine de morts", 10], ["une vingtaine de morts", 20], ["une centaine de morts", 100], ["un millier de morts", 1000]] as const) {
      expect(one(s), s).toMatchObject({ text: s, value, qualifier: "about", counted: "morts" });
    }
    const ranges: Array<[string, number, number]> = [
      ["des dizaines de morts", 20, 100], ["des centaines de morts", 200, 1000], ["des milliers de morts", 2000, 10000],
      ["des dizaines de milliers de morts", 20000, 100000], ["des centaines de milliers de morts", 200000, 1e6],
      ["plusieurs centaines de morts", 300, 900], ["quelques milliers de morts", 2000, 5000],
    ];
    for (const [s, low, high] of ranges) expect(read(s)[0], s).toMatchObject({ text: s, low, high, value: (low + high) / 2, qualifier: null });
  });

  it("reads ranges, but a change is two figures", () => {
    expect(read("entre 20 et 30 combattants")[0]).toMatchObject({ text: "entre 20 et 30 combattants", low: 20, high: 30, value: 25 });
    expect(read("de 3 000 à 4 000 déplacés")[0]).toMatchObject({ text: "de 3 000 à 4 000 déplacés", low: 3000, high: 4000 });
    expect(read("20 à 30 morts")[0]).toMatchObject({ low: 20, high: 30 });
    expect(read("entre 3 et 5 millions de déplacés")[0]).toMatchObject({ low: 3e6, high: 5e6 });
    expect(read("Le nombre est passé de 20 à 30.").map((f) => f.text)).toEqual(["20", "30"]);
    expect(read("Les prix ont augmenté de 5 % à 30 %.").map((f) => [f.text, f.value])).toEqual([["5 %", 5], ["30 %", 30]]);
    expect(read("Les prix ont augmenté de 5 %.").map(brief)).toEqual([{ text: "5 %", value: 5, unit: "percent", qualifier: null }]);
  });

  it("reads fractions of a counted noun", () => {
    expect(one("la moitié de la population")).toMatchObject({ text: "la moitié de la population", value: 0.5, unit: "fraction", counted: "population" });
    expect(one("un tiers des habitants")).toMatchObject({ value: 1 / 3, counted: "habitants" });
    expect(one("deux tiers des députés")).toMatchObject({ value: 2 / 3, counted: "députés" });
    expect(one("un quart du budget")).toMatchObject({ value: 0.25, counted: "budget" });
    expect(read("les pays tiers")).toEqual([]);
  });

  it("reads money in the text's own words for the currency", () => {
    expect(one("2,3 milliards d'euros")).toMatchObject({ value: 2.3e9, unit: "currency", counted: "euros" });
    expect(one("20 €")).toMatchObject({ counted: "euros" });
    expect(one("$5")).toMatchObject({ value: 5, counted: "dollars" });
    expect(one("5 millions de dollars américains")).toMatchObject({ text: "5 millions de dollars", counted: "dollars" });
    expect(one("40 millions de livres sterling")).toMatchObject({ text: "40 millions de livres sterling", counted: "livres" });
    expect(read("5 millions de dollars")[0]?.concept).toBe("money");
  });

  it("reads years, dates and ages, and no figure in a duration", () => {
    expect(read("en 2014, la ville")[0]).toMatchObject({ text: "2014", unit: "year" });
    expect(one("le 17 octobre 2016")).toMatchObject({ text: "17 octobre 2016", value: 20161017, unit: "date" });
    expect(one("en mars 2016")).toMatchObject({ text: "mars 2016", value: 20160300 });
    expect(one("le 3 août")).toMatchObject({ text: "3 août", value: 803 });
    expect(one("le 1er janvier 2017")).toMatchObject({ value: 20170101 });
    expect(one("Une femme âgée de 65 ans")).toMatchObject({ text: "âgée de 65 ans", unit: "age", value: 65 });
    expect(read("âgés de 18 à 25 ans")[0]).toMatchObject({ text: "âgés de 18 à 25 ans", unit: "age", low: 18, high: 25 });
    expect(one("un garçon de 12 ans")).toMatchObject({ text: "12 ans", unit: "age" });
    expect(one("une fillette de deux ans")).toMatchObject({ text: "deux ans", unit: "age", value: 2 });
    for (const s of ["depuis 12 ans", "il y a 12 ans", "pendant 12 ans"]) expect(read(s), s).toEqual([]);
  });

  it("takes no ordinal, identifier, time, phone number or lone article for a figure", () => {
    for (const s of ["le 3e bataillon", "la troisième offensive", "le 21e siècle", "un F-16", "le Covid-19", "l'A400M", "la résolution 2254", "la RN7", "le G7", "Windows 11", "à 14 h 30", "vers 20 h", "au 01 45 67 89 10", "un soldat"]) {
      expect(read(s), s).toEqual([]);
    }
  });

  it("names the shared concept of the core vocabulary", () => {
    const cases: Array<[string, string]> = [
      ["personnes", "people"], ["habitants", "residents"], ["combattants", "fighters"], ["civils", "civilians"], ["morts", "killed"],
      ["blessés", "wounded"], ["déplacés", "displaced"], ["réfugiés", "displaced"], ["exécutions", "executions"],
      ["détenus", "detainees"], ["soldats", "troops"],
    ];
    for (const [noun, concept] of cases) expect(read(`30 ${noun}`)[0], noun).toMatchObject({ counted: noun, concept });
    expect(read("40 % du territoire")[0]?.concept).toBe("territory");
    expect(read("30 voitures")[0]?.concept).toBeUndefined();
  });
});
