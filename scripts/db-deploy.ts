// npm run db:deploy — what `prisma migrate deploy` does, offline: applies the migrations in
// prisma/migrations that the database has not recorded in _prisma_migrations yet; then recomputes stored figure
// keys made with an older figure vocabulary (lib/workflows/upgrades/figure-key-upgrade.ts says why that is not SQL) and identifies
// the language of articles stored before per-language search (lib/workflows/upgrades/article-language-upgrade.ts).
import { applyPendingMigrations } from "../lib/db/migrations";
import { openDatabase } from "../lib/db/server";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  const db = await openDatabase();
  onShutdown(db.close);
  await applyPendingMigrations({ databaseUrl: db.databaseUrl, log: console.log });
  process.env.DATABASE_URL = db.databaseUrl;
  const { upgradeFigureKeys } = await import("../lib/workflows/upgrades/figure-key-upgrade");
  const upgrade = await upgradeFigureKeys();
  console.log(upgrade.ran ? `Recomputed the quantity keys of ${upgrade.claims} figure claim(s).` : "Figure keys are up to date.");
  const { describeLanguageUpgrade, upgradeArticleLanguages } = await import("../lib/workflows/upgrades/article-language-upgrade");
  const languages = await upgradeArticleLanguages();
  console.log(languages.ran ? describeLanguageUpgrade(languages) : "Article languages are up to date.");
});
