import { defineConfig, devices } from "@playwright/test";

// The app and its database are started by scripts/test.ts (npm test), which sets E2E_BASE_URL.
// Chromium is Debian's package: Playwright's own browser download cannot work on these machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const resultsDir = process.env.CLAIMBENCH_RESULTS_DIR || "test-results";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `${resultsDir}/e2e-results.json` }]],
  outputDir: `${resultsDir}/e2e`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:3100",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          // Without these, Chromium keeps trying to reach Google's hosts, which this network refuses.
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
});
