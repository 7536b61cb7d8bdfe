import { describe, expect, it } from "vitest";
import { MINIMUM_ROLE, refusal, requiredRole, type RoleAction } from "./permissions";
import { EXPORT_FORMAT_IDS } from "./vocabulary";

describe("refusal: what the person tried and which role it needs", () => {
  it("a viewer's JSON export names the export and the editor role, not claims work", () => {
    const text = refusal("export:json", "VIEWER");
    expect(text).toBe("You cannot export the whole workspace as JSON: that needs the editor role or above, and your role in this workspace is viewer.");
    expect(text).not.toMatch(/resolve|assign/);
  });

  it("every action and every export format has its own words and the role it needs", () => {
    const actions = [...(Object.keys(MINIMUM_ROLE) as RoleAction[]), ...EXPORT_FORMAT_IDS.map((format) => `export:${format}` as const)];
    const texts = actions.map((action) => refusal(action, "VIEWER"));
    expect(new Set(texts.map((text) => text.split(":")[0])).size).toBe(actions.length);
    actions.forEach((action, n) => expect(texts[n]).toContain(`needs the ${requiredRole(action).toLowerCase()} role`));
  });

  it("says 'or above' except for owners, and leaves out the held role when it is not known", () => {
    expect(refusal("manageWorkspace", "EDITOR")).toBe("You cannot change the workspace's settings or API tokens: that needs the owner role, and your role in this workspace is editor.");
    expect(refusal("recordVerdict")).toBe("You cannot record a verdict: that needs the reviewer role or above.");
    expect(requiredRole("export:csv")).toBe("VIEWER");
    expect(requiredRole("resolveClaim")).toBe("EDITOR");
  });
});
