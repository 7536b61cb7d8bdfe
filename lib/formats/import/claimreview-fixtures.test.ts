// Every fixture (one per shape fact-checks come in, in English, Arabic, Spanish and Hindi) reads
// without loss: every review, with its publisher, site, address, date, language and rating text.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { CLAIMREVIEW_FIXTURES } from "@test-support/claimreview-fixtures";
import { describe, expect, it } from "vitest";
import { readClaimReviewFile, type ParsedClaimReview } from "./claimreview";

const FOLDER = CLAIMREVIEW_FIXTURES;

type Expected = [url: string, publisher: string, site: string | null, date: string, language: string | null, label: string | null, value?: [number, number, number]];
const review = ([url, publisher, site, date, language, label, value]: Expected) => ({
  url, publisher, publisherSite: site, publishedAt: date, language,
  rating: { label, value: value?.[0] ?? null, best: value?.[1] ?? null, worst: value?.[2] ?? null },
});

const EXPECTED: Record<string, { shape: string; notes?: number; reviews: Expected[] }> = {
  "en-article-page.html": {
    shape: "an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)",
    reviews: [["https://www.ledgercheck.example/fact-check/isis-12-million-2017", "Ledger Check", "ledgercheck.example", "2017-10-19", "en", "False", [1, 5, 1]]],
  },
  "ar-article-page-graph.html": {
    shape: "an HTML page with 1 JSON-LD block (ClaimReview JSON-LD)",
    reviews: [["https://tahaqquq.example/ar/mosul-displaced", "منصة تحقق", "tahaqquq.example", "2017-07-15", "ar", "زائف"]],
  },
  "es-page-two-reviews.html": {
    shape: "an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)",
    notes: 1,
    reviews: [
      ["https://datosenclaro.example/verificacion/raqqa-civiles", "Datos en Claro", "datosenclaro.example", "2017-10-25", "es", "Falso", [1, 5, 1]],
      ["https://datosenclaro.example/verificacion/raqqa-territorio", "Datos en Claro", "datosenclaro.example", "2017-10-26", "es", "Engañoso", [7, 10, 0]],
    ],
  },
  "hi-article-page.html": {
    shape: "an HTML page with 1 JSON-LD block (ClaimReview JSON-LD)",
    reviews: [["https://satyajanch.example/fact-check/isis-fighters-2017", "सत्य जांच", "satyajanch.example", "2017-08-04", "hi", "भ्रामक", [2, 5, 1]]],
  },
  "datafeed.jsonld": {
    shape: "a DataFeed and ClaimReview JSON-LD",
    reviews: [
      ["https://www.ledgercheck.example/fact-check/raqqa-liberated-2017", "Ledger Check", "ledgercheck.example", "2017-10-21", "en", "True", [5, 5, 1]],
      ["https://datosenclaro.example/verificacion/mosul-reconstruccion", "Datos en Claro", "datosenclaro.example", "2017-09-03", "es", "Sin evidencia"],
      ["https://tahaqquq.example/ar/tal-afar-2017", "منصة تحقق", "tahaqquq.example", "2017-08-31", "ar", "صحيح إلى حد كبير", [4, 5, 1]],
      ["https://satyajanch.example/fact-check/mosul-old-city", "सत्य जांच", "satyajanch.example", "2017-07-12", "hi", "आंशिक रूप से सही"],
    ],
  },
  "datafeed-nested.json": {
    shape: "a DataFeed and ClaimReview JSON-LD",
    reviews: [
      ["https://satyajanch.example/fact-check/isis-territory-loss", "सत्य जांच", "satyajanch.example", "2017-07-01", "hi", "सही", [5, 5, 1]],
      ["https://www.ledgercheck.example/fact-check/foreign-fighters-40000", "Ledger Check", "ledgercheck.example", "2017-10-24", "en", "Mostly true", [4, 5, 1]],
    ],
  },
  "factcheck-tools-en.json": {
    shape: "a Fact Check Tools claim search answer",
    reviews: [
      ["https://www.ledgercheck.example/fact-check/isis-size-of-britain", "Ledger Check", "ledgercheck.example", "2015-06-05", "en", "Mostly True"],
      ["https://verify.northwind.example/2015/06/isis-britain-comparison", "Northwind Verify", "verify.northwind.example", "2015-06-09", "en", "Needs context"],
      ["https://verify.northwind.example/2016/12/coalition-strikes-50000", "Northwind Verify", "verify.northwind.example", "2016-12-20", "en", "Unverifiable"],
    ],
  },
  "factcheck-tools-multilingual.json": {
    shape: "a Fact Check Tools claim search answer",
    reviews: [
      ["https://tahaqquq.example/ar/third-of-iraq-2014", "منصة تحقق", "tahaqquq.example", "2014-08-15", "ar", "صحيح"],
      ["https://datosenclaro.example/verificacion/desplazados-irak-2017", "Datos en Claro", "datosenclaro.example", "2017-12-04", "es", "Verdadero"],
      ["https://satyajanch.example/fact-check/syria-refugees-5-million", "सत्य जांच", "satyajanch.example", "2017-04-18", "hi", "सही"],
    ],
  },
  "review-objects-array.json": {
    shape: "review objects without @type",
    reviews: [
      ["https://verify.northwind.example/2017/07/mosul-nine-months", "Northwind Verify", "verify.northwind.example", "2017-07-11", "en", "True", [5, 5, 1]],
      ["https://datosenclaro.example/verificacion/ataques-aereos-30000", "Datos en Claro", null, "2017-08-22", "es", "Exagerado", [2, 5, 1]],
    ],
  },
  "review-object-single.json": {
    shape: "review objects without @type",
    reviews: [["https://tahaqquq.example/ar/isis-95-percent", "منصة تحقق", "tahaqquq.example", "2017-12-28", "ar", "صحيح إلى حد كبير"]],
  },
  "graph-jsonld.jsonld": {
    shape: "ClaimReview JSON-LD",
    reviews: [["https://verify.northwind.example/2016/10/mosul-offensive-start", "Northwind Verify", "verify.northwind.example", "2016-10-18", "en", "Mixed", [3, 5, 1]]],
  },
  "own-export.json": {
    shape: "ClaimReview JSON-LD",
    reviews: [["https://claimbench.example/p/isis-decline/claims/7", "ISIS decline desk", null, "2017-11-30", null, "Mostly true", [4, 5, 1]]],
  },
};

