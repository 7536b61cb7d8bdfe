import { describe, expect, it } from "vitest";
import { requireVersion, updateAtVersion, versionConflict } from "./version-conflict";

const CLAIM = { what: "this claim", then: "Their version is shown below; nothing of yours was saved." };

describe("versionConflict", () => {
  it("is a 409 naming both versions and carrying the record as it now is", () => {
    const error = versionConflict(CLAIM, 3, { version: 4, current: { version: 4, statement: "Theirs" } });
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "Someone else saved this claim while you were editing (you had version 3, it is now at version 4). Their version is shown below; nothing of yours was saved.",
      details: { current: { version: 4, statement: "Theirs" } },
    });
  });

  it("carries at least the current version, and names no numbers for an opaque version (a digest)", () => {
    expect(versionConflict(CLAIM, 3, { version: 5 }).details?.current).toEqual({ version: 5 });
    const scale = versionConflict({ what: "the rating scale", then: "Nothing of yours was saved." }, "9f2c", { version: "a1b0" });
    expect(scale.message).toBe("Someone else saved the rating scale while you were editing. Nothing of yours was saved.");
  });
});

describe("requireVersion", () => {
  it("lets the version that was read through and refuses any other", () => {
    expect(() => requireVersion(CLAIM, 2, { version: 2 })).not.toThrow();
    expect(() => requireVersion(CLAIM, 2, { version: 3 })).toThrow(expect.objectContaining({ code: "CONFLICT", details: { current: { version: 3 } } }));
  });
});

describe("updateAtVersion", () => {
  it("does nothing more when the conditional write changed the record", async () => {
    let reread = 0;
    await updateAtVersion(CLAIM, 2, async () => ({ count: 1 }), async () => {
      reread += 1;
      return { version: 3 };
    });
    expect(reread).toBe(0);
  });

  it("reads the record again when the write changed nothing, and throws the conflict with what it read", async () => {
    const write = updateAtVersion(CLAIM, 2, async () => ({ count: 0 }), async () => ({ version: 4, current: { version: 4, statement: "Saved meanwhile" } }));
    await expect(write).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("you had version 2, it is now at version 4"), details: { current: { statement: "Saved meanwhile" } } });
  });
});
