import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./common";
import { reopenClaimSchema, resolveClaimSchema } from "./verdict";

const claimId = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("resolution input", () => {
  it("asks for the final rating and a note, in words an editor understands", () => {
    const parsed = resolveClaimSchema.safeParse({ claimId, version: "3", finalRatingId: "", resolutionNote: "" });
    expect(toFieldErrors(parsed.error!)).toEqual({
      finalRatingId: ["Choose the final rating."],
      resolutionNote: ["Write a resolution note: how the desk reached this rating."],
    });
  });

  it("refuses a rating that is not an id, and reads the version from a form string", () => {
    const parsed = resolveClaimSchema.safeParse({ claimId, version: "3", finalRatingId: "Mixed", resolutionNote: "n" });
    expect(toFieldErrors(parsed.error!).finalRatingId).toEqual(["Choose a rating from this workspace's scale."]);
    expect(reopenClaimSchema.parse({ claimId, version: "4", reason: " new source " })).toEqual({ claimId, version: 4, reason: "new source" });
  });

  it("needs a reason to reopen", () => {
    expect(toFieldErrors(reopenClaimSchema.safeParse({ claimId, version: 4, reason: " " }).error!)).toEqual({ reason: ["Say why the claim is reopened."] });
  });
});
