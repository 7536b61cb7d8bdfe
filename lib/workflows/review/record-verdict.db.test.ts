import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordVerdictSchema } from "@/lib/schemas/verdict";
import { toFieldErrors } from "@/lib/schemas/common";
import { listClaimHistory } from "@/lib/data/audit";
import { getClaim } from "@/lib/data/claims/claims";
import { updateWorkspaceSettings } from "@/lib/data/workspaces/workspaces";
import { listClaimVerdicts } from "@/lib/data/verdicts/verdicts";
import { recordVerdict } from "./record-verdict";
import { addTestMember, claimEvents, createTestClaim, createTestWorkspace, ratingIds, withAuditFailingFor } from "@test-support/data";

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  const reviewerB = await addTestMember(workspace.id, "REVIEWER", "Reviewer B");
  const claim = await createTestClaim(workspace.id);
  return { slug: workspace.slug, workspace, users, reviewerA: users.REVIEWER, reviewerB, claim, ratings: await ratingIds(workspace.id) };
}

const verdictCount = (claimId: string) => getDb().verdict.count({ where: { claimId } });

describe("verdicts are append-only", () => {
  it("no code in lib/data or lib/workflows updates or deletes a verdict", async () => {
    const lib = path.resolve(import.meta.dirname, "../..");
    const files = (await readdir(lib, { recursive: true }))
      .filter((file) => /^(data|workflows)\//.test(file.split(path.sep).join("/")) && file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => file.split(path.sep).join("/"));
    const forbidden = [/verdicts?\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/i, /\bupdate\s+"?verdicts"?\b/i, /\bdelete\s+from\s+"?verdicts"?\b/i];
    // The one exception: a demo workspace whose first-run seed was interrupted is removed whole,
    // before anyone could have used it, so that the seed can start again (lib/data/instance.ts).
    const wholeWorkspaceRemoval = new Set(["data/instance.ts"]);
    const offenders: string[] = [];
    for (const file of files.filter((name) => !wholeWorkspaceRemoval.has(name))) {
      const source = await readFile(path.join(lib, file), "utf8");
      for (const pattern of forbidden) if (pattern.test(source)) offenders.push(`${file}: ${pattern}`);
    }
    expect(files).toContain("data/verdicts/verdicts.ts");
    expect(files).toContain("workflows/review/record-verdict.ts");
    expect(offenders).toEqual([]);
  });

  it("recording twice keeps both, the latest is current, and the first moves the claim into review in its one event", async () => {
    const { slug, reviewerA, claim, ratings } = await setup();
    await recordVerdict({ actor: reviewerA, slug, input: { claimId: claim.id, ratingId: ratings["True"]!, rationale: "The census says so." } });
    expect((await getClaim({ actor: reviewerA, slug, claimId: claim.id }))?.status).toBe("IN_REVIEW");
    await recordVerdict({ actor: reviewerA, slug, input: { claimId: claim.id, ratingId: ratings["Mostly false"]!, rationale: "A later census disagrees." } });

    const verdicts = await listClaimVerdicts({ actor: reviewerA, slug, claimId: claim.id });
    expect(verdicts.history.map((v) => v.rating.label)).toEqual(["Mostly false", "True"]);
    expect(verdicts.current.map((v) => v.rating.label)).toEqual(["Mostly false"]);
    expect(verdicts.mine).toMatchObject({ rating: { label: "Mostly false" }, rationale: "A later census disagrees." });

    const events = await claimEvents(claim.id);
    expect(events).toEqual([
      { entityType: "verdict", action: "record", actorId: reviewerA.id, before: { status: "OPEN" }, after: { rating: "True", ratingId: ratings["True"], rationale: "The census says so.", status: "IN_REVIEW" } },
      { entityType: "verdict", action: "record", actorId: reviewerA.id, before: null, after: { rating: "Mostly false", ratingId: ratings["Mostly false"], rationale: "A later census disagrees." } },
    ]);
  });
});

describe("blind review", () => {
  it("hides other reviewers' verdicts from a reviewer until they record their own; editors and viewers see all", async () => {
    const { slug, users, reviewerA, reviewerB, claim, ratings } = await setup();
    await recordVerdict({ actor: reviewerB, slug, input: { claimId: claim.id, ratingId: ratings["Mostly true"]!, rationale: "B's reasons" } });

    const blind = await listClaimVerdicts({ actor: reviewerA, slug, claimId: claim.id });
    expect(blind).toMatchObject({ history: [], current: [], mine: null, hiddenCount: 1 });
    const timeline = await listClaimHistory({ actor: reviewerA, slug, claimId: claim.id });
    expect(JSON.stringify(timeline)).not.toContain("B's reasons");
    expect(JSON.stringify(timeline)).not.toContain("Mostly true");
    expect(timeline[0]).toMatchObject({ entityType: "verdict", after: { status: "IN_REVIEW" } });

    for (const actor of [users.EDITOR, users.OWNER, users.VIEWER]) {
      const all = await listClaimVerdicts({ actor, slug, claimId: claim.id });
      expect(all).toMatchObject({ hiddenCount: 0, current: [{ reviewerId: reviewerB.id, rationale: "B's reasons" }] });
    }

    await recordVerdict({ actor: reviewerA, slug, input: { claimId: claim.id, ratingId: ratings["False"]!, rationale: "A's reasons" } });
    const seen = await listClaimVerdicts({ actor: reviewerA, slug, claimId: claim.id });
    expect(seen.hiddenCount).toBe(0);
    expect(seen.current.map((v) => v.rating.label).sort()).toEqual(["False", "Mostly true"]);
    expect(JSON.stringify(await listClaimHistory({ actor: reviewerA, slug, claimId: claim.id }))).toContain("B's reasons");
  });

  it("shows every verdict to reviewers when the workspace turns blind review off", async () => {
    const { slug, workspace, users, reviewerA, reviewerB, claim, ratings } = await setup();
    await recordVerdict({ actor: reviewerB, slug, input: { claimId: claim.id, ratingId: ratings["Mixed"]!, rationale: "B" } });
    await updateWorkspaceSettings({
      actor: users.OWNER, slug,
      input: { workspaceId: workspace.id, version: workspace.version, name: "Open desk", description: null, organizationName: null, blindReview: false },
    });
    const open = await listClaimVerdicts({ actor: reviewerA, slug, claimId: claim.id });
    expect(open).toMatchObject({ hiddenCount: 0, current: [{ reviewerId: reviewerB.id }] });
  });
});

describe("recording a verdict is refused", () => {
  it("for a rating of another workspace's scale, next to the field, and nothing is written", async () => {
    const { slug, reviewerA, claim } = await setup();
    const other = await createTestWorkspace(["OWNER"]);
    const foreign = (await ratingIds(other.workspace.id))["True"]!;
    await expect(recordVerdict({ actor: reviewerA, slug, input: { claimId: claim.id, ratingId: foreign, rationale: "x" } })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { ratingId: ["Choose a rating from this workspace's scale."] } },
    });
    expect(await verdictCount(claim.id)).toBe(0);
    expect(await claimEvents(claim.id)).toEqual([]);
    expect((await getClaim({ actor: reviewerA, slug, claimId: claim.id }))?.status).toBe("OPEN");
  });

  it("without a rationale or a rating, with the field's own message", () => {
    const parsed = recordVerdictSchema.safeParse({ claimId: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", ratingId: "", rationale: "   " });
    expect(parsed.success).toBe(false);
    expect(toFieldErrors(parsed.error!)).toEqual({
      ratingId: ["Choose a rating."],
      rationale: ["Write your rationale: why this rating, citing the evidence."],
    });
  });

  it("for viewers (403) and outsiders (404)", async () => {
    const { slug, users, claim, ratings } = await setup();
    const outsider = (await createTestWorkspace(["OWNER"])).users.OWNER;
    const input = { claimId: claim.id, ratingId: ratings["True"]!, rationale: "x" };
    await expect(recordVerdict({ actor: users.VIEWER, slug, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordVerdict({ actor: outsider, slug, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listClaimVerdicts({ actor: outsider, slug, claimId: claim.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await verdictCount(claim.id)).toBe(0);
  });

  it("when its audit event cannot be written: neither the verdict nor the status change remains", async () => {
    const { slug, reviewerA, claim, ratings } = await setup();
    const input = { claimId: claim.id, ratingId: ratings["True"]!, rationale: "x" };
    await expect(withAuditFailingFor(claim.id, () => recordVerdict({ actor: reviewerA, slug, input }))).rejects.toThrow(/audit refused by test/);
    expect(await verdictCount(claim.id)).toBe(0);
    expect(await getClaim({ actor: reviewerA, slug, claimId: claim.id })).toMatchObject({ status: "OPEN", version: 1 });
    expect(await claimEvents(claim.id)).toEqual([]);
  });
});
