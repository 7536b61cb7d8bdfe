import { describe, expect, it } from "vitest";
import { liveEventDataFor, type LiveEvent, type LiveRecipient } from "./live-events";
import { concernsPage } from "./live-pages";
import { bellLabel, claimPeople, commentConcealedFrom, commentRecipients, composeDigest, describeNotification, notificationsToWrite } from "./notifications";

describe("who a comment notifies", () => {
  it("tells the people a comment mentions and, for a reply, the others who wrote in the thread, once each, never the author", () => {
    expect(commentRecipients({ authorId: "a", mentions: ["b", "a"], threadAuthors: null })).toEqual([{ recipientId: "b", kind: "MENTIONED" }]);
    // b is mentioned in a reply to their own thread; c wrote in it too; a gone author (null) is nobody.
    const planned = commentRecipients({ authorId: "a", mentions: ["b"], threadAuthors: ["b", "c", "a", null, "c"] });
    const write = (muted: string[]) => notificationsToWrite(planned.map((n) => ({ ...n, concealed: false })), { actorId: "a", members: new Set(["a", "b", "c"]), mutedKinds: new Map([["b", new Set(muted)]]) })
      .map((n) => [n.recipientId, n.kind]);
    expect(write([])).toEqual([["b", "MENTIONED"], ["c", "REPLIED"]]);
    // With mentions off, b still hears of the reply in their thread.
    expect(write(["MENTIONED"])).toEqual([["b", "REPLIED"], ["c", "REPLIED"]]);
  });

  it("conceals a reviewer's comment, or any reply in a reviewer's thread, from another reviewer, as the thread hides it", () => {
    const reviewer = { authorId: "r1", authorRole: "REVIEWER" as const };
    const editor = { authorId: "e1", authorRole: "EDITOR" as const };
    expect(commentConcealedFrom("r2", reviewer, null)).toBe(true);
    expect(commentConcealedFrom("r2", editor, null)).toBe(false);
    expect(commentConcealedFrom("r2", editor, reviewer)).toBe(true);
    // Their own thread's start is theirs to see; a reviewer's reply in it is not.
    expect(commentConcealedFrom("r1", editor, reviewer)).toBe(false);
    expect(commentConcealedFrom("r1", { authorId: "r3", authorRole: "REVIEWER" }, reviewer)).toBe(true);
  });
});

describe("which notifications are written", () => {
  const members = new Set(["a", "b", "c"]);
  it("never to the actor, never a muted kind, only to members, and once per person", () => {
    const planned = [
      { recipientId: "a", kind: "ASSIGNED" as const, concealed: false },
      { recipientId: "b", kind: "ASSIGNED" as const, concealed: false },
      { recipientId: "b", kind: "ASSIGNED" as const, concealed: false },
      { recipientId: "c", kind: "ASSIGNED" as const, concealed: false },
      { recipientId: "gone", kind: "ASSIGNED" as const, concealed: false },
    ];
    const written = notificationsToWrite(planned, { actorId: "a", members, mutedKinds: new Map([["c", new Set(["ASSIGNED"])]]) });
    expect(written.map((n) => n.recipientId)).toEqual(["b"]);
  });

  it("takes a claim's people from who marked it and who is assigned", () => {
    expect(claimPeople({ createdById: "a", assigneeIds: ["b", "a"] })).toEqual(["a", "b"]);
    expect(claimPeople({ createdById: null, assigneeIds: [] })).toEqual([]);
  });
});

describe("how a notification reads", () => {
  it("says who did what on which claim, and names nobody where blind review keeps it", () => {
    expect(describeNotification({ kind: "MENTIONED", actorName: "Rania", claimStatement: "12 million lived under IS" })).toBe("Rania mentioned you on “12 million lived under IS”");
    expect(describeNotification({ kind: "ASSIGNED", actorName: "Sam", claimStatement: "X" })).toBe("Sam assigned you “X”");
    expect(describeNotification({ kind: "REOPENED", actorName: null, claimStatement: "X" })).toMatch(/^“X”, a claim of yours, was reopened/);
    expect(describeNotification({ kind: "REPLIED", actorName: null, claimStatement: null })).toBe("Someone replied in your thread on a claim");
    expect(describeNotification({ kind: "DISPUTED", actorName: "Sam", claimStatement: "y".repeat(100) })).toMatch(/^Reviewers disagree on “y{79}…”/);
  });

  it("gives the bell a name that says the count", () => {
    expect(bellLabel(3)).toBe("Notifications, 3 unread");
    expect(bellLabel(0)).toBe("Notifications, none unread");
  });
});

describe("the daily digest", () => {
  const line = (text: string) => ({ text, link: `https://claims.example.org/w/desk/claims/${text.length}`, createdAt: new Date("2026-12-04T10:00:00Z") });
  it("lists each workspace's unread lines with their links, and says where to switch it off", () => {
    const mail = composeDigest({ recipientName: "Rania", settingsLink: "https://claims.example.org/account", workspaces: [{ name: "Desk", lines: [line("Sam assigned you “X”"), line("Sam mentioned you on “Y”")] }, { name: "Empty", lines: [] }] });
    expect(mail?.subject).toBe("Claimbench: 2 unread notifications");
    expect(mail?.text).toContain("Hello Rania");
    expect(mail?.text).toContain("Desk\n- Sam assigned you “X”\n  https://claims.example.org/w/desk/claims/");
    expect(mail?.text).not.toContain("Empty");
    expect(mail?.text).toContain("https://claims.example.org/account");
  });

  it("sends nothing when nothing is unread", () => {
    expect(composeDigest({ recipientName: "Rania", settingsLink: "x", workspaces: [{ name: "Desk", lines: [] }] })).toBeNull();
  });
});

describe("a notification's live event", () => {
  const event: LiveEvent = { id: 9n, workspaceId: "w", name: "notification", claimId: "c1", articleId: null, entityId: "n1", actorId: "e1", reviewerId: null, recipientId: "r1" };
  const someone = (userId: string, over: Partial<LiveRecipient> = {}): LiveRecipient => ({ userId, role: "OWNER", blindReview: false, hasOwnVerdict: true, ...over });
  it("reaches its recipient only: no owner, no actor, nobody else learns it exists", () => {
    expect(liveEventDataFor(event, someone("r1", { role: "REVIEWER" }))).toEqual({ entityId: "n1", claimId: "c1", actorId: "e1" });
    expect(liveEventDataFor(event, someone("e1"))).toBeNull();
    expect(liveEventDataFor(event, someone("o1"))).toBeNull();
    expect(liveEventDataFor({ ...event, recipientId: null }, someone("o1"))).toBeNull();
  });

  it("reloads no page: only the bell reads it", () => {
    const received = { name: "notification", data: { entityId: "n1", claimId: "c1" } };
    expect(concernsPage({ kind: "claim", claimId: "c1", articleId: "a1" }, received)).toBe(false);
    expect(concernsPage({ kind: "my-queue" }, received)).toBe(false);
  });
});
