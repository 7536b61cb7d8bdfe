import { describe, expect, it } from "vitest";
import { fleissKappa, krippendorffAlpha } from "./agreement";
import { agreementCsvRows, AGREEMENT_CSV_HEADER } from "./agreement-csv";
import { buildAgreementReport, formatStatistic, type AgreementInput } from "./agreement-report";

const CATEGORIES = ["True", "Mostly true", "Mixed", "Mostly false", "False", "Unverifiable"];
const ORDINAL: Record<string, number | null> = { True: 5, "Mostly true": 4, Mixed: 3, "Mostly false": 2, False: 1, Unverifiable: null };
const reviewers = [{ id: "a", name: "Ana" }, { id: "b", name: "Ben" }, { id: "c", name: "Cy" }];

/** Rows of labels per claim (one column per reviewer), each claim on the article given. */
function input(rows: [article: string, ...labels: (string | null)[]][], who = reviewers): AgreementInput {
  const labels = rows.map(([, ...cells]) => cells);
  return {
    reviewers: who,
    units: rows.map(([article], u) => ({ claimId: `c${u}`, articleId: article, articleTitle: `Article ${article}` })),
    labels,
    ordinals: labels.map((row) => row.map((label) => (label === null ? null : ORDINAL[label]!))),
    categories: CATEGORIES,
  };
}

describe("buildAgreementReport", () => {
  it("gives Cohen's kappa per pair over the claims both rated, with that count", () => {
    // Ana and Ben: p_o = 3/4, p_e = .5·.25 + .5·.75 = .5, so κ = .5. Cy rated only the last claim.
    const report = buildAgreementReport(input([
      ["x", "True", "True", null],
      ["x", "True", "False", null],
      ["x", "False", "False", null],
      ["x", "False", "False", "False"],
    ]));
    const [ab, ac, bc] = report.pairs;
    expect(ab).toMatchObject({ a: { name: "Ana" }, b: { name: "Ben" }, n: 4, reason: null });
    expect(ab!.value).toBeCloseTo(0.5, 12);
    expect(ac).toMatchObject({ n: 1 });
    expect(ac!.value).toBeNaN();
    expect(ac!.reason).toMatch(/same category/);
    expect(bc!.n).toBe(1);
  });

  it("says a pair with no claim in common is undefined for that reason", () => {
    const report = buildAgreementReport(input([["x", "True", "True", null], ["x", "False", null, "False"]]));
    const bc = report.pairs.find((pair) => pair.a.id === "b" && pair.b.id === "c")!;
    expect(bc.n).toBe(0);
    expect(bc.value).toBeNaN();
    expect(bc.reason).toBe("these reviewers have rated no claim in common");
  });

  it("counts single-rated claims and keeps Fleiss to the most common number of raters", () => {
    const rows: [string, ...(string | null)[]][] = [
      ["x", "True", "True", "True"],
      ["x", "False", "False", "Mixed"],
      ["x", "Mixed", "Mixed", "Mixed"],
      ["x", "True", "Mostly true", null], // two raters: not the modal three
      ["x", "False", null, null], // one rater: no information
    ];
    const { overall } = buildAgreementReport(input(rows));
    expect(overall).toMatchObject({ ratedClaims: 5, singleRated: 1 });
    expect(overall.fleiss).toMatchObject({ n: 3, raters: 3, skipped: 2, reason: null });
    expect(overall.fleiss.value).toBeCloseTo(fleissKappa([[3, 0, 0, 0, 0, 0], [0, 0, 1, 0, 2, 0], [0, 0, 3, 0, 0, 0]]), 12);
    expect(overall.alphaNominal.n).toBe(4);
    const coders = [0, 1, 2].map((c) => rows.map((row) => row[c + 1] ?? null));
    expect(overall.alphaNominal.value).toBeCloseTo(krippendorffAlpha(coders, "nominal"), 12);
  });

  it("treats levels without an ordinal as missing for the ordinal alpha, and counts them", () => {
    const { overall } = buildAgreementReport(input([
      ["x", "True", "Mostly true", "Unverifiable"],
      ["x", "False", "Unverifiable", null],
      ["x", "Mixed", "Mostly false", "Mixed"],
    ]));
    expect(overall.alphaOrdinal.withoutOrdinal).toBe(2);
    expect(overall.alphaOrdinal.n).toBe(2); // the second claim is left with one ordinal rating
    expect(overall.alphaNominal.n).toBe(3);
    expect(overall.alphaOrdinal.value).toBeCloseTo(krippendorffAlpha([[5, null, 3], [4, null, 2], [null, null, 3]], "ordinal"), 12);
  });

  it("reports undefined statistics with a reason instead of a number", () => {
    const { overall } = buildAgreementReport(input([["x", "True", null, null], ["x", null, "False", null]]));
    expect(overall.singleRated).toBe(2);
    expect(overall.fleiss).toMatchObject({ n: 0, raters: null, reason: "no claim was rated by two or more reviewers" });
    expect(overall.alphaNominal.value).toBeNaN();
    expect(overall.alphaOrdinal.reason).toMatch(/ordinal value/);
    const unanimous = buildAgreementReport(input([["x", "True", "True", "True"], ["x", "True", "True", "True"]])).overall;
    expect(unanimous.fleiss.value).toBeNaN();
    expect(unanimous.fleiss.reason).toMatch(/one and the same category/);
  });

  it("gives each article its own figures, sorted by title", () => {
    const report = buildAgreementReport(input([
      ["y", "True", "True", null],
      ["x", "False", "True", null],
      ["y", "False", "False", null],
      ["x", "Mixed", null, null],
    ]));
    expect(report.perArticle.map((article) => [article.title, article.ratedClaims, article.singleRated, article.alphaNominal.n])).toEqual([
      ["Article x", 2, 1, 1],
      ["Article y", 2, 0, 2],
    ]);
    expect(report.perArticle[1]!.fleiss.value).toBeCloseTo(1, 12);
  });

  it("refuses matrices that do not match the claims", () => {
    expect(() => buildAgreementReport({ ...input([["x", "True", "True", null]]), labels: [] })).toThrow(RangeError);
  });
});

