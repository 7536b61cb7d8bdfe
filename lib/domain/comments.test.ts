import { describe, expect, it } from "vitest";
import { canSeeComment, commentSegments, hiddenCommentsNotice, resolveMentions, visibleThread } from "./comments";

const members = [
  { id: "e", name: "Edna Editor", email: "edna@example.org" },
  { id: "s", name: "Sam", email: "sam.lee@example.org" },
  { id: "s2", name: "Sam Lee-Park", email: "slp@example.org" },
];

describe("resolveMentions", () => {
  it("finds members by name or email local part, longest first, each once", () => {
    expect(resolveMentions("@Edna Editor and @sam.lee, then @edna editor again", members)).toEqual(["e", "s"]);
    expect(resolveMentions("ask @Sam Lee-Park.", members)).toEqual(["s2"]);
  });
  it("leaves non-members, partial words and addresses as plain text", () => {
    expect(resolveMentions("@Mallory says hi; @Samuel; write to x@sam.lee", members)).toEqual([]);
  });
});

describe("blind review of comments", () => {
  const blindReviewer = { id: "r1", seesOthers: false };
  it("hides other reviewers' comments (and their replies) from a reviewer who has not rated", () => {
    const thread = [
      { id: "a", parentId: null, authorId: "r2", authorRole: "REVIEWER" as const },
      { id: "b", parentId: "a", authorId: "e", authorRole: "EDITOR" as const },
      { id: "c", parentId: null, authorId: "e", authorRole: "EDITOR" as const },
      { id: "d", parentId: null, authorId: "r1", authorRole: "REVIEWER" as const },
      { id: "x", parentId: null, authorId: null, authorRole: null },
    ];
    const { visible, hiddenCount } = visibleThread(thread, blindReviewer);
    expect(visible.map((c) => c.id)).toEqual(["c", "d"]);
    expect(hiddenCount).toBe(3);
    expect(visibleThread(thread, { ...blindReviewer, seesOthers: true }).hiddenCount).toBe(0);
    expect(canSeeComment(blindReviewer, thread[0]!)).toBe(false);
  });
  it("says how many are hidden", () => {
    expect(hiddenCommentsNotice(0)).toBeNull();
    expect(hiddenCommentsNotice(2)).toBe("2 comments by reviewers are hidden until you record your verdict.");
  });
});

describe("commentSegments", () => {
  it("makes http(s) addresses links and keeps everything else text, markup included", () => {
    expect(commentSegments("See https://ex.org/a?b=1. <script>alert(1)</script> javascript:alert(1)")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://ex.org/a?b=1", href: "https://ex.org/a?b=1" },
      { kind: "text", text: ". <script>alert(1)</script> javascript:alert(1)" },
    ]);
  });
});
