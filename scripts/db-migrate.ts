// npm run db:migrate -- <name> — what `prisma migrate dev --name <name>` does, offline: applies
// pending migrations to the dev database, writes prisma/migrations/<timestamp>_<name>/ when
// schema.prisma has changed, and applies it. Edit the new migration.sql before committing if the
// change needs hand-written SQL (see the init migration's full-text search triggers).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createMigration, migrationSlug } from "../lib/db/migrations";
import { openDatabase } from "../lib/db/server";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  if (!name) {
    console.error("Usage: npm run db:migrate -- <name>   (e.g. npm run db:migrate -- add_claim_tags)");
    return 1;
  }
  migrationSlug(name); // reject a bad name before starting a database
  const db = await openDatabase();
  onShutdown(db.close);
  const { directory } = await createMigration({ databaseUrl: db.databaseUrl, name });
  if (directory) console.log("Review the SQL, then commit it with schema.prisma.");
  // As `prisma migrate dev` does: the client must match the schema the database now has.
  const generated = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "generate.ts")], { stdio: "inherit" });
  return generated.status ?? 1;
});
