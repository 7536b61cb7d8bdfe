import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRole, type Role } from "@/lib/domain/roles";
import { stopJobQueue } from "@/lib/jobs/queue";
import { API_ROUTES, REFUSED_METHODS, type ApiRouteDef } from "./routes";
import { createApiWorkspace, PRINCIPALS, SCENARIOS, type ApiWorkspace, type PrincipalName } from "@test-support/api-scenarios";
import { callApi } from "@test-support/call-api";
import { callPublicRoute, createPublicFixture, expectedPublicStatus, PUBLIC_FACT_CHECK_ROUTES, PUBLIC_WORKSPACE_ROUTES, PUBLICATION_STATES, type PublicFixture } from "@test-support/public-scenarios";

// Every route of the route list, called as each kind of caller with a request that is otherwise
// valid. The table is generated from the list: a route without a scenario fails here.
const ROLE_OF: Partial<Record<PrincipalName, Role>> = { viewer: "VIEWER", reviewer: "REVIEWER", editor: "EDITOR", owner: "OWNER", "read-only": "OWNER" };

function expectedStatus(route: ApiRouteDef, principal: PrincipalName): number {
  if (principal === "none" || principal === "revoked") return 401;
  // About the account, not a workspace: sessions only (a session's answer is checked in lib/data/members-api.db.test.ts).
  if (route.account) return 403;
  if (principal === "other-workspace") return 404;
  if (!hasRole(ROLE_OF[principal]!, route.role)) return 403;
  if (principal === "read-only" && route.method !== "GET") return 403;
  return route.status;
}

let w: ApiWorkspace;
beforeAll(async () => {
  w = await createApiWorkspace();
});
// The article import enqueues its job on pg-boss, started on first use.
afterAll(() => stopJobQueue());

describe("authorisation matrix", () => {
  it("has a scenario for every route", () => {
    expect(API_ROUTES.map((route) => route.id).filter((id) => !(id in SCENARIOS))).toEqual([]);
  });

  for (const route of API_ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const scenario = SCENARIOS[route.id as keyof typeof SCENARIOS];
      const table: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const principal of PRINCIPALS) {
        const request = await scenario(w, principal);
        const response = await callApi({ ...request, token: request.token ?? w.tokens[principal] });
        table[principal] = response.status;
        expected[principal] = expectedStatus(route, principal);
        if (response.status >= 400) expect(response.body, `${principal}: error shape`).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }
      expect(table).toEqual(expected);
    });
  }

  it("refuses changing or deleting verdicts with 405 for everyone", async () => {
    for (const refused of REFUSED_METHODS) {
      for (const method of refused.methods) {
        const request = await SCENARIOS.listVerdicts(w);
        const response = await callApi({ method, url: request.url, token: w.tokens.owner, body: {} });
        expect(response.status).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, POST");
      }
    }
  });
});

// The anonymous public routes (/p/...): whoever calls, with whatever credentials, only published content
// is answered 200; a withdrawn fact-check 410; anything else 404.
describe("authorisation matrix: public routes", () => {
  let fixture: PublicFixture;
  beforeAll(async () => {
    fixture = await createPublicFixture();
  });
  const credentials = (principal: PrincipalName): Record<string, string> => {
    const token = w.tokens[principal];
    return token ? { authorization: `Bearer ${token}` } : {};
  };

  for (const route of PUBLIC_FACT_CHECK_ROUTES) {
    it(`GET ${route.path}`, async () => {
      const table: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const state of PUBLICATION_STATES) {
        for (const principal of ["none", "owner", "other-workspace"] as const) {
          const response = await callPublicRoute(route.handler, route.path, { workspace: fixture.slug, id: fixture.ids[state] }, credentials(principal));
          table[`${state} as ${principal}`] = response.status;
          expected[`${state} as ${principal}`] = expectedPublicStatus(state);
        }
      }
      expect(table).toEqual(expected);
    });
  }

  for (const route of PUBLIC_WORKSPACE_ROUTES) {
    it(`GET ${route.path}`, async () => {
      for (const principal of ["none", "owner"] as const) {
        expect((await callPublicRoute(route.handler, route.path, { workspace: fixture.slug }, credentials(principal))).status).toBe(200);
        expect((await callPublicRoute(route.handler, route.path, { workspace: fixture.silentSlug }, credentials(principal))).status).toBe(404);
        expect((await callPublicRoute(route.handler, route.path, { workspace: "no-such-workspace-here" }, credentials(principal))).status).toBe(404);
      }
    });
  }
});
