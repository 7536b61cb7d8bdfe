// Configuration for the stock Prisma CLI. Our own scripts (scripts/db-*.ts) apply migrations through
// the WebAssembly schema engine and do not need this file; `prisma migrate deploy` does, wherever
// the CLI can download its native engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
