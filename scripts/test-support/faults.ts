import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";

// For integration tests: real failures from Postgres itself, scoped to one test's rows, to show what
// each door answers when the database refuses a write. A trigger, not a mock: the error reaches the
// code through Prisma and its driver adapter exactly as in production. (Beside data.ts, whose
// withAuditFailingFor does the same for audit events.)

/** What the database raises: a unique violation (SQLSTATE 23505, as when a concurrent request took the value first), or any other error. */
export type InsertFault = "unique_violation" | "other";

/** Runs `run` while the database refuses inserts into `table` of rows matching `when` (SQL over NEW). */
export async function withInsertsRefused<T>(table: string, when: string, fault: InsertFault, run: () => Promise<T>): Promise<T> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  const name = `refuse_${table}_${randomBytes(4).toString("hex")}`;
  const raise = fault === "unique_violation"
    ? `RAISE unique_violation USING MESSAGE = 'duplicate key value violates unique constraint', CONSTRAINT = '${name}'`
    : `RAISE EXCEPTION 'refused by test: internals of ${name}'`;
  const db = getDb();
  await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${raise}; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}()`);
  try {
    return await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON ${table}`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}
