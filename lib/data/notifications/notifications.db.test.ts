import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addTestMember, createSpanClaim, createTestArticle, createTestWorkspace, ratingIds, withAuditFailingFor } from "@test-support/data";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { reopenClaim, resolveClaim } from "@/lib/workflows/review/resolution";
import { addComment, editComment } from "@/lib/data/comments/comment-writes";
import { updateClaimAssignments } from "@/lib/data/claims/assignments";
import { applyClaimBulk } from "@/lib/data/claims/claim-bulk";
import { collectDigest, listDigestRecipients, markDigestSent } from "./digest";
import { saveNotificationPreferences } from "./notification-preferences";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "./notifications";

// Notifications against the real database: each kind written in its cause's transaction (with a live event
// for its recipient only), none to oneself, preferences honoured, blind review respected, marking read.

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const slug = workspace.slug;
  const body = `About 12 million people lived under the group. ${workspace.id}`;
  const article = await createTestArticle(workspace.id, body);
  const claim = await createSpanClaim({ workspaceId: workspace.id, articleId: article.id, body, quote: "12 million people", statement: "12 million lived under IS", createdById: users.REVIEWER.id });
  const ratings = await ratingIds(workspace.id);
  const bell = async (user: { id: string }) => (await listNotifications({ actor: user, slug, query: { unread: false, limit: 50 } })).notifications;
  const say = (actor: { id: string }, text: string, parentId?: string) => addComment({ actor, slug, input: { claimId: claim.id, body: text, parentId } });
  const local = (user: { email: string }) => user.email.split("@")[0]!;
  return { workspace, users, slug, claim, ratings, bell, say, local };
}

