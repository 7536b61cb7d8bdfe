import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Test and bench support lives outside lib/ (README "Where the code is"); tsconfig.json has the same alias.
    "@test-support": path.join(root, "scripts/test-support"),
    // `server-only` throws outside React's server build; tests are server code, so it is a no-op here.
    "server-only": path.join(root, "node_modules/server-only/empty.js"),
  },
};

// Unit tests are pure. Integration tests (*.db.test.ts) run against a real Postgres: the one
// scripts/test.ts prepared, or, when vitest is run on its own, a fresh embedded one (global setup).
export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        // app/**/*.test.tsx: React components and hooks, each file opting into jsdom with a
        // `@vitest-environment jsdom` comment (jsdom is already a dependency, for Readability).
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "seeds/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.{ts,tsx}"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["lib/**/*.db.test.ts", "seeds/**/*.db.test.ts"],
          globalSetup: ["./scripts/test-support/vitest-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Workers a test starts do not check claims for matches in the background: tests check theirs one by one.
          env: { CLAIMBENCH_MATCH_CHECK_SECONDS: "0" },
        },
      },
    ],
  },
});
