// Articles stored before per-language search get their language identified once, after the migrations: their search
// then uses their language; what cannot be identified, what came later and what an editor chose stay as they are.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ARTICLE_LANGUAGE_UPGRADE_VERSION, upgradeArticleLanguages } from "./article-language-upgrade";
import { setArticleLanguage } from "@/lib/data/articles/article-language";
import { listClaims } from "@/lib/data/claims/claim-search";
import { createSpanClaim, createTestWorkspace } from "@test-support/data";

const FRENCH = "Selon l'ONU, les combattants ont quitté Mossoul en juillet, et la ville a été reprise par l'armée.";
const SPANISH = "Según la ONU, los combatientes abandonaron Mosul en julio y la ciudad fue recuperada por el ejército.";
const ENGLISH = "According to the UN, the fighters left Mosul in July and the city was retaken by the army.";
const ARABIC = "قال المرصد إن المقاتلين غادروا المدينة في تموز بعد معارك استمرت أسابيع.";
const NUMBERS = "12 000 — 45 / 2016 — 3,5 %";
/** Long before any migration of this repository ran: an article of an installation from before per-language search. */
const OLD = new Date("2020-01-15T10:00:00Z");

async function article(workspaceId: string, body: string, { language = null, createdAt }: { language?: string | null; createdAt?: Date } = {}) {
  return getDb().article.create({
    data: { workspaceId, title: `Report ${randomBytes(3).toString("hex")}`, body, bodyHash: randomBytes(16).toString("hex"), wordCount: 12, importFormat: "txt", language, ...(createdAt ? { createdAt } : {}) },
    select: { id: true, version: true, updatedAt: true },
  });
}

const languageOf = async (id: string) => (await getDb().article.findUniqueOrThrow({ where: { id }, select: { language: true } })).language;

describe("identifying the language of articles stored before per-language search", () => {
  it("identifies old articles, which then search in their language; leaves the unidentifiable, the newer and the chosen ones; runs once", async () => {
    const { workspace, users } = await createTestWorkspace();
    const db = getDb();
    const french = await article(workspace.id, FRENCH, { createdAt: OLD });
    const spanish = await article(workspace.id, SPANISH, { createdAt: OLD });
    const english = await article(workspace.id, ENGLISH, { createdAt: OLD });
    const arabic = await article(workspace.id, ARABIC, { createdAt: OLD });
    const numbers = await article(workspace.id, NUMBERS, { createdAt: OLD });
    const stated = await article(workspace.id, FRENCH.replace("juillet", "août"), { createdAt: OLD, language: "es" });
    const newer = await article(workspace.id, FRENCH.replace("juillet", "mai"));
    // An editor said on purpose that this old article has no language: that is a choice, not a gap.
    const chosen = await article(workspace.id, FRENCH.replace("juillet", "juin"), { createdAt: OLD, language: "fr" });
    await setArticleLanguage({ actor: users.EDITOR, slug: workspace.slug, articleId: chosen.id, version: chosen.version, language: null });
    const claim = await createSpanClaim({ workspaceId: workspace.id, articleId: french.id, body: FRENCH, quote: "les combattants ont quitté Mossoul" });
    const found = async (q: string) => (await listClaims({ actor: users.VIEWER, slug: workspace.slug, query: { q } })).claims.map((c) => c.id);
    // Stored without a language, the claim is searched word for word: the singular does not find the plural.
    expect(await found("combattant")).toEqual([]);

    await db.instanceState.deleteMany({ where: { key: "article-languages" } });
    const upgrade = await upgradeArticleLanguages();

    expect(upgrade.ran).toBe(true);
    // Other test files' articles may be in the same database: at least these four were identified, one was not.
    expect(upgrade.identified).toBeGreaterThanOrEqual(4);
    expect(upgrade.unidentified).toBeGreaterThanOrEqual(1);
    const languages = await Promise.all([french, spanish, english, arabic, numbers, stated, newer, chosen].map((a) => languageOf(a.id)));
    expect(languages).toEqual(["fr", "es", "en", "ar", null, "es", null, null]);
    // The article's search vector and its claims' were rebuilt in French: inflected forms are found.
    expect(await found("combattant")).toEqual([claim.id]);
    const [vector] = await db.$queryRaw<{ hit: boolean }[]>`
      select "searchVector" @@ websearch_to_tsquery('french', 'quitter') as hit from articles where id = ${french.id}::uuid`;
    expect(vector?.hit).toBe(true);
    // No one edited the article: its version and last change stay.
    expect(await db.article.findUniqueOrThrow({ where: { id: french.id }, select: { version: true, updatedAt: true } }))
      .toEqual({ version: french.version, updatedAt: french.updatedAt });

    expect((await db.instanceState.findUniqueOrThrow({ where: { key: "article-languages" } })).value).toBe(ARTICLE_LANGUAGE_UPGRADE_VERSION);
    expect(await upgradeArticleLanguages()).toEqual({ ran: false, identified: 0, unidentified: 0 });
    // Run again as if interrupted before the version was recorded: what was identified is not read again.
    await db.instanceState.update({ where: { key: "article-languages" }, data: { value: "0" } });
    const again = await upgradeArticleLanguages();
    expect(again.identified).toBe(0);
    expect(await languageOf(french.id)).toBe("fr");
  });
});
