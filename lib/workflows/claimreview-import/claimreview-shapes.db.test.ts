// The ClaimReview import stores every review of every shape (the fixtures of
// scripts/test-support/fixtures/claimreview) with its publisher, site, address, date, language and
// rating text, placing the rating on the workspace's scale only where that is clear.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { claimReviewFixture, claimReviewFixtureNames } from "@test-support/claimreview-fixtures";
import { createTestWorkspace } from "@test-support/data";
import { importClaimReviewFile } from "./claimreview-import";

const stored = (workspaceId: string, url: string) =>
  getDb().source.findFirstOrThrow({
    where: { workspaceId, url },
    select: { kind: true, publisher: true, publisherSite: true, publishedAt: true, language: true, claimant: true, ratingLabel: true, ratingValue: true, ratingLevel: { select: { label: true } } },
  });

describe("ClaimReview import of every shape", () => {
  it("stores each fixture's reviews with their publisher, site, date, language and rating, mapped where clear", async () => {
    const { workspace, users } = await createTestWorkspace();
    const outcomes = [];
    for (const name of claimReviewFixtureNames()) {
      const result = await importClaimReviewFile({ actor: users.REVIEWER, slug: workspace.slug, file: claimReviewFixture(name) });
      if (result.status === "refused") throw new Error(`${name}: ${result.reason}`);
      outcomes.push(...result.reviews);
    }
    expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => "imported"));
    expect(outcomes).toHaveLength(22);
    expect(await getDb().source.count({ where: { workspaceId: workspace.id, kind: "FACT_CHECK" } })).toBe(22);
    expect(await getDb().auditEvent.count({ where: { workspaceId: workspace.id, action: "import-claimreview" } })).toBe(22);

    const ws = workspace.id;
    expect(await stored(ws, "https://www.ledgercheck.example/fact-check/isis-12-million-2017")).toEqual({
      kind: "FACT_CHECK", publisher: "Ledger Check", publisherSite: "ledgercheck.example", publishedAt: new Date("2017-10-19T00:00:00Z"), language: "en",
      claimant: "Viral Facebook post", ratingLabel: "False", ratingValue: 1, ratingLevel: { label: "False" },
    });
    expect(await stored(ws, "https://tahaqquq.example/ar/mosul-displaced")).toMatchObject({ publisher: "منصة تحقق", language: "ar", ratingLabel: "زائف", ratingLevel: null });
    // Its own words, but its own number: 1 on a scale of 1 to 5 is this workspace's lowest level.
    expect(await stored(ws, "https://datosenclaro.example/verificacion/raqqa-civiles")).toMatchObject({ language: "es", ratingLabel: "Falso", ratingLevel: { label: "False" } });
    expect(await stored(ws, "https://datosenclaro.example/verificacion/raqqa-territorio")).toMatchObject({ ratingLabel: "Engañoso", ratingValue: 7, ratingLevel: null });
    expect(await stored(ws, "https://satyajanch.example/fact-check/isis-fighters-2017")).toMatchObject({ publisher: "सत्य जांच", language: "hi", ratingLabel: "भ्रामक", ratingLevel: { label: "Mostly false" } });
    expect(await stored(ws, "https://www.ledgercheck.example/fact-check/isis-size-of-britain")).toMatchObject({ publisherSite: "ledgercheck.example", claimant: "Television commentator", ratingLabel: "Mostly True", ratingLevel: { label: "Mostly true" } });
    expect(await stored(ws, "https://verify.northwind.example/2015/06/isis-britain-comparison")).toMatchObject({ ratingLabel: "Needs context", ratingLevel: null });

    const outcome = outcomes.find((o) => o.url === "https://datosenclaro.example/verificacion/raqqa-territorio");
    expect(outcome).toMatchObject({ publisher: "Datos en Claro", language: "es", rating: { label: "Engañoso" }, ratingLevel: null, ratingLevelWhy: expect.stringContaining('no level of this workspace\'s scale is called "Engañoso"') });
  });

  it("reports a page imported again as duplicates, writing nothing, and names a broken block", async () => {
    const { workspace, users } = await createTestWorkspace();
    const file = claimReviewFixture("es-page-two-reviews.html");
    const first = await importClaimReviewFile({ actor: users.REVIEWER, slug: workspace.slug, file });
    expect(first).toMatchObject({ status: "imported", shape: "an HTML page with 3 JSON-LD blocks (ClaimReview JSON-LD)", notes: [expect.stringContaining("line 33 is not valid JSON")] });
    const again = await importClaimReviewFile({ actor: users.REVIEWER, slug: workspace.slug, file });
    expect(again.status === "imported" && again.reviews.map((r) => [r.status, r.reason])).toEqual([
      ["duplicate", 'the workspace already holds it as the source "No, en Raqqa no quedaban 200.000 civiles al final de la ofensiva".'],
      ["duplicate", 'the workspace already holds it as the source "El ISIS perdió el 90 % de su territorio: engañoso sin contexto".'],
    ]);
    expect(await getDb().source.count({ where: { workspaceId: workspace.id } })).toBe(2);
  });

  it("keeps the rating's text when its level is deleted from the scale", async () => {
    const { workspace, users } = await createTestWorkspace();
    await importClaimReviewFile({ actor: users.REVIEWER, slug: workspace.slug, file: claimReviewFixture("graph-jsonld.jsonld") });
    const url = "https://verify.northwind.example/2016/10/mosul-offensive-start";
    expect(await stored(workspace.id, url)).toMatchObject({ ratingLabel: "Mixed", ratingLevel: { label: "Mixed" } });
    await getDb().ratingLevel.deleteMany({ where: { workspaceId: workspace.id, label: "Mixed" } });
    expect(await stored(workspace.id, url)).toMatchObject({ ratingLabel: "Mixed", ratingLevel: null });
  });
});