const readFixture = async (name: string) => readClaimReviewFile({ name, bytes: new Uint8Array(readFileSync(path.join(FOLDER, name))) });

describe("ClaimReview fixtures", { timeout: 120_000 }, () => {
  it("has an expectation for every fixture, and at least ten of them", () => {
    expect(readdirSync(FOLDER).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(EXPECTED))("reads %s without loss", async (name, expected) => {
    const result = await readFixture(name);
    if (!result.ok) throw new Error(result.reason);
    const { reading } = result;
    expect(reading.shape).toBe(expected.shape);
    expect(reading.notes).toHaveLength(expected.notes ?? 0);
    expect(reading.reviews.every((found) => found.ok)).toBe(true);
    const reviews = reading.reviews.flatMap((found) => (found.ok ? [found.review] : []));
    expect(reviews.map(({ url, publisher, publisherSite, publishedAt, language, rating }) => ({ url, publisher, publisherSite, publishedAt, language, rating }))).toEqual(expected.reviews.map(review));
    // Every review keeps the claim it reviewed and a title, whatever its shape called them.
    for (const parsed of reviews as ParsedClaimReview[]) {
      expect(parsed.claimReviewed.length).toBeGreaterThan(10);
      expect(parsed.title.length).toBeGreaterThan(10);
    }
  });

  it("keeps each shape's claimant and title", async () => {
    const tools = await readFixture("factcheck-tools-en.json");
    expect(tools.ok && tools.reading.reviews[0]).toMatchObject({ review: { claimReviewed: "ISIS controlled an area the size of Britain in 2015", claimant: "Television commentator", title: "Was ISIS territory the size of Britain?" } });
    const page = await readFixture("ar-article-page-graph.html");
    expect(page.ok && page.reading.reviews[0]).toMatchObject({ where: "ClaimReview 1 of 1 (in the JSON-LD block on line 6)", review: { claimant: "قناة إخبارية محلية", title: "هل نزح مليونا شخص من الموصل خلال المعركة؟" } });
    const spanish = await readFixture("es-page-two-reviews.html");
    expect(spanish.ok && spanish.reading.notes).toEqual([expect.stringMatching(/^the JSON-LD block on line 33 is not valid JSON \(.+\); it was skipped\.$/)]);
  });
});
