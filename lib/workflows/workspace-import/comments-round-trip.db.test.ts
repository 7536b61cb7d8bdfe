import { WORKSPACE_SCHEMA_VERSION } from "@/lib/schemas/workspace-json";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { addComment, deleteComment, editComment } from "@/lib/data/comments/comment-writes";
import { listClaimComments } from "@/lib/data/comments/comments";
import { listClaimHistory } from "@/lib/data/audit";
import { streamWorkspaceJson } from "../export/workspace-dump";
import { importWorkspace } from "./workspace-import";

// A claim's discussion through the workspace JSON: export → import → export keeps the thread (replies,
// edits, a tombstone) with new ids, who wrote each comment as imported names, and the history's comment
// events pointing at the new comments. Mentions name members, and the import makes nobody a member, so
// the imported comments mention nobody (their text still reads "@Name").

async function exportDocument(actor: { id: string }, slug: string) {
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor, slug })) text += chunk;
  return JSON.parse(text) as { schemaVersion: number; claims: { id: string }[]; comments: Record<string, unknown>[]; people: { email: string }[] };
}

describe("comments in the workspace JSON", () => {
  it("round-trips threads with ids remapped, and imports authors as names", async () => {
    const { workspace, users } = await createTestWorkspace();
    const slug = workspace.slug;
    const claim = await createTestClaim(workspace.id);
    const editor = await getDb().user.findUniqueOrThrow({ where: { id: users.EDITOR.id }, select: { name: true } });
    const root = await addComment({ actor: users.REVIEWER, slug, input: { claimId: claim.id, body: `@${editor.name} see <b>this</b> https://example.org/x` } });
    const reply = await addComment({ actor: users.EDITOR, slug, input: { claimId: claim.id, body: "Thanks.", parentId: root.id } });
    await editComment({ actor: users.EDITOR, slug, input: { commentId: reply.id, body: "Thanks, checking.", version: 1 } });
    const gone = await addComment({ actor: users.EDITOR, slug, input: { claimId: claim.id, body: "Wrong claim, sorry." } });
    await deleteComment({ actor: users.EDITOR, slug, input: { commentId: gone.id, version: 1 } });

    const first = await exportDocument(users.OWNER, slug);
    expect(first.schemaVersion).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(first.comments).toHaveLength(3);
    expect(first.comments[0]).toMatchObject({ id: root.id, parentId: null, author: users.REVIEWER.email, mentions: [users.EDITOR.email] });
    expect(first.comments[2]).toMatchObject({ body: "", mentions: [], deletedAt: expect.any(String) });

    const copySlug = `${slug}-copy`;
    const result = await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: new TextEncoder().encode(JSON.stringify(first)), slug: copySlug } });
    expect(result.counts.comments).toBe(3);
    const second = await exportDocument(users.OWNER, copySlug);
    const newClaimId = second.claims[0]!.id;
    expect(newClaimId).not.toBe(claim.id);

    const thread = await listClaimComments({ actor: users.OWNER, slug: copySlug, claimId: newClaimId });
    const [newRoot, newReply, tombstone] = thread.comments;
    expect(thread.comments.map((c) => [c.body, c.importedAuthor, c.deleted])).toEqual([
      [`@${editor.name} see <b>this</b> https://example.org/x`, (await getDb().user.findUniqueOrThrow({ where: { id: users.REVIEWER.id } })).name, false],
      ["Thanks, checking.", editor.name, false],
      ["", editor.name, true],
    ]);
    expect(newRoot!.id).not.toBe(root.id);
    expect(newReply!).toMatchObject({ parentId: newRoot!.id, mentions: [] });
    expect(newReply!.editedAt).toEqual(new Date(first.comments[1]!.editedAt as string));
    expect(tombstone!.deletedAt).not.toBeNull();

    // The history's comment events follow the comments to their new ids.
    const events = (await listClaimHistory({ actor: users.OWNER, slug: copySlug, claimId: newClaimId })).filter((e) => e.entityType === "comment");
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(thread.comments.map((c) => c.id)));
    // Apart from ids, authors and mentions, the second export's comments are the first's.
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, claimId: _claim, parentId, author: _a, mentions: _m, ...rest }) => ({ ...rest, isReply: parentId !== null }));
    expect(strip(second.comments)).toEqual(strip(first.comments));
  });
});
