import { describe, expect, it } from "vitest";
import { concernsPage, isSavedByOther, liveNotice, type ReceivedLiveEvent } from "./live-pages";

const event = (name: string, data: ReceivedLiveEvent["data"] = {}): ReceivedLiveEvent => ({ name, data });
const names: Record<string, string> = { rania: "Rania", sam: "Sam" };
const who = { selfId: "sam", nameOf: (id: string) => names[id] };

describe("concernsPage", () => {
  const reader = { kind: "article", articleId: "a1", claimIds: ["c1"] } as const;

  it("refreshes the reader for a claim marked on its article, not on another", () => {
    expect(concernsPage(reader, event("claim.created", { claimId: "c9", articleId: "a1" }))).toBe(true);
    expect(concernsPage(reader, event("claim.created", { claimId: "c9", articleId: "a2" }))).toBe(false);
  });

  it("refreshes the reader for an event on a claim it shows even when the event names no article (an assignment)", () => {
    expect(concernsPage(reader, event("claim.updated", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(reader, event("claim.resolved", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(reader, event("claim.updated", { claimId: "c2" }))).toBe(false);
  });

  it("leaves the reader alone for a comment", () => {
    expect(concernsPage(reader, event("comment.added", { claimId: "c1" }))).toBe(false);
  });

  it("refreshes the claim page for its claim, a verdict hidden by blind review included, and for its article's text", () => {
    const page = { kind: "claim", claimId: "c1", articleId: "a1" } as const;
    expect(concernsPage(page, event("verdict.recorded", { claimId: "c1", rated: true }))).toBe(true);
    expect(concernsPage(page, event("evidence.added", { claimId: "c1", entityId: "e1" }))).toBe(true);
    expect(concernsPage(page, event("article.updated", { articleId: "a1" }))).toBe(true);
    expect(concernsPage(page, event("verdict.recorded", { claimId: "c2" }))).toBe(false);
    expect(concernsPage(page, event("article.updated", { articleId: "a2" }))).toBe(false);
  });

  it("refreshes the queues when disagreements change or claims come and go, and My queue on an assignment", () => {
    expect(concernsPage({ kind: "queue" }, event("disagreements.changed", { claimId: "c1" }))).toBe(true);
    expect(concernsPage({ kind: "queue" }, event("claim.reopened", { claimId: "c1" }))).toBe(true);
    expect(concernsPage({ kind: "queue" }, event("evidence.added", { claimId: "c1" }))).toBe(false);
    expect(concernsPage({ kind: "queue" }, event("claim.updated", { claimId: "c1" }))).toBe(false);
    expect(concernsPage({ kind: "my-queue" }, event("claim.updated", { claimId: "c1" }))).toBe(true);
  });

  it("refreshes the Claims table for any claim's change, its verdicts and evidence included, but not for a comment", () => {
    const table = { kind: "claims" } as const;
    expect(concernsPage(table, event("claim.created", { claimId: "c9", articleId: "a2" }))).toBe(true);
    expect(concernsPage(table, event("claim.updated", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(table, event("claim.deleted", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(table, event("verdict.recorded", { claimId: "c1", rated: true }))).toBe(true);
    expect(concernsPage(table, event("evidence.removed", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(table, event("disagreements.changed", { claimId: "c1" }))).toBe(true);
    expect(concernsPage(table, event("article.updated", { articleId: "a1" }))).toBe(true);
    expect(concernsPage(table, event("comment.added", { claimId: "c1" }))).toBe(false);
    expect(concernsPage(table, event("presence", {}))).toBe(false);
  });
});

describe("liveNotice", () => {
  it("says who made someone else's change", () => {
    expect(liveNotice(event("claim.created", { claimId: "c1", actorId: "rania" }), who)).toBe("Rania marked a claim");
    expect(liveNotice(event("claim.deleted", { claimId: "c1", actorId: "gone" }), who)).toBe("Someone deleted a claim");
  });

  it("says nothing of one's own change or of a change without a person", () => {
    expect(liveNotice(event("claim.created", { claimId: "c1", actorId: "sam" }), who)).toBeNull();
    expect(liveNotice(event("disagreements.changed", { claimId: "c1" }), who)).toBeNull();
  });

  it("under blind review names neither the reviewer nor the rating", () => {
    expect(liveNotice(event("verdict.recorded", { claimId: "c1", rated: true }), who)).toBe("A reviewer recorded a verdict");
    expect(liveNotice(event("verdict.recorded", { claimId: "c1", actorId: "rania", reviewerId: "rania" }), who)).toBe("Rania recorded a verdict");
  });
});

describe("isSavedByOther", () => {
  it("is someone else's save of this claim only", () => {
    expect(isSavedByOther(event("claim.updated", { claimId: "c1", actorId: "rania" }), { claimId: "c1", selfId: "sam" })).toBe(true);
    expect(isSavedByOther(event("claim.updated", { claimId: "c1", actorId: "sam" }), { claimId: "c1", selfId: "sam" })).toBe(false);
    expect(isSavedByOther(event("claim.updated", { claimId: "c2", actorId: "rania" }), { claimId: "c1", selfId: "sam" })).toBe(false);
    expect(isSavedByOther(event("verdict.recorded", { claimId: "c1", actorId: "rania" }), { claimId: "c1", selfId: "sam" })).toBe(false);
  });
});
