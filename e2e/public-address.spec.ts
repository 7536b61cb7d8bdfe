// The app opened by an address other than "localhost": links in exports and the sign-out redirect follow the
// address the browser used (no CLAIMBENCH_PUBLIC_URL or NEXTAUTH_URL is set for the e2e server). Chromium is told
// that "claimbench.test" is this machine, so the second address is a real other host name, not a header trick.
import { parse } from "csv-parse/sync";
import { createTestClaim } from "./fixtures/claims";
import { expect, test } from "./fixtures/test";
import { createTestWorkspace, TEST_PASSWORD } from "./fixtures/workspace";

const port = new URL(process.env.E2E_BASE_URL ?? "http://localhost:3100").port;

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--host-resolver-rules=MAP claimbench.test 127.0.0.1",
    ],
  },
});

for (const host of ["127.0.0.1", "claimbench.test"]) {
  test(`opened at ${host}, an export links to ${host} and signing out stays there`, async ({ page }) => {
    const base = `http://${host}:${port}`;
    const workspace = await createTestWorkspace();
    const claim = await createTestClaim(workspace, { article: /Islamic State ends/, quote: "around 12 million people", statement: "About 12 million people lived under IS rule" });

    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(workspace.users.EDITOR.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`^${base.replaceAll(".", "\\.")}/w(/|$)`));

    await page.goto(`${base}/w/${workspace.slug}/reports`);
    await page.getByLabel(/^CSV/).check();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download", exact: true }).click()]);
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row["Claim URL"])).toEqual([`${base}${claim.url}`]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${base}/login`);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
}
