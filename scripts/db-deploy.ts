// npm run db:deploy — what `prisma migrate deploy` does, offline: applies the migrations in
// prisma/migrations that the database has not recorded in _prisma_migrations yet.
import { applyPendingMigrations } from "../lib/db/migrations";
import { openDatabase } from "../lib/db/server";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  const db = await openDatabase();
  onShutdown(db.close);
  await applyPendingMigrations({ databaseUrl: db.databaseUrl, log: console.log });
});
