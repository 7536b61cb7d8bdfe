// Gives the integration tests a migrated database of their own. Under `npm test` the runner has
// prepared it already (DATABASE_URL points at the fresh test database); a bare `npx vitest` starts
// the embedded test cluster here and recreates the test database, never touching the user's data.
import { applyPendingMigrations } from "@/lib/db/migrations";
import { openDatabase } from "@/lib/db/server";

export default async function setup() {
  if (process.env.CLAIMBENCH_TEST_DATABASE_READY === "1" && process.env.DATABASE_URL) return;
  const db = await openDatabase({ test: true });
  await applyPendingMigrations({ databaseUrl: db.databaseUrl });
  process.env.DATABASE_URL = db.databaseUrl;
  process.env.TEST_DATABASE_URL = db.databaseUrl;
  return () => db.close();
}
