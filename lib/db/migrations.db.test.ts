// The offline migration commands against a real Postgres: each test works in databases of its own,
// created on the test server and dropped afterwards, so the shared test database is never touched.
import { randomBytes } from "node:crypto";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";
import {
  applyPendingMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  diffSchemaAgainstMigrations,
  MigrationError,
} from "./migrations";

let serverUrl: (database: string) => string;
let stopServer = async () => {};
const databases: string[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  // Under `npm test` the runner's fresh test database is DATABASE_URL; any database on its server will do.
  const external =
    process.env.TEST_DATABASE_URL ??
    (process.env.CLAIMBENCH_TEST_DATABASE_READY === "1" ? process.env.DATABASE_URL : undefined);
  if (external) {
    serverUrl = (database) => {
      const url = new URL(external);
      url.pathname = `/${database}`;
      return url.toString();
    };
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(await tempDir(), "pg"),
    port: await freePort(),
    fast: true,
    portSetting: "TEST_DATABASE_URL",
  });
  serverUrl = server.serverUrl;
  stopServer = server.stop;
}, 120_000);

afterAll(async () => {
  if (serverUrl && databases.length > 0) {
    const admin = new pg.Client({ connectionString: serverUrl("postgres") });
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
  }
  await stopServer();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A database name on the test server that does not exist yet. */
function freshDatabase(): string {
  const name = `claimbench_migrations_${randomBytes(5).toString("hex")}`;
  databases.push(name);
  return serverUrl(name);
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("applyPendingMigrations", () => {
  let databaseUrl: string;
  beforeAll(() => {
    databaseUrl = freshDatabase();
  });

  it("creates the database, applies the migrations and records them", async () => {
    const { applied } = await applyPendingMigrations({ databaseUrl });
    const folders = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name)).sort();
    expect(applied).toEqual(folders);
    expect(applied[0]).toMatch(/^\d{14}_init$/);

    const tables = await query<{ table_name: string }>(
      databaseUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["users", "workspaces", "articles", "claims", "verdicts", "audit_events", "_prisma_migrations"]),
    );
    const history = await query(databaseUrl, "SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY migration_name");
    expect(history).toEqual(applied.map((name) => expect.objectContaining({ migration_name: name, rolled_back_at: null, logs: null })));
    expect(history[0]!.finished_at).toBeInstanceOf(Date);
    const extensions = await query(databaseUrl, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(extensions).toHaveLength(1);
  });

  it("applies nothing the second time", async () => {
    const recorded = (await query(databaseUrl, "SELECT 1 FROM _prisma_migrations")).length;
    expect(await applyPendingMigrations({ databaseUrl })).toEqual({ applied: [] });
    expect(await query(databaseUrl, "SELECT 1 FROM _prisma_migrations")).toHaveLength(recorded);
  });

  it("leaves the search vectors to Postgres, weighted and in the configuration of the article's language", async () => {
    const [article] = await query<{ id: string }>(
      databaseUrl,
      `WITH w AS (INSERT INTO workspaces (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'w', 'W', now()) RETURNING id)
       INSERT INTO articles (id, "workspaceId", title, body, "bodyHash", "wordCount", "importFormat", "updatedAt", language)
       SELECT gen_random_uuid(), id, 'Unemployment falls', 'Economists were surprised; the rate dropped.', 'h', 6, 'text', now(), 'en' FROM w
       RETURNING id`,
    );
    const match = (q: string) =>
      query(databaseUrl, `SELECT 1 FROM articles WHERE id = $1 AND "searchVector" @@ websearch_to_tsquery('english', $2)`, [article!.id, q]);
    expect(await match("unemployment falling")).toHaveLength(1);
    await query(databaseUrl, `UPDATE articles SET title = 'Inflation rises' WHERE id = $1`, [article!.id]);
    expect(await match("unemployment")).toHaveLength(0);
    expect(await match("rising inflation")).toHaveLength(1);
    const [weights] = await query<{ v: string }>(databaseUrl, `SELECT "searchVector"::text AS v FROM articles`);
    expect(weights!.v).toContain("'inflat':1A");
    expect(weights!.v).toContain("'economist':3B");
  });

  it("reports a failing migration readably", async () => {
    const migrationsDir = await tempDir();
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeMigration(migrationsDir, "20200101000000_broken", "CREATE TABLE broken (id int,);\n");
    const failure = applyPendingMigrations({ databaseUrl: freshDatabase(), migrationsDir });
    await expect(failure).rejects.toThrow(MigrationError);
    await expect(failure).rejects.toThrow(/20200101000000_broken[\s\S]*syntax error/);
    await expect(failure).rejects.not.toThrow(/\n\s*0: |wasm/);
  });
});

describe("diffSchemaAgainstMigrations and createMigration", () => {
  it("finds schema.prisma and prisma/migrations in agreement, and drops its shadow database", async () => {
    const databaseUrl = freshDatabase();
    expect(await diffSchemaAgainstMigrations({ databaseUrl })).toBe("");
    const shadows = await query(serverUrl("postgres"), "SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${new URL(databaseUrl).pathname.slice(1)}_shadow_%`,
    ]);
    expect(shadows).toEqual([]);
  });

  it("turns a schema change into a migration, writes it and applies it", async () => {
    const dir = await tempDir();
    const migrationsDir = path.join(dir, "migrations");
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schemaPath = path.join(dir, "schema.prisma");
    const model = `\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  text String\n\n  @@map("notes")\n}\n`;
    await writeFile(schemaPath, (await readFile(DEFAULT_SCHEMA_PATH, "utf8")) + model);
    const databaseUrl = freshDatabase();

    const drift = await diffSchemaAgainstMigrations({ databaseUrl, schemaPath, migrationsDir });
    expect(drift).toContain('CREATE TABLE "notes"');

    const log: string[] = [];
    const created = await createMigration({ databaseUrl, name: "add-Notes", schemaPath, migrationsDir, log: (l) => log.push(l) });
    expect(created.directory).toMatch(/[/\\]\d{14}_add_notes$/);
    const written = await readFile(path.join(created.directory!, "migration.sql"), "utf8");
    expect(written).toBe(created.sql);
    expect(written).toContain('CREATE TABLE "notes"');
    // The engine cannot see extensions in databases; the existing pg_trgm must not be re-created.
    expect(written).not.toContain("EXTENSION");
    const shipped = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name));
    expect((await readdir(migrationsDir)).sort()).toEqual([...shipped, path.basename(created.directory!), "migration_lock.toml"].sort());

    expect(await query(databaseUrl, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name")).toHaveLength(shipped.length + 1);
    expect(await query(databaseUrl, "SELECT * FROM notes")).toEqual([]);
    expect(await diffSchemaAgainstMigrations({ databaseUrl, schemaPath, migrationsDir })).toBe("");
    expect(await createMigration({ databaseUrl, name: "again", schemaPath, migrationsDir, log: (l) => log.push(l) })).toEqual({ directory: null, sql: "" });
    expect(log.at(-1)).toMatch(/already in sync/);
  });

  it("rejects a migration name that cannot be a folder name", async () => {
    for (const name of ["", "two words", "../escape", "semi;colon", "-leading"]) {
      await expect(createMigration({ databaseUrl: serverUrl("unused"), name })).rejects.toThrow(/Invalid migration name/);
    }
  });
});

async function writeMigration(migrationsDir: string, name: string, sql: string) {
  const dir = path.join(migrationsDir, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimbench-migrations-test-"));
  // As root, Postgres runs as the "postgres" user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
