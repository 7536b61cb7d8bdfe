// Spanish figure reading, form by form (the fr/es conventions summarised in romance.ts), and bad input for both
// Romance languages: bidi controls, no-break spaces, exact UTF-16 spans.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import type { FigureLanguage } from "./types";

const read = (s: string, language: FigureLanguage = "es") => detectFigures(s, { language });
const one = (s: string) => {
  const found = read(s);
  expect(found, s).toHaveLength(1);
  return found[0];
};

describe("detectFigures in Spanish", () => {
  it("reads scales: 'mil millones' is 1e9, 'billón' 1e12, '40.000 millones' 4e10", () => {
    const cases: Array<[string, number]> = [
      ["12 millones de personas", 12e6], ["mil millones de euros", 1e9], ["3 mil millones de euros", 3e9],
      ["40.000 millones de euros", 4e10], ["1.500 millones de dólares", 1.5e9], ["1,500 millones de dólares", 1.5e9],
      ["2 billones de dólares", 2e12], ["un millón de personas", 1e6], ["medio millón de personas", 5e5],
      ["dos millones y medio de personas", 2.5e6], ["30 mil personas", 30000], ["2,5 millones de personas", 2.5e6],
    ];
    for (const [s, value] of cases) expect(read(s)[0]?.value, s).toBe(value);
  });

  it("reads numbers in words", () => {
    const cases: Array<[string, number]> = [
      ["tres heridos", 3], ["setenta heridos", 70], ["treinta y dos heridos", 32], ["veintidós heridos", 22],
      ["doscientos heridos", 200], ["quinientas personas", 500], ["ciento veinte heridos", 120], ["mil heridos", 1000],
      ["cuarenta mil millones de euros", 4e10],
    ];
    for (const [s, value] of cases) expect(read(s)[0]?.value, s).toBe(value);
    expect(read("Uno de los heridos murió.")).toEqual([]);
  });

  it("spans the qualifier, skipping an article after it, and the noun after 'de', 'del', 'de los'", () => {
    const cases: Array<[string, string]> = [
      ["alrededor de", "about"], ["unos", "about"], ["aproximadamente", "about"], ["en torno a", "about"],
      ["cerca de", "nearly"], ["casi", "nearly"], ["más de", "over"], ["menos de", "under"], ["al menos", "at least"],
      ["por lo menos", "at least"], ["como mínimo", "at least"], ["hasta", "at most"], ["como máximo", "at most"], ["no más de", "at most"],
    ];
    for (const [phrase, qualifier] of cases) expect(one(`${phrase} 40 civiles`), phrase).toMatchObject({ qualifier, text: `${phrase} 40 civiles` });
    expect(one("más del 40 % de los votos")).toMatchObject({ text: "más del 40 % de los votos", qualifier: "over", counted: "votos" });
    expect(one("el 40 % del territorio")).toMatchObject({ text: "40 % del territorio", counted: "territorio", concept: "territory" });
    expect(one("40 civiles por lo menos")).toMatchObject({ qualifier: "at least", text: "40 civiles por lo menos" });
    expect(one("12 por ciento")).toMatchObject({ value: 12, unit: "percent" });
  });

  it("reads round numbers, approximate plurals and fractions", () => {
    expect(one("una decena de muertos")).toMatchObject({ value: 10, qualifier: "about", counted: "muertos" });
    expect(one("un centenar de muertos")).toMatchObject({ value: 100, qualifier: "about" });
    expect(one("decenas de miles de desplazados")).toMatchObject({ text: "decenas de miles de desplazados", low: 20000, high: 100000 });
    expect(one("cientos de muertos")).toMatchObject({ low: 200, high: 1000, qualifier: null });
    expect(one("varios cientos de muertos")).toMatchObject({ low: 300, high: 900 });
    expect(one("unos pocos miles de muertos")).toMatchObject({ low: 2000, high: 5000 });
    expect(one("la mitad de la población")).toMatchObject({ text: "la mitad de la población", value: 0.5, unit: "fraction", counted: "población" });
    expect(one("un tercio de los votos")).toMatchObject({ value: 1 / 3, counted: "votos" });
    expect(one("dos tercios de los diputados")).toMatchObject({ value: 2 / 3 });
    expect(one("una cuarta parte de los hogares")).toMatchObject({ text: "una cuarta parte de los hogares", value: 0.25 });
  });

  it("reads ranges, and a change as two figures", () => {
    expect(one("entre 20 y 30 combatientes")).toMatchObject({ text: "entre 20 y 30 combatientes", low: 20, high: 30 });
    expect(one("de 3.000 a 4.000 desplazados")).toMatchObject({ text: "de 3.000 a 4.000 desplazados", low: 3000, high: 4000 });
    expect(one("20 a 30 muertos")).toMatchObject({ low: 20, high: 30 });
    for (const verb of ["pasó", "aumentó", "subió", "cayó", "bajó"]) expect(read(`El paro ${verb} de 20 a 30.`).map((f) => f.text), verb).toEqual(["20", "30"]);
  });

  it("reads money, dates and ages, and no figure in a duration", () => {
    expect(one("20 €")).toMatchObject({ unit: "currency", counted: "euros" });
    expect(one("$5")).toMatchObject({ counted: "dólares", concept: "money" });
    expect(one("500 millones de dólares estadounidenses")).toMatchObject({ text: "500 millones de dólares", counted: "dólares" });
    expect(one("17 de octubre de 2016")).toMatchObject({ text: "17 de octubre de 2016", value: 20161017, unit: "date" });
    expect(one("en marzo de 2016")).toMatchObject({ text: "marzo de 2016", value: 20160300 });
    expect(read("en 2014 la ciudad")[0]).toMatchObject({ text: "2014", unit: "year" });
    expect(one("un niño de 12 años")).toMatchObject({ text: "12 años", unit: "age", value: 12 });
    expect(one("murió con 80 años")).toMatchObject({ text: "80 años", unit: "age" });
    expect(one("tenía 80 años")).toMatchObject({ unit: "age" });
    expect(one("jóvenes de entre 18 y 25 años")).toMatchObject({ text: "entre 18 y 25 años", unit: "age", low: 18, high: 25 });
    for (const s of ["hace 12 años", "durante 12 años"]) expect(read(s), s).toEqual([]);
  });

  it("takes no ordinal, identifier, time or phone number for a figure", () => {
    for (const s of ["el 3.º distrito", "el tercer distrito", "la resolución 2254", "un F-16", "el Covid-19", "a las 14.30", "a las 9 horas", "llame al 900 102 112", "al 91 123 45 67", "una persona"]) {
      expect(read(s), s).toEqual([]);
    }
  });
});

