import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addTestMember, createTestClaim, createTestWorkspace, ratingIds } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { listClaimHistory } from "../audit";
import { addComment, deleteComment, editComment } from "./comment-writes";
import { listClaimComments } from "./comments";

// A claim's discussion against the real database: threads, replies, edits under optimistic concurrency,
// tombstones, mentions of members only, who may do what, and blind review in the thread and the history.

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const claim = await createTestClaim(workspace.id);
  const slug = workspace.slug;
  const say = (actor: { id: string }, body: string, parentId?: string) => addComment({ actor, slug, input: { claimId: claim.id, body, parentId } });
  return { workspace, users, claim, slug, say };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("a claim's discussion", () => {
  it("keeps comments and one level of replies in order, with mentions of members only", async () => {
    const { workspace, users, claim, slug, say } = await setup();
    const editorLocal = users.EDITOR.email.split("@")[0]!;
    const outsider = await getDb().user.create({ data: { email: `outsider-${workspace.id.slice(0, 8)}@test.example.org`, name: "Outsider Person", passwordHash: "x" }, select: { id: true } });
    const first = await say(users.REVIEWER, `@${editorLocal} can you check the census? cc @Outsider Person`);
    expect(first.mentions).toEqual([users.EDITOR.id]);
    expect(first.mentions).not.toContain(outsider.id);
    const reply = await say(users.EDITOR, "On it.", first.id);
    expect(await codeOf(say(users.OWNER, "Too deep", reply.id))).toBe("VALIDATION");

    const thread = await listClaimComments({ actor: users.VIEWER, slug, claimId: claim.id });
    expect(thread.hiddenCount).toBe(0);
    expect(thread.comments.map((c) => [c.body, c.parentId])).toEqual([[`@${editorLocal} can you check the census? cc @Outsider Person`, null], ["On it.", first.id]]);
    expect(thread.comments[0]!.mentions.map((m) => m.id)).toEqual([users.EDITOR.id]);
    // Every write is in the claim's history.
    const history = await listClaimHistory({ actor: users.EDITOR, slug, claimId: claim.id });
    expect(history.filter((e) => e.entityType === "comment").map((e) => e.action)).toEqual(["create", "create"]);
  });

  it("lets only the author edit, refuses a stale version with 409, and shows the edit", async () => {
    const { users, claim, slug, say } = await setup();
    const { id } = await say(users.REVIEWER, "First wording");
    expect(await codeOf(editComment({ actor: users.EDITOR, slug, input: { commentId: id, body: "Hijack", version: 1 } }))).toBe("FORBIDDEN");
    await editComment({ actor: users.REVIEWER, slug, input: { commentId: id, body: "Second wording", version: 1 } });
    const stale = await codeOf(editComment({ actor: users.REVIEWER, slug, input: { commentId: id, body: "Third wording", version: 1 } }));
    expect(stale).toBe("CONFLICT");
    const [comment] = (await listClaimComments({ actor: users.REVIEWER, slug, claimId: claim.id })).comments;
    expect(comment).toMatchObject({ body: "Second wording", version: 2 });
    expect(comment!.editedAt).toBeInstanceOf(Date);
  });

  it("deletes to a tombstone whose replies stay; owners may moderate, others may not", async () => {
    const { users, claim, slug, say } = await setup();
    const root = await say(users.REVIEWER, "Secret-ish words");
    await say(users.EDITOR, "A reply", root.id);
    expect(await codeOf(deleteComment({ actor: users.EDITOR, slug, input: { commentId: root.id, version: 1 } }))).toBe("FORBIDDEN");
    await deleteComment({ actor: users.REVIEWER, slug, input: { commentId: root.id, version: 1 } });
    const thread = await listClaimComments({ actor: users.EDITOR, slug, claimId: claim.id });
    expect(thread.comments.map((c) => [c.body, c.deleted])).toEqual([["", true], ["A reply", false]]);
    expect(thread.deletedText).toBe("comment deleted");
    expect(await codeOf(say(users.EDITOR, "Reply to a tombstone", root.id))).toBe("CONFLICT");
    const history = JSON.stringify(await listClaimHistory({ actor: users.OWNER, slug, claimId: claim.id }));
    expect(history).toContain('"deleted":true');
    expect(history).not.toContain("Secret-ish words");
    // An owner moderates someone else's comment.
    const other = await say(users.EDITOR, "Off topic");
    await deleteComment({ actor: users.OWNER, slug, input: { commentId: other.id, version: 1 } });
    expect((await getDb().comment.findUniqueOrThrow({ where: { id: other.id } })).deletedAt).not.toBeNull();
  });

  it("refuses viewers and non-members", async () => {
    const { users, claim, slug, say } = await setup();
    expect(await codeOf(say(users.VIEWER, "Let me in"))).toBe("FORBIDDEN");
    const stranger = (await createTestWorkspace(["REVIEWER"])).users.REVIEWER;
    expect(await codeOf(say(stranger, "Hello"))).toBe("NOT_FOUND");
    expect(await codeOf(listClaimComments({ actor: stranger, slug, claimId: claim.id }))).toBe("NOT_FOUND");
    const refusal = await say(users.VIEWER, "x").catch((error: AppError) => error.message);
    expect(refusal).toBe("You cannot comment on a claim: that needs the reviewer role or above, and your role in this workspace is viewer.");
  });
});

describe("blind review in the discussion", () => {
  it("hides a reviewer's comments, and replies to them, from a reviewer who has not rated, in the thread and the history", async () => {
    const { workspace, users, claim, slug, say } = await setup();
    const rater = await addTestMember(workspace.id, "REVIEWER", "Rater");
    const ratings = await ratingIds(workspace.id);
    await recordVerdict({ actor: rater, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "Census." } });
    const revealing = await say(rater, "Plainly False: the census says 9 million.");
    await say(users.EDITOR, "Agreed, the census is clear.", revealing.id);
    await say(users.EDITOR, "Please everyone check the census.");

    const blind = await listClaimComments({ actor: users.REVIEWER, slug, claimId: claim.id });
    expect(blind.hiddenCount).toBe(2);
    expect(blind.comments.map((c) => c.body)).toEqual(["Please everyone check the census."]);
    const blindHistory = await listClaimHistory({ actor: users.REVIEWER, slug, claimId: claim.id });
    expect(blindHistory.filter((e) => e.entityType === "comment").map((e) => [e.actorId, e.actor?.name])).toEqual([[null, "A member"], [null, "A member"], [users.EDITOR.id, expect.any(String)]]);
    const history = JSON.stringify(blindHistory);
    for (const secret of ["Plainly False", "Agreed, the census", rater.id]) expect(history).not.toContain(secret);

    for (const actor of [users.EDITOR, users.VIEWER, rater]) expect((await listClaimComments({ actor, slug, claimId: claim.id })).hiddenCount).toBe(0);
    // A hidden comment cannot be found by replying to it either.
    expect(await codeOf(say(users.REVIEWER, "What did you say?", revealing.id))).toBe("VALIDATION");
    await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["Mixed"]!, rationale: "Mine." } });
    const seen = await listClaimComments({ actor: users.REVIEWER, slug, claimId: claim.id });
    expect(seen.hiddenCount).toBe(0);
    expect(JSON.stringify(await listClaimHistory({ actor: users.REVIEWER, slug, claimId: claim.id }))).toContain("Plainly False");
  });
});
