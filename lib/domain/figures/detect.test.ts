import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { detectFigures } from "./detect";
import { FIGURE_QUALIFIERS, FIGURE_UNITS, fromFigureEnum, toFigureEnum, type DetectedFigure } from "./types";
import { FIGURE_EXAMPLES, type ExpectedFigure } from "@test-support/figure-examples/en";

/** The one figure whose text is `span`, with its offsets checked. */
const figureAt = (sentence: string, span: string): DetectedFigure => {
  const figure = detectFigures(sentence).find((f) => f.text === span);
  expect(figure, `no figure "${span}" in ${JSON.stringify(detectFigures(sentence))}`).toBeDefined();
  expect(figure?.start).toBe(sentence.indexOf(span));
  return figure as DetectedFigure;
};
const close = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** A detection matches a label when the spans overlap and value, unit, qualifier, counted and bounds agree. */
function matches(sentence: string, found: DetectedFigure, expected: ExpectedFigure): boolean {
  const start = sentence.indexOf(expected.text);
  const end = start + expected.text.length;
  return (
    found.start < end && start < found.end && close(found.value, expected.value) && found.unit === expected.unit &&
    found.qualifier === expected.qualifier && found.counted === expected.counted &&
    close(found.low, expected.low) && close(found.high, expected.high)
  );
}

function score() {
  let detected = 0;
  let labelled = 0;
  const problems: string[] = [];
  for (const { sentence, expected } of FIGURE_EXAMPLES) {
    const found = detectFigures(sentence);
    const unmatched = [...found];
    for (const e of expected) {
      const i = unmatched.findIndex((f) => matches(sentence, f, e));
      if (i >= 0) unmatched.splice(i, 1);
      else problems.push(`missed ${JSON.stringify(e)}`);
    }
    for (const f of unmatched) problems.push(`spurious ${JSON.stringify(f)}`);
    detected += found.length;
    labelled += expected.length;
  }
  return { detected, labelled, problems };
}

describe("detectFigures over the labelled examples", () => {
  it("has enough examples, quotes seed sentences verbatim, and labels spans that occur in their sentence", () => {
    expect(FIGURE_EXAMPLES.length).toBeGreaterThanOrEqual(100);
    for (const e of FIGURE_EXAMPLES) {
      for (const f of e.expected) expect(e.sentence.includes(f.text), f.text).toBe(true);
      if (e.source === "news") continue;
      const seed = readFileSync(path.join(import.meta.dirname, "../../../seeds/corpus", e.source), "utf8");
      expect(seed.includes(e.sentence), e.sentence).toBe(true);
    }
  });

  it("reaches its precision and recall", () => {
    const { detected, labelled, problems } = score();
    const missed = problems.filter((p) => p.startsWith("missed")).length;
    const spurious = problems.filter((p) => p.startsWith("spurious")).length;
    const correct = labelled - missed;
    const precision = correct / detected;
    const recall = correct / labelled;
    console.log(
      `figures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${FIGURE_EXAMPLES.length} examples ` +
        `(${labelled} labelled figures, ${detected} detected, ${missed} missed, ${spurious} spurious)`,
    );
    for (const p of problems) console.log(`  ${p}`);
    expect(precision).toBeGreaterThanOrEqual(0.93);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });
});

/** The figure covering `span` (its first occurrence), as detectFigures must return it. */
const expectFigure = (sentence: string, span: string, rest: Omit<DetectedFigure, "start" | "end" | "text">) => {
  const start = sentence.indexOf(span);
  // The concept is checked where a test names it (concepts.test.ts); elsewhere the reading is what matters.
  const { concept, ...found } = figureAt(sentence, span);
  expect(rest.concept === undefined ? found : { ...found, concept }).toEqual({ start, end: start + span.length, text: span, ...rest });
};

