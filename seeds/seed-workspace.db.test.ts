import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listArticles } from "@/lib/data/articles/articles";
import { seedDemo, DEMO_USERS, DEMO_WORKSPACE } from "./demo";
import { seedWorkspace } from "./seed-workspace";
import { claimFigureRows, countRows } from "@test-support/data";

describe("seeding", () => {
  it("is idempotent: a second run creates nothing twice", async () => {
    const first = await seedDemo();
    const countsAfterFirst = await countRows();
    const second = await seedDemo();

    expect(second).toMatchObject({ workspaceCreated: false, usersCreated: 0, articlesCreated: 0, workspaceId: first.workspaceId });
    expect(await countRows()).toEqual(countsAfterFirst);

    const owner = { id: first.userIds[DEMO_USERS[0]!.email]! };
    const articles = await listArticles({ actor: owner, slug: DEMO_WORKSPACE.slug });
    expect(articles.map((a) => a.title).sort()).toEqual([
      "How the Islamic State ends: scrambling for Deir al-Zour",
      "ISIS enters its final days",
      "ISIS: No Longer Everlasting, Ever Growing",
      "Letter to the desk: how many people did IS rule?",
      "Note à la rédaction : quelle part de son territoire l’EI avait-il perdue ?",
      "The End of the Caliphate",
      "What happened to ISIS after the raids of the international Alliance?",
      "موجز للمكتب: كم شخصا حكم التنظيم؟",
    ]);
    // The texts written for the demo say so, on the article and in their own words.
    const { DEMO_WRITTEN } = await import("./demo-activity");
    for (const text of DEMO_WRITTEN) expect(text.publishedNote).toBe("Not published: written for the Claimbench demo workspace");
    expect(DEMO_WRITTEN.map((text) => text.body.split("\n")[2])).toEqual([
      "This reader's letter was written for the Claimbench demo workspace. It is not a published article.",
      "كُتب هذا الموجز لمساحة العمل التجريبية في Claimbench، وهو ليس مقالا منشورا.",
      "Cette note a été écrite pour l’espace de démonstration de Claimbench ; ce n’est pas un article publié.",
    ]);
  });

  it("shows a desk at work: claims in every article, evidence between articles, verdicts, a resolution, a disagreement", async () => {
    const report = await seedDemo();
    const editor = { id: report.userIds["editor@example.org"]! };
    const slug = DEMO_WORKSPACE.slug;
    const { listClaims } = await import("@/lib/data/claims/claim-search");
    const { listClaimEvidence } = await import("@/lib/data/evidence/evidence");
    const { listClaimVerdicts } = await import("@/lib/data/verdicts/verdicts");
    const claims = (await listClaims({ actor: editor, slug, query: { page: 1 } })).claims;
    const all = [...claims, ...(await listClaims({ actor: editor, slug, query: { page: 2 } })).claims];
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((c) => c.article.id)).size).toBe(8);
    expect(all.filter((c) => c.status === "RESOLVED").length).toBeGreaterThanOrEqual(1);

    const reviewerIds = new Set([report.userIds["reviewer1@example.org"], report.userIds["reviewer2@example.org"]]);
    let crossArticleEvidence = 0;
    let disagreements = 0;
    const reviewersWithVerdicts = new Set<string>();
    for (const claim of all) {
      const evidence = await listClaimEvidence({ actor: editor, slug, claimId: claim.id });
      crossArticleEvidence += evidence.filter((e) => e.source.articleId && e.source.articleId !== claim.article.id).length;
      const verdicts = await listClaimVerdicts({ actor: editor, slug, claimId: claim.id });
      const ratings = new Set(verdicts.current.map((v) => v.rating.label));
      for (const v of verdicts.current) if (reviewerIds.has(v.reviewerId)) reviewersWithVerdicts.add(v.reviewerId);
      if (ratings.size > 1) disagreements += 1;
    }
    expect(crossArticleEvidence).toBeGreaterThanOrEqual(3);
    expect(reviewersWithVerdicts.size).toBe(2);
    expect(disagreements).toBeGreaterThanOrEqual(1);

    // A resolved claim is published: the public index lists it, and its page is live for anyone.
    const { listPublicFactChecks } = await import("@/lib/data/publications/public-read");
    const index = await listPublicFactChecks({ slug });
    expect(index?.items.map((item) => item.factCheck.headline)).toEqual(["Were nearly 3,000 Yazidi women and children still held by IS in August 2017?"]);
    expect(index?.items[0]?.factCheck.rating.label).toBe("Mostly true");
  });

  it("holds an open disagreement of every kind, the figure conflict between the article and the reader's letter", async () => {
    const report = await seedDemo();
    const editor = { id: report.userIds["editor@example.org"]! };
    const slug = DEMO_WORKSPACE.slug;
    const { listDisagreements } = await import("@/lib/data/disagreements/disagreements");
    const { listClaimFigureConflicts } = await import("@/lib/data/figure-conflicts/figure-conflicts");
    const { DISAGREEMENT_KINDS } = await import("@/lib/domain/disagreements");
    for (const kind of DISAGREEMENT_KINDS) {
      const listed = await listDisagreements({ actor: editor, slug, filters: { kind }, page: 1 });
      expect(listed.total, kind).toBeGreaterThanOrEqual(1);
    }
    const queued = (await listDisagreements({ actor: editor, slug, filters: { kind: "figure-conflict" }, page: 1 })).items;
    const pairs = new Set<string>();
    for (const item of queued) {
      for (const pair of await listClaimFigureConflicts({ actor: editor, slug, claimId: item.id })) pairs.add([pair.self.exact, pair.other.exact].sort().join(" | "));
    }
    // The article's 12 million against the letter's 10 million, and against the Arabic brief's (across languages).
    expect([...pairs].sort()).toEqual([
      "10 million people living under IS rule | IS commanded over a population of around 12 million people",
      "IS commanded over a population of around 12 million people | ١٠ ملايين شخص",
    ]);
  });

  it("agrees across languages where the figures agree: the Arabic brief with the letter, the French brief with article 004", async () => {
    const report = await seedDemo();
    const editor = { id: report.userIds["editor@example.org"]! };
    const slug = DEMO_WORKSPACE.slug;
    const { listClaims } = await import("@/lib/data/claims/claim-search");
    const { listClaimFigureConflicts } = await import("@/lib/data/figure-conflicts/figure-conflicts");
    const { isSameQuantity } = await import("@/lib/domain/same-quantity");
    const claims = (await Promise.all([1, 2].map(async (page) => (await listClaims({ actor: editor, slug, query: { page } })).claims))).flat();
    const find = (quote: string) => claims.find((claim) => claim.exact === quote)!;
    const pairs: Array<[string, string]> = [
      ["١٠ ملايين شخص", "10 million people living under IS rule"],
      ["12\u202f% de son territoire", "Recent advances by the Iraqi government and Syrian Kurds have cost ISIS 12 percent of their territory"],
    ];
    for (const [other, english] of pairs) {
      const rows = await claimFigureRows([find(other).id, find(english).id]);
      // One quantity (one key, the same subject and time)…
      expect(rows[0]!.figureKey).toBe(rows[1]!.figureKey);
      const [a, b] = rows.map((row) => ({ statement: row.statement, claimDate: row.claimDate, counted: row.figureCounted, unit: row.figureUnit!.toLowerCase() as "count" }));
      expect(isSameQuantity(a!, b!)).toBe(true);
      // …and no conflict between them.
      const partners = (await listClaimFigureConflicts({ actor: editor, slug, claimId: find(other).id })).map((pair) => pair.other.id);
      expect(partners).not.toContain(find(english).id);
    }
  });

  it("gives every demo user the role their name says", async () => {
    const report = await seedDemo();
    const { getWorkspaceAccess } = await import("@/lib/data/workspaces/workspaces");
    for (const user of DEMO_USERS) {
      const access = await getWorkspaceAccess({ actor: { id: report.userIds[user.email]! }, slug: DEMO_WORKSPACE.slug });
      expect(access?.role).toBe(user.role);
    }
  });

  it("does not reset the password or role of a user who already exists", async () => {
    const id = randomBytes(4).toString("hex");
    const email = `keep-${id}@test.example.org`;
    const spec = { slug: `keep-${id}`, name: "Keep", withCorpus: false, users: [{ email, name: "K", role: "OWNER" as const, password: "first-password" }] };
    await seedWorkspace(spec);
    await seedWorkspace({ ...spec, users: [{ ...spec.users[0]!, password: "second-password" }] });
    const { verifyCredentials } = await import("@/lib/data/accounts/users");
    expect(await verifyCredentials({ email, password: "first-password" })).not.toBeNull();
    expect(await verifyCredentials({ email, password: "second-password" })).toBeNull();
  });
});