describe("formatStatistic", () => {
  it("prints two decimals, a minus sign, and a dash for undefined", () => {
    expect(formatStatistic(0.5)).toBe("0.50");
    expect(formatStatistic(-0.125)).toBe("−0.13");
    expect(formatStatistic(-0.001)).toBe("0.00");
    expect(formatStatistic(Number.NaN)).toBe("—");
  });
});

describe("agreementCsvRows", () => {
  const report = buildAgreementReport(input([
    ["x", null, "True", "True"],
    ["x", null, "True", "False"],
    ["y", "False", "False", "False"],
    ["y", null, "False", "False"],
  ], [{ id: "z", name: "=HYPERLINK(1)" }, { id: "a", name: "Ana" }, { id: "b", name: "Ben" }]));

  it("has the header, the scope's statistics, one row per pair and per-article rows", () => {
    const rows = agreementCsvRows(report, "Desk");
    expect(rows[0]).toEqual([...AGREEMENT_CSV_HEADER]);
    expect(rows).toContainEqual(["Desk", "Cohen's kappa", "Ana / Ben", "0.5000", "4", "moderate"]);
    expect(rows.filter((row) => row[1] === "Cohen's kappa")).toHaveLength(3);
    expect(rows.filter((row) => row[0] === "Article x").map((row) => row[1])).toEqual(["Fleiss' kappa", "Krippendorff's alpha (nominal)", "Krippendorff's alpha (ordinal)"]);
  });

  it("leaves undefined values empty with the reason, and keeps names from running as formulas", () => {
    const rows = agreementCsvRows(report, "-Desk");
    expect(rows).toContainEqual(["'-Desk", "Cohen's kappa", "'=HYPERLINK(1) / Ana", "", "1", "undefined: both reviewers put every shared claim in the same category (0/0)"]);
  });
});
