import { describe, expect, it } from "vitest";
import { heartbeatChangesPage, initials, presenceSentence, PRESENCE_STALE_SECONDS } from "./presence";

const now = new Date("2026-12-04T12:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("presence rules", () => {
  it("counts an arrival, a return after going stale and a change of activity as changes, a plain heartbeat not", () => {
    expect(heartbeatChangesPage(null, "reading", now)).toBe(true);
    expect(heartbeatChangesPage({ activity: "reading", lastSeenAt: secondsAgo(10) }, "reading", now)).toBe(false);
    expect(heartbeatChangesPage({ activity: "reading", lastSeenAt: secondsAgo(10) }, "editing", now)).toBe(true);
    expect(heartbeatChangesPage({ activity: "reading", lastSeenAt: secondsAgo(PRESENCE_STALE_SECONDS + 1) }, "reading", now)).toBe(true);
  });

  it("says who does what in the page's words", () => {
    expect(presenceSentence("Rania", "reading", "article")).toBe("Rania is reading");
    expect(presenceSentence("Sam", "editing", "claim")).toBe("Sam is editing this claim");
  });

  it("makes initials from names of any script", () => {
    expect(initials("Rania Haddad")).toBe("RH");
    expect(initials("sam")).toBe("S");
    expect(initials("  ")).toBe("?");
    expect(initials("Émile Zola Jr")).toBe("ÉZ");
  });
});
