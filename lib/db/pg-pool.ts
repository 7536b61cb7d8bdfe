import "server-only";
import pg from "pg";

// A plain pg pool beside Prisma's, for bulk reads where Prisma's row conversion costs more than the query:
// export batches (lib/data/reports/report-data.ts), whose 500 rows with JSON columns Prisma turns into objects
// about three times slower than pg does. Only lib/data uses it, with SQL built by Prisma.sql (bind
// parameters, never string concatenation).

// `timestamp` columns hold UTC (Prisma writes them so); pg would read them as local time.
const TIMESTAMP_OID = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const state = globalThis as unknown as { claimbenchPgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  if (!state.claimbenchPgPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`, which set it.");
    const pool = new pg.Pool({ connectionString, max: Number(process.env.CLAIMBENCH_READ_POOL_SIZE ?? 4), types });
    // An idle connection the server closes (restart, shutdown) must not crash the process; the pool replaces it.
    pool.on("error", (error) => console.error("Idle database connection closed", error.message));
    state.claimbenchPgPool = pool;
  }
  return state.claimbenchPgPool;
}

/** Runs a Prisma.sql-built statement (its $n text and values) on the pg pool. */
export async function queryRows<T>(statement: { text: string; values: unknown[] }): Promise<T[]> {
  const result = await getPgPool().query(statement.text, statement.values);
  return result.rows as T[];
}

export async function closePgPool(): Promise<void> {
  const pool = state.claimbenchPgPool;
  state.claimbenchPgPool = undefined;
  await pool?.end();
}