describe("detectFigures: the cases the product is built around", () => {
  it("reads a population of around 12 million people", () => {
    const s = "At its peak in 2014, IS commanded over a population of around 12 million people - roughly the same size as Zimbabwe or half of Syria.";
    expectFigure(s, "around 12 million people", { value: 12_000_000, unit: "count", qualifier: "about", counted: "people" });
    expectFigure(s, "2014", { value: 2014, unit: "year", qualifier: null });
    expectFigure(s, "half of Syria", { value: 0.5, unit: "fraction", qualifier: null, counted: "syria" });
  });

  it("reads 12 percent of their territory, in the article and in the reader's comment quoting it", () => {
    const seed = readFileSync(path.join(import.meta.dirname, "../../../seeds/corpus/004_1d4bf302df67dbd1.txt"), "utf8");
    const percents = detectFigures(seed).filter((f) => f.unit === "percent");
    expect(percents).toHaveLength(2);
    for (const f of percents) {
      expect(f).toMatchObject({ text: "12 percent of their territory", value: 12, qualifier: null, counted: "territory" });
      expect(seed.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it("reads ranges: aged between 20 and 30, 20-30, 20 to 30, between ... percent", () => {
    const range = { value: 25, low: 20, high: 30, qualifier: null };
    expectFigure("conscription for young Muslim men aged between 20 and 30 - previously unheard of", "aged between 20 and 30", { ...range, unit: "age" });
    expectFigure("It recruited between 20 and 30 fighters.", "between 20 and 30 fighters", { ...range, unit: "count", counted: "fighters" });
    expectFigure("It recruited 20-30 fighters.", "20-30 fighters", { ...range, unit: "count", counted: "fighters" });
    expectFigure("It recruited 20 to 30 fighters.", "20 to 30 fighters", { ...range, unit: "count", counted: "fighters" });
    expectFigure("Support fell to 20–30 percent.", "20–30 percent", { ...range, unit: "percent" });
    expectFigure("between 5 and 6 million people fled", "between 5 and 6 million people", {
      value: 5_500_000, low: 5_000_000, high: 6_000_000, unit: "count", qualifier: null, counted: "people",
    });
  });

  it("reads nearly 3,000 Yazidi women and children", () => {
    expectFigure("Nearly 3,000 Yazidi women and children remain in IS captivity today.", "Nearly 3,000 Yazidi women and children", {
      value: 3000, unit: "count", qualifier: "nearly", counted: "women and children",
    });
  });

  it("reads two fifths of the city as the fraction 0.4", () => {
    const s = "the ISIS fighters who over the course of a four year siege were able to capture around two fifths of the city.";
    expectFigure(s, "around two fifths of the city", { value: 0.4, unit: "fraction", qualifier: "about", counted: "city" });
  });

  it("reads tens of people as the range 20–100", () => {
    expectFigure('"ISIS executed tens of people during and after their retreat"', "tens of people", {
      value: 60, low: 20, high: 100, unit: "count", qualifier: null, counted: "people",
    });
  });

  it("reads Eight Islamic State leaders", () => {
    expectFigure("Eight Islamic State leaders were confirmed killed by the US-led coalition.", "Eight Islamic State leaders", {
      value: 8, unit: "count", qualifier: null, counted: "leaders",
    });
  });

  it("reads ages: a 40-year-old man, aged 20", () => {
    expectFigure("Hasan Abu Abdul Karim, a 40-year-old man from Aleppo countryside said", "40-year-old man", {
      value: 40, unit: "age", qualifier: null, counted: "man",
    });
    expectFigure("Men aged 20 were called up.", "aged 20", { value: 20, unit: "age", qualifier: null });
    expectFigure("He was 40 years old.", "40 years old", { value: 40, unit: "age", qualifier: null });
  });

  it.each([
    "The city which was once destroyed by a Mongol army in 1298 now awaits its second rebirth as US-made Hellfire in the form of AGM-114 missiles obliterate what remains.",
    "COVID-19 restrictions were lifted.",
    "An F-16 was seen over Idlib.",
    "The G20 met in Hamburg.",
    "Flight MH17 was shot down.",
    "Al-Qaeda claimed the attack.",
    "They drove a 4x4 across the desert.",
    "UN Security Council Resolution 2254 calls for elections.",
    "Call +44 20 7946 0958 or (202) 555-0143.",
    "Version 2.3.1 and the server at 192.168.0.1 were patched.",
    "The Su-24 and MiG-29 took off at 10:30.",
    "@media(max-width: 600px) {.adace_adsense_59f38bad125b1 {display:block !important;}}",
    "error: النسخ ممنوع من ديرالزور24",
    "1- Inter-group Fighting.\n2-Ongoing fleeing\n3. Mass migration",
  ])("takes no identifier for a figure: %s", (sentence) => {
    expect(detectFigures(sentence).filter((f) => f.unit !== "year")).toEqual([]);
  });

  it("keeps years and dates apart from quantities", () => {
    expectFigure("destroyed by a Mongol army in 1298 now", "1298", { value: 1298, unit: "year", qualifier: null });
    expectFigure("3 min read\n03 Aug, 2017\nThe fight", "03 Aug, 2017", { value: 20170803, unit: "date", qualifier: null });
    expectFigure("Wednesday, July 13, 2016", "July 13, 2016", { value: 20160713, unit: "date", qualifier: null });
    expectFigure("an article I wrote for Sputnik on 19th January 2016 – ie.", "19th January 2016", { value: 20160119, unit: "date", qualifier: null });
    expectFigure("Fast forward to April 2017 and", "April 2017", { value: 20170400, unit: "date", qualifier: null });
    expectFigure("Some 1500 fighters left.", "Some 1500 fighters", { value: 1500, unit: "count", qualifier: "about", counted: "fighters" });
    expectFigure("between 2014 and 2017 it fell", "between 2014 and 2017", { value: 2015.5, low: 2014, high: 2017, unit: "year", qualifier: null });
  });

  it("reads scale words, percentages and currencies", () => {
    expectFigure("a million people", "a million people", { value: 1e6, unit: "count", qualifier: null, counted: "people" });
    expectFigure("it cost 1.5 billion", "1.5 billion", { value: 1.5e9, unit: "count", qualifier: null });
    expectFigure("1.5 billion people live there", "1.5 billion people", { value: 1.5e9, unit: "count", qualifier: null, counted: "people" });
    expectFigure("hundreds of thousands fled", "hundreds of thousands", { value: 600_000, low: 200_000, high: 1e6, unit: "count", qualifier: null });
    for (const p of ["12 percent", "12%", "12 per cent"]) expectFigure(`support of ${p} only`, p, { value: 12, unit: "percent", qualifier: null });
    expectFigure("It cost $5 million.", "$5 million", { value: 5e6, unit: "currency", qualifier: null, counted: "dollars" });
    expectFigure("It cost €3bn.", "€3bn", { value: 3e9, unit: "currency", qualifier: null, counted: "euros" });
    expectFigure("It cost 5 million dollars.", "5 million dollars", { value: 5e6, unit: "currency", qualifier: null, counted: "dollars" });
    expectFigure("It carried 1,250.5 tonnes.", "1,250.5 tonnes", { value: 1250.5, unit: "other", qualifier: null, counted: "tonnes" });
  });

  it.each([
    ["It has lost Mayadin after just a few days of fighting.", "a few"],
    ["Abu Mohammed, one of the leaders of the FSA said", "one of the"],
    ["the UN marked the third anniversary of the Yazidi genocide", "an ordinal"],
    ["now awaits its second rebirth", "an ordinal"],
    ["the 21st century and the 101st Airborne", "ordinals in digits"],
    ["As one Islamic State operative told a western journalist", "one as a determiner"],
    ["the Four Seasons hotel", "a name"],
  ])("finds no figure in %j (%s)", (sentence) => {
    expect(detectFigures(sentence)).toEqual([]);
  });

  it.each([
    ["around", "about"], ["about", "about"], ["roughly", "about"], ["some", "about"], ["approximately", "about"],
    ["an estimated", "about"], ["nearly", "nearly"], ["almost", "nearly"], ["just under", "nearly"], ["over", "over"],
    ["more than", "over"], ["just over", "over"], ["at least", "at least"], ["no fewer than", "at least"],
    ["up to", "at most"], ["no more than", "at most"], ["as many as", "at most"], ["fewer than", "under"],
    ["less than", "under"], ["under", "under"], ["exactly", "exactly"],
  ])("maps %j to the qualifier %j", (phrase, qualifier) => {
    const s = `They counted ${phrase} 300 fighters.`;
    expectFigure(s, `${phrase} 300 fighters`, { value: 300, unit: "count", qualifier: qualifier as DetectedFigure["qualifier"], counted: "fighters" });
  });

  it("counts offsets in UTF-16 code units, after emoji and Arabic text", () => {
    const s = "🙂🇸🇾 ديرالزور: 12 percent of the city";
    const [f] = detectFigures(s);
    expect(f).toMatchObject({ start: s.indexOf("12"), text: "12 percent of the city", value: 12, counted: "city" });
  });

  it("names units and qualifiers as the database enums do", () => {
    const schema = readFileSync(path.join(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8");
    const members = (name: string) => /\{([^}]*)\}/.exec(schema.slice(schema.indexOf(`enum ${name} `)))?.[1]?.trim().split(/\s+/);
    expect(FIGURE_UNITS.map(toFigureEnum)).toEqual(members("FigureUnit"));
    expect(FIGURE_QUALIFIERS.map(toFigureEnum)).toEqual(members("FigureQualifier"));
    expect(toFigureEnum("at least")).toBe("AT_LEAST");
    expect(fromFigureEnum("AT_MOST")).toBe("at most");
    expect(fromFigureEnum("LOTS")).toBeNull();
  });
});

const TOKENS = [
  "12", "3,000", "1,250.5", "2014", "1298", "0", "007", "1.5", "20-30", "million", "billion", "percent", "%", "per cent",
  "around", "nearly", "more than", "at least", "between", "and", "to", "or", "aged", "year-old", "-", "–", "$", "€", "£",
  "one", "two", "Eight", "twenty-five", "hundred", "thousands", "tens", "of", "the", "a", "few", "half", "fifths", "third",
  "people", "fighters", "women", "children", "AGM-114", "COVID-19", "F-16", "July", "Aug", "19th", "in", "km", "m", "bn",
  ",", ".", ":", "/", "\n", " ", "  ", "\u00a0", "🙂", "ديرالزور", "(", ")", "'s", "x", "in every",
];
const textArbitrary = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).chain((tokens) =>
    fc.array(fc.constantFrom(" ", "", " ", "\u00a0"), { minLength: tokens.length, maxLength: tokens.length })
      .map((gaps) => tokens.map((t, i) => t + (gaps[i] ?? "")).join("")),
  ),
);

describe("detectFigures on arbitrary text", () => {
  it("never throws and returns sorted, disjoint spans that are slices of the text", () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const figures = detectFigures(text);
        let previousEnd = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.start).toBeLessThan(f.end);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
          expect(FIGURE_UNITS).toContain(f.unit);
          if (f.qualifier !== null) expect(FIGURE_QUALIFIERS).toContain(f.qualifier);
          previousEnd = f.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
