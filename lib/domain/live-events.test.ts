import { describe, expect, it } from "vitest";
import { formatServerSentEvent, liveEventDataFor, readLiveEventSettings, type LiveEvent, type LiveRecipient } from "./live-events";

const verdict: LiveEvent = { id: 7n, workspaceId: "w", name: "verdict.recorded", claimId: "c1", articleId: null, entityId: "v1", actorId: "r1", reviewerId: "r1" };
const reviewer = (over: Partial<LiveRecipient> = {}): LiveRecipient => ({ userId: "r2", role: "REVIEWER", blindReview: true, hasOwnVerdict: false, ...over });

describe("what a recipient sees of a live event", () => {
  it("under blind review, a reviewer who has not rated learns only that a verdict was recorded", () => {
    expect(liveEventDataFor(verdict, reviewer())).toEqual({ claimId: "c1", rated: true });
  });

  it("shows the reviewer once they have rated, to editors, to the verdict's author, and without blind review", () => {
    const full = { claimId: "c1", entityId: "v1", actorId: "r1", reviewerId: "r1" };
    expect(liveEventDataFor(verdict, reviewer({ hasOwnVerdict: true }))).toEqual(full);
    expect(liveEventDataFor(verdict, reviewer({ role: "EDITOR" }))).toEqual(full);
    expect(liveEventDataFor(verdict, reviewer({ userId: "r1" }))).toEqual(full);
    expect(liveEventDataFor(verdict, reviewer({ blindReview: false }))).toEqual(full);
  });

  it("hides who caused a reopening and the split itself from a reviewer who has not rated", () => {
    expect(liveEventDataFor({ ...verdict, name: "claim.reopened", entityId: null }, reviewer())).toEqual({ claimId: "c1" });
    expect(liveEventDataFor({ ...verdict, name: "disagreements.changed", actorId: null, reviewerId: null, entityId: null }, reviewer())).toBeNull();
    // A workspace-wide queue change names no claim: everyone reloads the queue.
    expect(liveEventDataFor({ ...verdict, name: "disagreements.changed", claimId: null, actorId: null, reviewerId: null, entityId: null }, reviewer())).toEqual({});
  });

  it("withholds a new comment from a reviewer who has not rated, as blind review hides reviewers' comments; its author and the others get it", () => {
    const comment: LiveEvent = { ...verdict, name: "comment.added", entityId: "m1", reviewerId: null };
    expect(liveEventDataFor(comment, reviewer())).toBeNull();
    expect(liveEventDataFor(comment, reviewer({ userId: "r1" }))).toEqual({ claimId: "c1", entityId: "m1", actorId: "r1" });
    expect(liveEventDataFor(comment, reviewer({ hasOwnVerdict: true }))).toEqual({ claimId: "c1", entityId: "m1", actorId: "r1" });
    expect(liveEventDataFor(comment, reviewer({ role: "VIEWER" }))).toEqual({ claimId: "c1", entityId: "m1", actorId: "r1" });
  });

  it("passes events that reveal no rating as they are", () => {
    const created: LiveEvent = { ...verdict, name: "claim.created", articleId: "a1", entityId: null, reviewerId: null };
    expect(liveEventDataFor(created, reviewer())).toEqual({ claimId: "c1", articleId: "a1", actorId: "r1" });
  });
});

describe("the stream's format and settings", () => {
  it("writes id, event and one data line", () => {
    expect(formatServerSentEvent({ id: 12n, name: "claim.created", data: { claimId: "c1" } })).toBe('id: 12\nevent: claim.created\ndata: {"claimId":"c1"}\n\n');
    expect(formatServerSentEvent({ name: "resync", data: {} })).toBe("event: resync\ndata: {}\n\n");
  });

  it("reads the settings with their defaults, and names a bad one", () => {
    expect(readLiveEventSettings({})).toEqual({ retentionMinutes: 15, heartbeatSeconds: 15, recheckSeconds: 5, bufferSize: 500 });
    expect(readLiveEventSettings({ CLAIMBENCH_EVENT_RETENTION_MINUTES: "60" }).retentionMinutes).toBe(60);
    expect(() => readLiveEventSettings({ CLAIMBENCH_EVENT_BUFFER: "none" })).toThrow(/CLAIMBENCH_EVENT_BUFFER/);
  });
});
