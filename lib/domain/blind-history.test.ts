import { describe, expect, it } from "vitest";
import { redactHistoryForBlindReview } from "./blind-history";

const verdict = (actorId: string) => ({ entityType: "verdict", action: "record", actorId, actor: { name: actorId }, before: { status: "OPEN" }, after: { rating: "False", ratingId: "r1", rationale: "Why", status: "IN_REVIEW" } });
const reopen = (actorId: string) => ({
  entityType: "claim", action: "reopen", actorId, actor: { name: actorId },
  before: { status: "RESOLVED", finalRating: "True", resolutionNote: "Note" },
  after: { status: "DISPUTED", finalRating: null, reason: "A new verdict rated it False, unlike the final rating True.", cause: { kind: "verdict", rating: "False", ratingId: "r1", reviewerId: actorId } },
});
const evidenceReopen = { ...reopen("bob"), after: { status: "DISPUTED", reason: "Contradicting evidence from X disputes the final rating True.", cause: { kind: "evidence", stance: "CONTRADICTS" } } };

describe("redactHistoryForBlindReview", () => {
  it("strips others' verdict events and the reopenings they caused down to status and time, naming no reviewer", () => {
    const out = redactHistoryForBlindReview([verdict("bob"), reopen("bob")], { viewerId: "ann", seesOthers: false });
    expect(out[0]).toMatchObject({ actorId: null, actor: { name: "A reviewer" }, before: { status: "OPEN" }, after: { status: "IN_REVIEW" } });
    expect(out[1]).toEqual({ ...reopen("bob"), actorId: null, actor: { name: "A reviewer" }, after: { status: "DISPUTED", finalRating: null, reason: "A new verdict disputed the final rating True." } });
    expect(JSON.stringify(out)).not.toMatch(/False|r1|bob|Why/);
  });

  it("leaves the viewer's own events, evidence reopenings, and everything for a viewer who sees others", () => {
    const events = [verdict("ann"), reopen("ann"), evidenceReopen];
    expect(redactHistoryForBlindReview(events, { viewerId: "ann", seesOthers: false })).toEqual(events);
    expect(redactHistoryForBlindReview([verdict("bob"), reopen("bob")], { viewerId: "ann", seesOthers: true })).toEqual([verdict("bob"), reopen("bob")]);
  });
});