const eventsFor = (workspaceId: string) =>
  getDb().$queryRaw<{ recipientId: string; entityId: string }[]>`select "recipientId"::text, "entityId"::text from live_events where "workspaceId" = ${workspaceId}::uuid and name = 'notification' order by id`;

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("notifications", () => {
  it("tells the people a comment mentions and the thread's other writers, never its author, each with an event for them alone", async () => {
    const { workspace, users, bell, say, local } = await setup();
    const first = await say(users.EDITOR, `@${local(users.VIEWER)} and @${local(users.EDITOR)}: is the census right?`);
    expect((await bell(users.VIEWER)).map((n) => [n.kind, n.text])).toEqual([["MENTIONED", `EDITOR ${local(users.EDITOR).split("-")[1]} mentioned you on “12 million lived under IS”`]]);
    expect(await bell(users.EDITOR)).toEqual([]);
    await say(users.OWNER, "It is.", first.id);
    expect((await bell(users.EDITOR)).map((n) => [n.kind, n.commentId, n.actor?.id])).toEqual([["REPLIED", expect.any(String), users.OWNER.id]]);
    // The viewer wrote nothing in the thread: a reply there is not theirs to hear of.
    expect(await bell(users.VIEWER)).toHaveLength(1);
    const events = await eventsFor(workspace.id);
    expect(events.map((e) => e.recipientId)).toEqual([users.VIEWER.id, users.EDITOR.id]);
    // An edit that adds a mention tells the newly mentioned only.
    await editComment({ actor: users.EDITOR, slug: workspace.slug, input: { commentId: first.id, body: `@${local(users.VIEWER)} @${local(users.OWNER)} is the census right?`, version: 1 } });
    expect((await bell(users.OWNER)).map((n) => n.kind)).toEqual(["MENTIONED"]);
    expect(await bell(users.VIEWER)).toHaveLength(1);
  });

  it("writes nothing when the transaction of its cause fails: a comment, an assignment, a reopening", async () => {
    const { users, slug, claim, ratings, bell, say, local } = await setup();
    await expect(withAuditFailingFor(claim.id, () => say(users.EDITOR, `@${local(users.VIEWER)} look`))).rejects.toThrow(/audit refused by test/);
    expect(await bell(users.VIEWER)).toEqual([]);
    const assign = () => updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.OWNER.id], unassign: [] } });
    await expect(withAuditFailingFor(claim.id, assign)).rejects.toThrow(/audit refused by test/);
    expect(await bell(users.OWNER)).toEqual([]);
    const resolved = await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: 1, finalRatingId: ratings["True"]!, resolutionNote: "Census." } });
    const reopen = () => reopenClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: resolved.version, reason: "New data." } });
    await expect(withAuditFailingFor(claim.id, reopen)).rejects.toThrow(/audit refused by test/);
    expect(await bell(users.REVIEWER)).toEqual([]);
  });

  it("tells of bulk changes too: an assignment and a reopening from the claims table", async () => {
    const { users, slug, claim, ratings, bell } = await setup();
    await applyClaimBulk({ actor: users.EDITOR, slug, input: { action: "assign", ids: [{ id: claim.id, version: 1 }], reviewerIds: [users.OWNER.id] } });
    expect((await bell(users.OWNER)).map((n) => n.kind)).toEqual(["ASSIGNED"]);
    const [resolved] = (await applyClaimBulk({ actor: users.EDITOR, slug, input: { action: "resolve", ids: [{ id: claim.id, version: 1 }], finalRatingId: ratings["True"]!, resolutionNote: "Census." } })).results;
    await applyClaimBulk({ actor: users.EDITOR, slug, input: { action: "reopen", ids: [{ id: claim.id, version: resolved!.version! }], reason: "New data." } });
    // The owner is assigned and the reviewer marked it: both hear of the reopening; the editor did it.
    expect((await bell(users.OWNER)).map((n) => n.kind)).toEqual(["REOPENED", "ASSIGNED"]);
    expect((await bell(users.REVIEWER)).map((n) => [n.kind, n.actor?.id])).toEqual([["REOPENED", users.EDITOR.id]]);
    expect(await bell(users.EDITOR)).toEqual([]);
  });

  it("tells the newly assigned, not the editor who assigned themselves nor those assigned before", async () => {
    const { users, slug, claim, bell } = await setup();
    await updateClaimAssignments({ actor: users.EDITOR, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id, users.EDITOR.id], unassign: [] } });
    await updateClaimAssignments({ actor: users.OWNER, slug, input: { claimId: claim.id, assign: [users.REVIEWER.id], unassign: [] } });
    expect((await bell(users.REVIEWER)).map((n) => n.kind)).toEqual(["ASSIGNED"]);
    expect(await bell(users.EDITOR)).toEqual([]);
  });

  it("tells a claim's people of a reopening, naming the editor but never the reviewer whose verdict reopened it", async () => {
    const { users, slug, claim, ratings, bell } = await setup();
    const resolved = await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: 1, finalRatingId: ratings["True"]!, resolutionNote: "Census." } });
    await reopenClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: resolved.version, reason: "New data." } });
    expect((await bell(users.REVIEWER)).map((n) => [n.kind, n.actor?.id])).toEqual([["REOPENED", users.EDITOR.id]]);
    const again = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    await resolveClaim({ actor: users.EDITOR, slug, input: { claimId: claim.id, version: again.version, finalRatingId: ratings["True"]!, resolutionNote: "Census." } });
    await recordVerdict({ actor: users.OWNER, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "Later count." } });
    const [latest] = await bell(users.REVIEWER);
    expect(latest).toMatchObject({ kind: "REOPENED", actor: null, text: expect.stringContaining("a new verdict disputes its final rating") });
  });

  it("under blind review, lists a reviewer's comment and a split to a reviewer only once they have rated, with no live event before", async () => {
    const { workspace, users, slug, claim, ratings, bell, say, local } = await setup();
    const other = await addTestMember(workspace.id, "REVIEWER", "Other");
    const third = await addTestMember(workspace.id, "REVIEWER", "Third");
    await say(other, `@${local(users.REVIEWER)} I rate it false`);
    expect(await bell(users.REVIEWER)).toEqual([]);
    expect(await countUnreadNotifications({ actor: users.REVIEWER, slug })).toBe(0);
    // Mark-all cannot reach what the reviewer may not see yet.
    expect((await markNotificationsRead({ actor: users.REVIEWER, slug, input: { all: true } })).marked).toBe(0);
    // Two reviewers split on the claim the first reviewer marked: disputed, but not theirs to see yet.
    await recordVerdict({ actor: other, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "Count." } });
    await recordVerdict({ actor: third, slug, input: { claimId: claim.id, ratingId: ratings["True"]!, rationale: "Census." } });
    expect(await bell(users.REVIEWER)).toEqual([]);
    expect((await eventsFor(workspace.id)).filter((e) => e.recipientId === users.REVIEWER.id)).toEqual([]);
    await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["Mixed"]!, rationale: "Both." } });
    const shown = await bell(users.REVIEWER);
    expect(shown.map((n) => n.kind).sort()).toEqual(["DISPUTED", "MENTIONED"]);
    expect(await countUnreadNotifications({ actor: users.REVIEWER, slug })).toBe(2);
    // Their rating revealed them: each reaches the bell live now, in the verdict's transaction, once.
    const live = () => eventsFor(workspace.id).then((events) => events.filter((e) => e.recipientId === users.REVIEWER.id));
    expect((await live()).map((e) => e.entityId).sort()).toEqual(shown.map((n) => n.id).sort());
    await recordVerdict({ actor: users.REVIEWER, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "On reflection." } });
    expect(await live()).toHaveLength(2);
  });

  it("honours kinds switched off", async () => {
    const { users, bell, say, local } = await setup();
    await saveNotificationPreferences({ actor: users.VIEWER, input: { mutedKinds: ["MENTIONED"], dailyDigest: false } });
    await say(users.EDITOR, `@${local(users.VIEWER)} look`);
    expect(await bell(users.VIEWER)).toEqual([]);
    await saveNotificationPreferences({ actor: users.VIEWER, input: { mutedKinds: [], dailyDigest: false } });
    await say(users.EDITOR, `@${local(users.VIEWER)} look again`);
    expect(await bell(users.VIEWER)).toHaveLength(1);
  });

  it("marks one's own read, one by one or all, and refuses someone else's without marking anything", async () => {
    const { users, slug, bell, say, local } = await setup();
    await say(users.EDITOR, `@${local(users.VIEWER)} one`);
    await say(users.EDITOR, `@${local(users.VIEWER)} two`);
    const [newest, oldest] = await bell(users.VIEWER);
    expect(await codeOf(markNotificationsRead({ actor: users.OWNER, slug, input: { ids: [newest!.id] } }))).toBe("NOT_FOUND");
    expect(await codeOf(markNotificationsRead({ actor: users.VIEWER, slug, input: { ids: [newest!.id, users.OWNER.id] } }))).toBe("NOT_FOUND");
    expect(await countUnreadNotifications({ actor: users.VIEWER, slug })).toBe(2);
    expect(await markNotificationsRead({ actor: users.VIEWER, slug, input: { ids: [newest!.id] } })).toEqual({ marked: 1, unreadCount: 1 });
    const unread = await listNotifications({ actor: users.VIEWER, slug, query: { unread: true, limit: 50 } });
    expect(unread.notifications.map((n) => n.id)).toEqual([oldest!.id]);
    expect(await markNotificationsRead({ actor: users.VIEWER, slug, input: { all: true } })).toEqual({ marked: 1, unreadCount: 0 });
  });

  it("pages newest first with a cursor", async () => {
    const { users, slug, say, local } = await setup();
    for (const n of [1, 2, 3]) await say(users.EDITOR, `@${local(users.VIEWER)} ${n}`);
    const first = await listNotifications({ actor: users.VIEWER, slug, query: { unread: false, limit: 2 } });
    const second = await listNotifications({ actor: users.VIEWER, slug, query: { unread: false, limit: 2, cursor: first.nextCursor! } });
    expect(first.notifications).toHaveLength(2);
    expect(second.notifications).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.notifications, ...second.notifications].map((n) => n.id)).size).toBe(3);
  });

  it("puts in the digest the unread of the last day since the last digest, for those who chose it", async () => {
    const { users, slug, say, local, workspace } = await setup();
    await saveNotificationPreferences({ actor: users.VIEWER, input: { mutedKinds: [], dailyDigest: true } });
    await say(users.EDITOR, `@${local(users.VIEWER)} read`);
    await say(users.EDITOR, `@${local(users.VIEWER)} unread`);
    const [, older] = (await listNotifications({ actor: users.VIEWER, slug, query: { unread: false, limit: 5 } })).notifications;
    await markNotificationsRead({ actor: users.VIEWER, slug, input: { ids: [older!.id] } });
    const recipient = (await listDigestRecipients()).find((r) => r.userId === users.VIEWER.id)!;
    expect(recipient).toBeDefined();
    expect((await listDigestRecipients()).some((r) => r.userId === users.EDITOR.id)).toBe(false);
    const digest = await collectDigest({ userId: users.VIEWER.id, since: recipient.since });
    expect(digest.map((d) => [d.workspace.slug, d.notifications.length])).toEqual([[workspace.slug, 1]]);
    await markDigestSent({ userId: users.VIEWER.id, at: new Date() });
    const next = (await listDigestRecipients()).find((r) => r.userId === users.VIEWER.id)!;
    expect(await collectDigest({ userId: users.VIEWER.id, since: next.since })).toEqual([]);
  });
});
