import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { insertBenchClaims } from "@test-support/bulk-claims";
import { createSpanClaim, createTestApiToken, createTestArticle, createTestClaim, createTestWorkspace } from "@test-support/data";
import { PDF_MAX_CLAIMS } from "@/lib/formats/export-format-info";
import { WORKSPACE_FORMAT } from "@/lib/schemas/workspace-json";

// GET /api/v1/workspaces/{slug}/export with personal API tokens, as a script would download it.

const base = `http://localhost/api/v1/workspaces`;

async function get(url: string, token: string): Promise<Response> {
  const { GET } = await import("@/app/api/v1/workspaces/[slug]/export/route");
  const slug = new URL(`${base}${url}`).pathname.split("/")[4]!;
  const headers = { authorization: `Bearer ${token}`, "x-claimbench-peer": `203.0.113.${Math.floor(Math.random() * 250)}` };
  return GET(new Request(`${base}${url}`, { headers }), { params: Promise.resolve({ slug }) });
}

let w: Awaited<ReturnType<typeof createTestWorkspace>>;
let tokens: { owner: string; readOnly: string; viewer: string };
let claimStatements: string[];

beforeAll(async () => {
  w = await createTestWorkspace(["OWNER", "VIEWER"]);
  const token = (userId: string, readOnly = false) => createTestApiToken({ workspaceId: w.workspace.id, userId, readOnly });
  tokens = { owner: await token(w.users.OWNER.id), readOnly: await token(w.users.OWNER.id, true), viewer: await token(w.users.VIEWER.id) };
  claimStatements = ["Token export claim one", "Token export claim two"];
  for (const statement of claimStatements) await createTestClaim(w.workspace.id, statement);
});

describe("the export endpoint", () => {
  it("streams the CSV as an attachment to a bearer token and to a read-only token", async () => {
    for (const token of [tokens.owner, tokens.readOnly]) {
      const response = await get(`/${w.workspace.slug}/export?format=csv`, token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="test-${w.workspace.slug.slice(2)}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
      const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row.Statement).sort()).toEqual([...claimStatements].sort());
    }
  });

  it("gives the lossless workspace JSON to an owner and a clear 403 to a viewer", async () => {
    const owner = await get(`/${w.workspace.slug}/export?format=json`, tokens.owner);
    expect(owner.status).toBe(200);
    const document = (await owner.json()) as { format: string; claims: { statement: string }[] };
    expect(document.format).toBe(WORKSPACE_FORMAT);

    const viewer = await get(`/${w.workspace.slug}/export?format=json`, tokens.viewer);
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(/editor/i) } });
    // A viewer still gets the claims in the report formats.
    expect((await get(`/${w.workspace.slug}/export?format=markdown`, tokens.viewer)).status).toBe(200);
  });

  it("answers a PDF of one article with a PDF file, and one over the claim limit with 413 before any byte", async () => {
    const body = "Officials said about 12 million people lived under the group's rule.";
    const article = await createTestArticle(w.workspace.id, body);
    await createSpanClaim({ workspaceId: w.workspace.id, articleId: article.id, body, quote: "12 million people", statement: "The PDF's claim" });
    const pdf = await get(`/${w.workspace.slug}/export?format=pdf&article=${article.id}`, tokens.readOnly);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const big = await createTestWorkspace(["OWNER"]);
    const bigArticle = await createTestArticle(big.workspace.id);
    const spans = Array.from({ length: PDF_MAX_CLAIMS + 1 }, (_, n) => ({ start: 0, end: 6, statement: `Claim ${n}` }));
    await insertBenchClaims({ workspaceId: big.workspace.id, articleId: bigArticle.id, spans, createdById: big.users.OWNER.id });
    const tooBig = await get(`/${big.workspace.slug}/export?format=pdf&claims=all`, await createTestApiToken({ workspaceId: big.workspace.id, userId: big.users.OWNER.id }));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining(`at most ${PDF_MAX_CLAIMS} claims and this scope has ${PDF_MAX_CLAIMS + 1}`) } });
  });
});