describe("French and Spanish bad input", () => {
  const marks = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];

  it("keeps spans exact and in place whatever bidi controls surround or split the figure", () => {
    for (const [language, plain] of [["fr", "Au total, près de 12 millions de personnes ont fui."], ["es", "En total, cerca de 12 millones de personas huyeron."]] as const) {
      const [expected] = read(plain, language);
      for (const mark of marks) {
        const s = plain.replaceAll(" ", ` ${mark}`);
        const [f] = read(s, language);
        expect(f, JSON.stringify(mark)).toMatchObject({ value: 12e6, qualifier: "nearly", counted: expected?.counted });
        expect(s.slice(f!.start, f!.end)).toBe(f!.text);
        expect(f!.text.replaceAll(mark, "")).toBe(expected?.text);
      }
    }
  });

  it("reads groups written with no-break and narrow no-break spaces, before a % too", () => {
    expect(read("12\u202f000\u00a0personnes et 8\u202f%", "fr").map((f) => [f.text, f.value])).toEqual([["12\u202f000\u00a0personnes", 12000], ["8\u202f%", 8]]);
  });

  it("returns exact slices, in order and never overlapping, for any text", () => {
    const piece = fc.constantFrom("12", "000", " ", "\u00a0", "\u202f", "\u2067", ",", ".", "%", "€", "$", "de", "millions", "millones", "entre", "et", "y", "à", "a", "plus", "más", "la", "moitié", "mitad", "ans", "años", "deux", "dos", "-", "\n", "'", "d'", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom<FigureLanguage>("fr", "es"), (parts, language) => {
        const s = parts.join("");
        let last = 0;
        for (const f of read(s, language)) {
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(Number.isFinite(f.value)).toBe(true);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
