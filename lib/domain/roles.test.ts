import { describe, expect, it } from "vitest";
import { canSeeMemberEmails, hasRole } from "./roles";

describe("hasRole", () => {
  it("orders roles viewer < reviewer < editor < owner", () => {
    expect(hasRole("OWNER", "EDITOR")).toBe(true);
    expect(hasRole("EDITOR", "EDITOR")).toBe(true);
    expect(hasRole("REVIEWER", "EDITOR")).toBe(false);
    expect(hasRole("VIEWER", "REVIEWER")).toBe(false);
    expect(hasRole("VIEWER", "VIEWER")).toBe(true);
  });
});

describe("canSeeMemberEmails", () => {
  it("shows members' emails to owners only", () => {
    expect(canSeeMemberEmails("OWNER")).toBe(true);
    expect(canSeeMemberEmails("EDITOR")).toBe(false);
    expect(canSeeMemberEmails("REVIEWER")).toBe(false);
    expect(canSeeMemberEmails("VIEWER")).toBe(false);
  });
});
