// Search in each article's language: vectors built in its configuration, queries parsed per row, rebuilt when the
// language changes, through lib/data and through the API.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { searchConfigOf } from "@/lib/domain/languages";
import { Prisma } from "@/lib/generated/prisma/client";
import { setArticleLanguage } from "./article-language";
import { listClaims } from "../claims/claim-search";
import { suggestEvidence } from "../evidence/evidence-suggestions";
import { claimLanguage, matchesInLanguage, websearchQuery } from "../full-text";
import { createSpanClaim, createTestApiToken, createTestWorkspace } from "@test-support/data";
import { callApi } from "@test-support/call-api";
import { stopJobQueue } from "@/lib/jobs/queue";

afterAll(() => stopJobQueue());

async function articleIn(workspaceId: string, language: string | null, body: string) {
  return getDb().article.create({
    data: { workspaceId, title: `Report ${randomBytes(3).toString("hex")}`, body, bodyHash: randomBytes(16).toString("hex"), wordCount: 10, importFormat: "txt", language },
    select: { id: true, version: true },
  });
}

/** A workspace with one article in `language` and a claim quoting `quote` of it. */
async function claimIn(language: string | null, body: string, quote: string) {
  const { workspace, users } = await createTestWorkspace();
  const article = await articleIn(workspace.id, language, body);
  const claim = await createSpanClaim({ workspaceId: workspace.id, articleId: article.id, body, quote });
  return { workspace, users, article, claim };
}

const found = async (setup: Awaited<ReturnType<typeof claimIn>>, q: string) =>
  (await listClaims({ actor: setup.users.VIEWER, slug: setup.workspace.slug, query: { q } })).claims.map((c) => c.id);

describe("search in the article's language", () => {
  it("maps each language to its configuration in SQL as lib/domain does, and Postgres has all four", async () => {
    const codes = ["en", "fr", "es", "ar", "de", "zz", null];
    const rows = await getDb().$queryRaw<{ config: string }[]>`select claimbench_search_config(code)::text as config from unnest(${codes}::text[]) with ordinality as t(code, i) order by i`;
    expect(rows.map((row) => row.config)).toEqual(codes.map(searchConfigOf));
    const configs = await getDb().$queryRaw<{ cfgname: string }[]>`select cfgname from pg_ts_config`;
    expect(configs.map((c) => c.cfgname)).toEqual(expect.arrayContaining(["english", "french", "spanish", "arabic", "simple"]));
  });

  it("finds inflected French forms: combattant finds combattants", async () => {
    const setup = await claimIn("fr", "Selon l'ONU, les combattants ont quitté Mossoul en juillet.", "les combattants ont quitté Mossoul");
    expect(await found(setup, "combattant")).toEqual([setup.claim.id]);
    expect(await found(setup, "quitter")).toEqual([setup.claim.id]);
  });

  it("finds inflected Spanish forms: combatiente finds combatientes", async () => {
    const setup = await claimIn("es", "Según la ONU, los combatientes abandonaron Mosul en julio.", "los combatientes abandonaron Mosul");
    expect(await found(setup, "combatiente")).toEqual([setup.claim.id]);
  });

  it("finds an Arabic word with and without its article ال", async () => {
    const withArticle = await claimIn("ar", "قال المرصد إن المقاتلين غادروا المدينة في تموز.", "المقاتلين غادروا المدينة");
    expect(await found(withArticle, "مدينة")).toEqual([withArticle.claim.id]);
    const without = await claimIn("ar", "قال المرصد إن مقاتلين غادروا مدينة الموصل.", "مقاتلين غادروا مدينة الموصل");
    expect(await found(without, "المدينة")).toEqual([without.claim.id]);
  });

  it("searches an article with no language word for word (simple), and rebuilds its claims' vectors when its language is set", async () => {
    const setup = await claimIn(null, "Selon l'ONU, les combattants ont quitté Mossoul en juillet.", "les combattants ont quitté Mossoul");
    expect(await found(setup, "combattants")).toEqual([setup.claim.id]);
    expect(await found(setup, "combattant")).toEqual([]);
    const before = await getDb().claim.findUniqueOrThrow({ where: { id: setup.claim.id }, select: { updatedAt: true, version: true } });

    await setArticleLanguage({ actor: setup.users.EDITOR, slug: setup.workspace.slug, articleId: setup.article.id, version: setup.article.version, language: "fr" });
    expect(await found(setup, "combattant")).toEqual([setup.claim.id]);
    const [article] = await getDb().$queryRaw<{ hit: boolean }[]>`
      select "searchVector" @@ websearch_to_tsquery('french', 'combattant') as hit from articles where id = ${setup.article.id}::uuid`;
    expect(article?.hit).toBe(true);
    // The claim itself did not change: its place in "last changed" order and its version stay.
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: setup.claim.id }, select: { updatedAt: true, version: true } })).toEqual(before);
  });

  it("suggests evidence from an article in the claim's words as that article's language inflects them", async () => {
    const setup = await claimIn("fr", "Selon l'ONU, les combattants ont quitté Mossoul en juillet.", "les combattants ont quitté Mossoul");
    const other = await articleIn(setup.workspace.id, "fr", "Des familles ont dû quitter la région.\n\nLa météo était clémente ce jour-là à Paris.");
    const suggestions = await suggestEvidence({ actor: setup.users.VIEWER, slug: setup.workspace.slug, claimId: setup.claim.id });
    // "quitter" and "quitté" share a French stem, not an English one.
    expect(suggestions.map((s) => [s.articleId, s.text])).toContainEqual([other.id, "Des familles ont dû quitter la région."]);
    expect(suggestions.map((s) => s.text)).not.toContain("La météo était clémente ce jour-là à Paris.");
  });

  it("refuses a language change from a stale version or a reviewer, and writes nothing", async () => {
    const setup = await claimIn(null, "Les combattants ont quitté la ville.", "Les combattants");
    const change = (actor: { id: string }, version: number) => setArticleLanguage({ actor, slug: setup.workspace.slug, articleId: setup.article.id, version, language: "fr" });
    await expect(change(setup.users.REVIEWER, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await change(setup.users.EDITOR, 1);
    await expect(change(setup.users.EDITOR, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getDb().article.findUniqueOrThrow({ where: { id: setup.article.id }, select: { language: true, version: true } })).toEqual({ language: "fr", version: 2 });
  });

  it("serves the per-language search from the GIN index", async () => {
    await claimIn("fr", "Les combattants ont quitté la ville.", "Les combattants");
    const explain = (where: Prisma.Sql) => getDb().$transaction(async (tx) => {
      // Tables this small are read whole by choice; forbid that to see which index the condition can use.
      await tx.$executeRaw`set local enable_seqscan = off`;
      const plan = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`explain select c.id from claims c where ${where}`);
      return plan.map((row) => row["QUERY PLAN"]).join("\n");
    });
    // The search condition of the claims list alone: one scan of the GIN index per configuration, ORed.
    const plan = await explain(matchesInLanguage(Prisma.sql`c."searchVector"`, claimLanguage, websearchQuery("combattant")));
    expect(plan).toContain("BitmapOr");
    expect(plan.match(/Bitmap Index Scan on "claims_searchVector_idx"/g)).toHaveLength(5);
  });
});

