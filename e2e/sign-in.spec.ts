import { expect, test } from "./fixtures/test";
import { createTestWorkspace, signIn, TEST_PASSWORD, type TestWorkspace } from "./fixtures/workspace";

let workspace: TestWorkspace;
test.beforeAll(async () => {
  workspace = await createTestWorkspace();
});

test("a signed-out visitor is sent to sign-in, and comes back after signing in", async ({ page }) => {
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(workspace.users.REVIEWER.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/w/${workspace.slug}/articles`);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});

test("wrong credentials get one message that does not say which part was wrong", async ({ page }) => {
  const attempts = [
    { email: workspace.users.VIEWER.email, password: "not-the-password" },
    { email: "nobody-here@e2e.example.org", password: TEST_PASSWORD },
  ];
  for (const attempt of attempts) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(attempt.email);
    await page.getByLabel("Password").fill(attempt.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Check both and try again.");
    await expect(page).toHaveURL(/\/login/);
  }
});

test("an empty form and a 10 kB password get field messages, and nothing crashes", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();

  await page.getByLabel("Email").fill(workspace.users.VIEWER.email);
  await page.getByLabel("Password").fill("x".repeat(10_000));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("A password has at most 200 characters.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
});

test("a 10 kB password posted straight to the server is refused without a crash", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: workspace.users.VIEWER.email, password: "y".repeat(10_000), json: "true" },
  });
  expect(response.status()).toBeLessThan(500);
  const body = (await response.json()) as { url: string };
  expect(new URL(body.url).searchParams.get("error")).toBe("InvalidInput");
});

test("sign-in is throttled after repeated failures on one account", async ({ page }) => {
  const { users } = await createTestWorkspace({ withCorpus: false });
  await page.goto("/login");
  await page.getByLabel("Email").fill(users.VIEWER.email);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not right");
  }
  // Even the right password is refused while the account is throttled.
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many failed attempts. Wait 15 minutes, then try again.");
});

test("signing out ends the session, also for a copy of its cookie", async ({ page }) => {
  const { slug, users } = await createTestWorkspace({ withCorpus: false });
  await signIn(page, users.EDITOR.email);
  const copied = await page.context().cookies();
  expect((await page.request.get(`/api/v1/workspaces/${slug}`)).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`/w/${slug}/articles`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  // The old cookie, put back (another tab, or a stolen copy), no longer signs anyone in.
  await page.context().addCookies(copied);
  expect((await page.request.get(`/api/v1/workspaces/${slug}`)).status()).toBe(401);
  await page.goto(`/w/${slug}/articles`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});
