// The language option, script-based choice, concepts, Arabic in words, and French and Spanish read when asked.
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import { figureLanguageOf } from "./language";

describe("detectFigures by language", () => {
  it("names the shared concept of counted nouns in the core vocabulary, and money for currencies", () => {
    const [people, killed, money, none] = detectFigures("Around 12 million people, 4,000 deaths, $5 million and 40 cars.");
    expect(people).toMatchObject({ counted: "people", concept: "people" });
    expect(killed).toMatchObject({ counted: "deaths", concept: "killed" });
    expect(money).toMatchObject({ unit: "currency", counted: "dollars", concept: "money" });
    expect(none?.counted).toBe("cars");
    expect(none?.concept).toBeUndefined();
  });

  it("reads Arabic-script text in words: scales, qualifiers and counted nouns, in every digit system", () => {
    const s = "نزح نحو ١٢ مليون شخص، و٤٥٫٥٪ من السكان، و۱۲۰۰ مقاتل، و2,500 عائلة";
    expect(figureLanguageOf(s)).toBe("ar");
    const found = detectFigures(s).map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }));
    expect(found).toEqual([
      { text: "نحو ١٢ مليون شخص", value: 12_000_000, unit: "count", qualifier: "about" },
      { text: "٤٥٫٥٪ من السكان", value: 45.5, unit: "percent", qualifier: null },
      { text: "۱۲۰۰ مقاتل", value: 1200, unit: "count", qualifier: null },
      { text: "2,500 عائلة", value: 2500, unit: "count", qualifier: null },
    ]);
    for (const f of detectFigures(s)) expect(s.slice(f.start, f.end)).toBe(f.text);
  });

  it("takes no identifier in Arabic script for a figure", () => {
    expect(detectFigures("أسقطت طائرة إف-35 فوق ديرالزور24", { language: "ar" })).toEqual([]);
  });

  it("reads French and Spanish separators and scale words when asked", () => {
    expect(detectFigures("soit 2,3 milliards et 12 000 personnes", { language: "fr" }).map((f) => f.value)).toEqual([2.3e9, 12000]);
    expect(detectFigures("unas 4.500 personas, el 8 %", { language: "es" }).map((f) => [f.value, f.unit])).toEqual([[4500, "count"], [8, "percent"]]);
  });

  it("reads English by default, also when a few Arabic words are quoted", () => {
    expect(figureLanguageOf("The sign read ديرالزور: 12 percent of the city")).toBe("en");
    expect(detectFigures("around 12 million people", { language: "en" })[0]?.value).toBe(12_000_000);
  });
});

describe("figureLanguageOf", () => {
  it("goes by the words of a Latin-script text: French and Spanish figures read without a language option", () => {
    const fr = "Selon les Nations unies, 12 000 personnes ont fui la ville, soit 2,3 milliards de dollars de dégâts.";
    expect(figureLanguageOf(fr)).toBe("fr");
    expect(detectFigures(fr).map((f) => f.value)).toEqual(detectFigures(fr, { language: "fr" }).map((f) => f.value));
    expect(detectFigures(fr).map((f) => f.value)).toContain(12000);
    expect(figureLanguageOf("Según la ONU, unas 4.500 personas huyeron de la ciudad y el 8 % de las casas cayó.")).toBe("es");
  });

  it("falls back to the script when the words cannot tell", () => {
    expect(figureLanguageOf("Circa 12 milioni di persone sono fuggite dalle loro case.")).toBe("en");
    expect(figureLanguageOf("around 12 million")).toBe("en");
    expect(figureLanguageOf("١٢ مليون")).toBe("ar");
  });
});