describe("the API", () => {
  it("sets the language by the article's PATCH, refuses what is not a language, and searches in it", async () => {
    const setup = await claimIn(null, "Les combattants ont quitté la ville de Mossoul.", "Les combattants ont quitté la ville");
    const token = await createTestApiToken({ workspaceId: setup.workspace.id, userId: setup.users.EDITOR.id });
    const url = `/workspaces/${setup.workspace.slug}/articles/${setup.article.id}`;

    const bad = await callApi({ method: "PATCH", url, token, body: { version: 1, language: "French" } });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: { fields: { language: [expect.stringContaining("code such as en, ar, fr or es")] } } });

    const set = await callApi({ method: "PATCH", url, token, body: { version: 1, language: "fr-FR" } });
    expect(set).toMatchObject({ status: 200, body: { version: 2, language: "fr" } });
    expect((await callApi({ method: "GET", url, token })).body).toMatchObject({ language: "fr" });

    const search = await callApi({ method: "GET", url: `/workspaces/${setup.workspace.slug}/claims?q=combattant`, token });
    expect((search.body as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([setup.claim.id]);

    const stale = await callApi({ method: "PATCH", url, token, body: { version: 1, language: "es" } });
    expect(stale.status).toBe(409);
  });

  it("identifies the language of an article created without one, and stores none when it cannot tell", async () => {
    const { workspace, users } = await createTestWorkspace();
    const token = await createTestApiToken({ workspaceId: workspace.id, userId: users.EDITOR.id });
    const create = (body: string) => callApi({ method: "POST", url: `/workspaces/${workspace.slug}/articles`, token, body: { title: "Mossoul", body } });
    const french = await create("Selon les Nations unies, les combattants ont quitté la ville de Mossoul en juillet.");
    const italian = await create("Secondo le Nazioni Unite, i combattenti hanno lasciato la città di Mosul a luglio.");
    expect([french.status, italian.status]).toEqual([201, 201]);
    const languages = await getDb().article.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" }, select: { language: true } });
    expect(languages.map((a) => a.language)).toEqual(["fr", null]);
  });
});
