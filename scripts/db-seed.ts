// npm run db:seed — adds the demo workspace, its users and the five seed articles. Idempotent.
import { openDatabase } from "../lib/db/server";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  const db = await openDatabase();
  onShutdown(db.close);
  process.env.DATABASE_URL = db.databaseUrl;
  const { applyPendingMigrations } = await import("../lib/db/migrations");
  await applyPendingMigrations({ databaseUrl: db.databaseUrl });
  // Keys made with an older figure vocabulary, and articles stored before per-language search, before the seed
  // adds claims and articles beside them.
  await (await import("../lib/workflows/upgrades/figure-key-upgrade")).upgradeFigureKeys();
  await (await import("../lib/workflows/upgrades/article-language-upgrade")).upgradeArticleLanguages();
  const { seedDemo, DEMO_WORKSPACE } = await import("../seeds/demo");
  const report = await seedDemo();
  console.log(
    `Demo workspace "${DEMO_WORKSPACE.name}" (${DEMO_WORKSPACE.slug}): ` +
      `${report.workspaceCreated ? "created" : "already there"}, ` +
      `${report.usersCreated} users, ${report.articlesCreated} articles and ${report.activity.claims} claims ` +
      `(${report.activity.evidence} evidence links, ${report.activity.verdicts} verdicts, ${report.activity.resolved} resolved) added.`,
  );
  if (report.activity.published.length > 0) console.log(`Published fact-checks: ${report.activity.published.join(", ")} (and their index at /p/${DEMO_WORKSPACE.slug}).`);
});
