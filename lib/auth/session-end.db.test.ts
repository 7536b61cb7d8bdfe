// Signing out ends the session itself, not only the cookie in that browser: a copy of the old
// cookie (another tab, a stolen one) is refused by the API and by pages afterwards.
import { describe, expect, it } from "vitest";
import { encode, type JWT } from "next-auth/jwt";
import { callApi } from "@test-support/call-api";
import { createTestWorkspace } from "@test-support/data";
import { authOptions } from "./options";
import { getRequestSessionUser } from "./session";

process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; sessionVersion?: number } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** Signs in as next-auth does (authorize, then the jwt callback) and returns the session cookie. */
async function signIn(email: string): Promise<{ cookie: string; token: JWT }> {
  const user = await authorize({ email, password: "test-password" }, { headers: { "x-claimbench-peer": "192.0.2.50" } });
  if (!user) throw new Error("sign-in failed");
  const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id }, user: user as never, account: null });
  const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${value}`, token };
}

const signOut = (token: JWT) => authOptions.events!.signOut!({ token, session: undefined as never });
const request = (cookie: string) => new Request("http://localhost/w", { headers: { cookie } });

describe("signing out", () => {
  it("makes the old session cookie get 401 from the API and no user on pages", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const { cookie, token } = await signIn(users.OWNER.email);
    const url = `/workspaces/${workspace.slug}`;
    expect((await callApi({ method: "GET", url, headers: { cookie } })).status).toBe(200);
    expect(await getRequestSessionUser(request(cookie))).toMatchObject({ id: users.OWNER.id });

    await signOut(token);

    const after = await callApi({ method: "GET", url, headers: { cookie } });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    expect(await getRequestSessionUser(request(cookie))).toBeNull();
  });

  it("a sign-out with an already ended session does not end the sessions opened since", async () => {
    const { workspace, users } = await createTestWorkspace(["OWNER"]);
    const first = await signIn(users.OWNER.email);
    await signOut(first.token);
    const second = await signIn(users.OWNER.email);
    await signOut(first.token);
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, headers: { cookie: second.cookie } })).status).toBe(200);
    expect((await callApi({ method: "GET", url: `/workspaces/${workspace.slug}`, headers: { cookie: first.cookie } })).status).toBe(401);
  });
});
