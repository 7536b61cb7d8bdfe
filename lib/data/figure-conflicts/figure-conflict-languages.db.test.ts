import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { FigureQualifier } from "@/lib/domain/figures/types";
import { FIGURE_KEY_VERSION, quantityKey } from "@/lib/domain/same-quantity";
import { createClaimSchema, updateClaimSchema } from "@/lib/schemas/claim";
import { createClaim, updateClaim } from "../claims/claims";
import { listDisagreements } from "../disagreements/disagreements";
import { listClaimFigureConflicts } from "./figure-conflicts";
import { upgradeFigureKeys } from "@/lib/workflows/upgrades/figure-key-upgrade";
import { createTestArticle, createTestWorkspace } from "@test-support/data";

const M = 1_000_000;
const ENGLISH = "At its peak in 2014, IS commanded over a population of around 12 million people, the article says.";
const ARABIC = "وقال التقرير إن التنظيم حكم في ذروته عام ٢٠١٤ نحو ٨ ملايين شخص في سوريا والعراق.";
const AROUND_12 = "At its 2014 peak IS ruled about 12 million people";
const ARABIC_STATEMENT = "حكم التنظيم في ذروته عام ٢٠١٤ نحو ٨ ملايين شخص";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const [en, ar] = [await createTestArticle(workspace.id, ENGLISH), await createTestArticle(workspace.id, ARABIC)];
  const mark = async (articleId: string, body: string, quote: string, statement: string, value: number, qualifier: FigureQualifier | null, counted: string) => {
    const start = body.indexOf(quote);
    const input = createClaimSchema.parse({
      articleId, start, end: start + quote.length, exact: quote, statement,
      isFigure: true, figureValue: value, figureUnit: "count", figureQualifier: qualifier ?? undefined, figureCounted: counted,
    });
    return createClaim({ actor: users.REVIEWER, slug, input });
  };
  const queue = async () => (await listDisagreements({ actor: users.VIEWER, slug, filters: { kind: "figure-conflict" }, page: 1 })).items;
  const version = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
  return { workspace, users, slug, en, ar, mark, queue, version };
}

describe("figure conflicts across languages", () => {
  it("an Arabic and an English figure of one quantity conflict in the stored queue, and stop when the Arabic one is edited to agree", async () => {
    const { users, slug, en, ar, mark, queue, version } = await setup();
    const english = await mark(en.id, ENGLISH, "around 12 million people", AROUND_12, 12 * M, "about", "people");
    const arabic = await mark(ar.id, ARABIC, "نحو ٨ ملايين شخص", ARABIC_STATEMENT, 8 * M, "about", "شخص");

    const queued = await queue();
    expect(queued.map((item) => item.id).sort()).toEqual([english.id, arabic.id].sort());
    const arabicRow = queued.find((item) => item.id === arabic.id)!;
    expect(arabicRow.figurePartners).toEqual([{ id: english.id, statement: AROUND_12 }]);
    const [pair] = await listClaimFigureConflicts({ actor: users.VIEWER, slug, claimId: english.id });
    expect([pair!.self.exact, pair!.other.exact]).toEqual(["around 12 million people", "نحو ٨ ملايين شخص"]);

    // The Arabic reviewer corrects the figure to what the English article says: no conflict is left.
    const input = updateClaimSchema.parse({
      claimId: arabic.id, version: await version(arabic.id), statement: ARABIC_STATEMENT.replace("٨", "١٢"),
      isFigure: true, figureValue: 12 * M, figureUnit: "count", figureQualifier: "about", figureCounted: "شخص",
    });
    await updateClaim({ actor: users.REVIEWER, slug, input });
    expect(await queue()).toEqual([]);
  });

  it("does not pair them when the Arabic statement names another year", async () => {
    const { en, ar, mark, queue } = await setup();
    await mark(en.id, ENGLISH, "around 12 million people", AROUND_12, 12 * M, "about", "people");
    await mark(ar.id, ARABIC, "نحو ٨ ملايين شخص", "حكم التنظيم عام ٢٠١٦ نحو ٨ ملايين شخص", 8 * M, "about", "شخص");
    expect(await queue()).toEqual([]);
  });
});

describe("upgrading stored quantity keys", () => {
  it("recomputes keys stored by an older vocabulary, so that an old pair across languages reaches the queue; a second run changes nothing", async () => {
    const { workspace, en, ar, mark, queue } = await setup();
    const english = await mark(en.id, ENGLISH, "around 12 million people", AROUND_12, 12 * M, "about", "people");
    const arabic = await mark(ar.id, ARABIC, "نحو ٨ ملايين شخص", ARABIC_STATEMENT, 8 * M, "about", "شخص");
    // As an installation from before the concept vocabulary stored them: the noun as written, nothing in the queue.
    const db = getDb();
    await db.$executeRaw`update claims set "figureKey" = 'count:' || "figureCounted", "figureConflict" = null, "figureConflictSince" = null where "workspaceId" = ${workspace.id}::uuid`;
    await db.$executeRaw`delete from claim_disagreements where "workspaceId" = ${workspace.id}::uuid`;
    await db.instanceState.upsert({ where: { key: "figure-keys" }, create: { key: "figure-keys", value: "1" }, update: { value: "1" } });
    const before = await db.claim.findUniqueOrThrow({ where: { id: english.id }, select: { updatedAt: true } });
    expect(await queue()).toEqual([]);

    const upgrade = await upgradeFigureKeys();
    expect(upgrade.ran).toBe(true);
    expect(upgrade.claims).toBeGreaterThanOrEqual(2);
    const keys = await db.claim.findMany({ where: { id: { in: [english.id, arabic.id] } }, select: { figureKey: true, updatedAt: true } });
    expect(keys.map((k) => k.figureKey)).toEqual([quantityKey("count", "people"), quantityKey("count", "people")]);
    expect(keys[0]!.figureKey).toBe("count:[people]");
    expect((await queue()).map((item) => item.id).sort()).toEqual([english.id, arabic.id].sort());
    // Not an edit by anyone: the claims keep their place in the claims list.
    expect((await db.claim.findUniqueOrThrow({ where: { id: english.id }, select: { updatedAt: true } })).updatedAt).toEqual(before.updatedAt);

    expect((await db.instanceState.findUniqueOrThrow({ where: { key: "figure-keys" } })).value).toBe(FIGURE_KEY_VERSION);
    expect(await upgradeFigureKeys()).toEqual({ ran: false, claims: 0, workspaces: 0 });
    // Run again as if interrupted before the version was recorded: nothing is left to change.
    await db.instanceState.update({ where: { key: "figure-keys" }, data: { value: "1" } });
    expect((await upgradeFigureKeys()).claims).toBe(0);
    expect((await queue()).length).toBe(2);
  });
});
