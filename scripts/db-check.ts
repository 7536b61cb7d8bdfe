// npm run db:check — fails when schema.prisma and prisma/migrations disagree, printing the SQL a new
// migration would need. The migrations are replayed on a throwaway database; no data is touched.
import { diffSchemaAgainstMigrations } from "../lib/db/migrations";
import { openDatabase } from "../lib/db/server";
import { onShutdown, runScript } from "./run";

runScript(async () => {
  const db = await openDatabase();
  onShutdown(db.close);
  const drift = await diffSchemaAgainstMigrations({ databaseUrl: db.databaseUrl });
  if (drift) {
    console.error("schema.prisma and migrations disagree. Create a migration with `npm run db:migrate -- <name>`.");
    console.error(`The missing SQL:\n\n${drift}\n`);
    return 1;
  }
  console.log("schema.prisma and migrations agree");
});
