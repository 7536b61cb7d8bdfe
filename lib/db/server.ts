// Finds or starts the database the project's scripts run against.
// - DATABASE_URL set: that server is used as is (the database is created if it is missing).
// - DATABASE_URL unset: the embedded Postgres in .data/ is started.
// Tests call this with { test: true } and get a separate cluster and a database created fresh.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningEmbedded } from "./embedded";
import { DbSetupError } from "./errors";

const root = path.resolve(import.meta.dirname, "../..");
const CONNECT_TIMEOUT_MS = 5_000;

export interface DatabaseHandle {
  databaseUrl: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it; leaves external servers alone. */
  close: () => Promise<void>;
}

interface Options {
  /** A throwaway database for the test suite, recreated empty. */
  test?: boolean;
}

export async function openDatabase(opts: Options = {}): Promise<DatabaseHandle> {
  const external = opts.test ? (process.env.TEST_DATABASE_URL ?? deriveTestUrl(process.env.DATABASE_URL)) : process.env.DATABASE_URL;
  if (external) {
    const databaseUrl = parseUrl(external, opts.test ? "TEST_DATABASE_URL" : "DATABASE_URL");
    await prepareDatabase(databaseUrl, { fresh: Boolean(opts.test) });
    return { databaseUrl, embedded: false, close: async () => {} };
  }

  const portSetting = opts.test ? "CLAIMBENCH_TEST_DB_PORT" : "CLAIMBENCH_DB_PORT";
  const port = readPort(portSetting, opts.test ? 54339 : 54329);
  const dataDir = path.resolve(
    process.env.CLAIMBENCH_DATA_DIR ?? path.join(root, ".data"),
    opts.test ? "postgres-test" : "postgres",
  );
  const server: RunningEmbedded = await startEmbeddedPostgres({ dataDir, port, portSetting, fast: opts.test });
  try {
    const databaseUrl = server.serverUrl(opts.test ? "claimbench_test" : "claimbench");
    await prepareDatabase(databaseUrl, { fresh: Boolean(opts.test) });
    return { databaseUrl, embedded: true, close: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Runs fn against the project's database, then stops what was started for it. */
export async function withDatabase<T>(fn: (databaseUrl: string) => Promise<T>, opts: Options = {}): Promise<T> {
  const handle = await openDatabase(opts);
  try {
    return await fn(handle.databaseUrl);
  } finally {
    await handle.close();
  }
}

/** Connects within seconds or fails naming the host; creates the database when it is missing. */
async function prepareDatabase(databaseUrl: string, { fresh }: { fresh: boolean }): Promise<void> {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await admin.connect();
  } catch (error) {
    throw unreachable(url, error);
  }
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
    const name = pg.escapeIdentifier(database);
    if (fresh && exists.rowCount) await admin.query(`drop database ${name} with (force)`);
    if (fresh || !exists.rowCount) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

function unreachable(url: URL, error: unknown): DbSetupError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ECONNREFUSED" ? "the connection was refused"
    : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "the host name does not resolve"
    : code === "EHOSTUNREACH" || code === "ENETUNREACH" ? "the host is unreachable"
    : code === "28P01" ? "the password was rejected"
    : (error as Error).message?.includes("timeout") ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`
    : `the connection failed (${code ?? "unknown error"})`;
  return new DbSetupError(`Cannot reach the database server at ${url.hostname}:${url.port || 5432}: ${reason}. Check DATABASE_URL.`);
}

function parseUrl(value: string, name: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") throw new Error();
    return value;
  } catch {
    throw new DbSetupError(`${name} must be a postgresql:// URL, such as postgresql://user:password@localhost:5432/claimbench.`);
  }
}

function deriveTestUrl(databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl) return undefined;
  const url = new URL(parseUrl(databaseUrl, "DATABASE_URL"));
  // Never the user's own database: the suite drops and recreates this one.
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || "claimbench"}_test`;
  return url.toString();
}

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new DbSetupError(`${name} must be a port number between 1024 and 65535, not "${raw}".`);
  }
  return port;
}
