import { describe, expect, it } from "vitest";
import { invitationState, looksLikeLinkToken, newLinkToken, slugFromName } from "./invitations";
import { lastOwnerRefusal } from "./members";
import { canResetMemberPassword } from "./permissions";

describe("the last owner", () => {
  it("may not be demoted, removed or leave; another owner, or any other member, may", () => {
    expect(lastOwnerRefusal({ from: "OWNER", to: "EDITOR", owners: 1, isSelf: true })).toBe("You are the workspace's only owner and cannot become editor: a workspace always keeps an owner. Make another member an owner first.");
    expect(lastOwnerRefusal({ from: "OWNER", to: null, owners: 1, isSelf: true })).toContain("cannot leave");
    expect(lastOwnerRefusal({ from: "OWNER", to: null, owners: 1, isSelf: false })).toContain("This member is the workspace's only owner and cannot be removed");
    expect(lastOwnerRefusal({ from: "OWNER", to: "VIEWER", owners: 2, isSelf: true })).toBeNull();
    expect(lastOwnerRefusal({ from: "EDITOR", to: null, owners: 1, isSelf: false })).toBeNull();
    expect(lastOwnerRefusal({ from: "OWNER", to: "OWNER", owners: 1, isSelf: true })).toBeNull();
  });
});

describe("password links", () => {
  it("are an owner's to make only for members of no workspace the owner does not own", () => {
    expect(canResetMemberPassword({ actorOwns: ["a", "b"], memberIn: ["a"] })).toBe(true);
    expect(canResetMemberPassword({ actorOwns: ["a"], memberIn: ["a", "c"] })).toBe(false);
  });
});

describe("link secrets and states", () => {
  it("are random, recognisable by kind, and stored as a hash", () => {
    const one = newLinkToken("invitation");
    expect(one.token).not.toBe(newLinkToken("invitation").token);
    expect(looksLikeLinkToken("invitation", one.token)).toBe(true);
    expect(looksLikeLinkToken("reset", one.token)).toBe(false);
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("say where an invitation stands, accepted and withdrawn before expired", () => {
    const now = new Date("2027-01-10T00:00:00Z");
    const later = new Date("2027-01-11T00:00:00Z");
    const earlier = new Date("2027-01-09T00:00:00Z");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("PENDING");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("EXPIRED");
    expect(invitationState({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("ACCEPTED");
    expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("REVOKED");
  });
});

describe("a workspace's slug from its name", () => {
  it("keeps Latin letters and digits, drops accents, and falls back for other scripts", () => {
    expect(slugFromName("Élections 2027 – Desk")).toBe("elections-2027-desk");
    expect(slugFromName("  ISIS decline, 2015–2017 ")).toBe("isis-decline-2015-2017");
    expect(slugFromName("مكتب التحقق")).toBe("workspace");
    expect(slugFromName("x".repeat(80))).toHaveLength(56);
  });
});
