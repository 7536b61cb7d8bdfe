import { describe, expect, it } from "vitest";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { listClaimMatches } from "@/lib/data/claim-matches/claim-matches";
import { dismissMatch } from "@/lib/data/claims/claim-links";
import { streamWorkspaceJson } from "../export/workspace-dump";
import { importWorkspace } from "./workspace-import";

// Matches dismissed as "Not the same" through the workspace JSON (schema version 5): a copy made by
// export → import keeps them (ids remapped), so its matcher does not offer the pair again; a version 4
// file, which had no such section, imports with every pair offered.

type Doc = { schemaVersion: number; claims: { id: string; statement: string }[]; dismissedMatches?: Record<string, unknown>[] };

async function exportDocument(actor: { id: string }, slug: string): Promise<Doc> {
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor, slug })) text += chunk;
  return JSON.parse(text) as Doc;
}

const STATEMENTS = ["IS ruled about 12 million people in 2014", "IS ruled some 12 million people in 2014"] as const;

describe("dismissed matches in the workspace JSON", () => {
  it("round-trip with ids remapped, and the copy's matcher leaves the pair out; a version 4 file offers it again", async () => {
    const { workspace, users } = await createTestWorkspace();
    const slug = workspace.slug;
    const [a, b] = [await createTestClaim(workspace.id, STATEMENTS[0]), await createTestClaim(workspace.id, STATEMENTS[1])];
    const matchedStatements = async (copySlug: string, claimId: string) =>
      (await listClaimMatches({ actor: users.OWNER, slug: copySlug, claimId })).flatMap((item) => (item.kind === "claim" ? [item.claim.statement] : []));
    // The two say the same: before the dismissal each is offered as the other's match.
    expect(await matchedStatements(slug, a.id)).toContain(STATEMENTS[1]);
    await dismissMatch({ actor: users.REVIEWER, slug, input: { claimId: a.id, otherId: b.id } });

    const first = await exportDocument(users.OWNER, slug);
    expect(first.schemaVersion).toBeGreaterThanOrEqual(5);
    expect(first.dismissedMatches).toEqual([expect.objectContaining({ dismissedBy: users.REVIEWER.email })]);
    expect(new Set([first.dismissedMatches![0]!.claimAId, first.dismissedMatches![0]!.claimBId])).toEqual(new Set([a.id, b.id]));

    const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));
    await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes(first), slug: `${slug}-copy` } });
    const second = await exportDocument(users.OWNER, `${slug}-copy`);
    const newIds = new Map(second.claims.map((claim) => [claim.statement, claim.id]));
    const [row] = second.dismissedMatches!;
    expect(new Set([row!.claimAId, row!.claimBId])).toEqual(new Set(STATEMENTS.map((s) => newIds.get(s))));
    expect(row!.id).not.toBe(first.dismissedMatches![0]!.id);
    expect(row!.dismissedBy).toBeNull(); // the import makes nobody a member, as with links
    expect(await matchedStatements(`${slug}-copy`, newIds.get(STATEMENTS[0])!)).not.toContain(STATEMENTS[1]);

    // A file from before version 5 reads as one where nothing was dismissed.
    const { dismissedMatches: _none, ...older } = first;
    await importWorkspace({ actor: users.OWNER, input: { fileName: "desk.json", bytes: bytes({ ...older, schemaVersion: 4 }), slug: `${slug}-v4` } });
    const v4Claim = (await exportDocument(users.OWNER, `${slug}-v4`)).claims.find((claim) => claim.statement === STATEMENTS[0])!;
    expect(await matchedStatements(`${slug}-v4`, v4Claim.id)).toContain(STATEMENTS[1]);
  });
});
