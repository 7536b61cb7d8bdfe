import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createClaimFromSelector } from "@/lib/data/claims/claims-api";
import { getArticle } from "@/lib/data/articles/articles";
import { apiCreateClaimSchema } from "@/lib/schemas/claim";
import { createTestApiToken, createTestWorkspace } from "@test-support/data";
import { createTestCapture, createTestCapturedArticle, HOSTILE_PAGE } from "@test-support/captures";
import { callApi } from "@test-support/call-api";
import { streamWorkspaceJson } from "../export/workspace-dump";
import { importWorkspace } from "./workspace-import";

// Captures through the workspace JSON: exported with their metadata and (unless asked otherwise) their
// originals, imported back byte for byte with the claims that cite them; a file without the originals
// imports without the captures, saying how many; a changed original is refused.

async function capturedDesk() {
  const { workspace, users } = await createTestWorkspace(["OWNER", "REVIEWER"]);
  const captured = await createTestCapturedArticle(workspace.id, { capturedAt: new Date("2026-05-01T08:00:00Z") }, users.OWNER.id);
  const pending = await createTestCapture({
    workspaceId: workspace.id, articleId: captured.articleId, body: "A text changed since.",
    capture: { method: "CLIP", httpStatus: null, charset: null, contentType: "text/html", bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e, 0xff]), capturedAt: new Date("2026-06-01T08:00:00Z"), applied: false, pendingChange: true },
  });
  const claim = await createClaimFromSelector({ actor: users.REVIEWER, slug: workspace.slug, input: apiCreateClaimSchema.parse({ articleId: captured.articleId, exact: "12 million people", statement: "12 million lived under IS" }) });
  return { workspace, users, captured, pending, claim };
}

async function exportText(actor: { id: string }, slug: string, withOriginals?: boolean) {
  let text = "";
  for await (const chunk of await streamWorkspaceJson({ actor, slug, withOriginals })) text += chunk;
  return text;
}

const capturesOf = (workspaceId: string) =>
  getDb().articleCapture.findMany({ where: { workspaceId }, orderBy: { capturedAt: "asc" }, select: { id: true, method: true, finalUrl: true, httpStatus: true, sha256: true, byteSize: true, bytes: true, body: true, capturedAt: true, appliedAt: true, pendingChange: true } });

const file = (text: string) => new TextEncoder().encode(text);
const slugFor = (what: string) => `cap-${what}-${randomBytes(4).toString("hex")}`;

describe("captures in the workspace JSON", () => {
  it("round trip: every capture's metadata and original come back, and the claim still cites its capture", async () => {
    const desk = await capturedDesk();
    const text = await exportText(desk.users.OWNER, desk.workspace.slug);
    const doc = JSON.parse(text);
    expect(doc.captures).toHaveLength(2);
    expect(doc.captures[0]).toMatchObject({ id: desk.captured.captureId, articleId: desk.captured.articleId, method: "FETCH", httpStatus: 200, sha256: desk.captured.sha256, capturedBy: expect.stringMatching(/^owner-/), appliedAt: "2026-05-01T08:00:00.000Z", pendingChange: false, body: desk.captured.body });
    expect(Buffer.from(doc.captures[0].bytes, "base64").toString("utf8")).toBe(HOSTILE_PAGE);
    expect(doc.captures[1]).toMatchObject({ method: "CLIP", httpStatus: null, appliedAt: null, pendingChange: true });
    expect(doc.claims.find((claim: { id: string }) => claim.id === desk.claim.id)).toMatchObject({ captureId: desk.captured.captureId });
    expect(doc.people.map((person: { email: string }) => person.email)).toContain(doc.captures[0].capturedBy);

    const slug = slugFor("copy");
    const result = await importWorkspace({ actor: desk.users.OWNER, input: { fileName: "desk.json", bytes: file(text), slug } });
    expect(result.counts.captures).toBe(2);
    expect(result.capturesLeftOut).toBe(0);

    const [before, after] = await Promise.all([capturesOf(desk.workspace.id), capturesOf(result.workspace.id)]);
    const withoutId = ({ id: _id, bytes, ...rest }: (typeof before)[number]) => ({ ...rest, bytes: [...bytes] });
    expect(after.map(withoutId)).toEqual(before.map(withoutId));
    expect(after.every((capture, n) => capture.id !== before[n]!.id)).toBe(true);
    const claim = await getDb().claim.findFirstOrThrow({ where: { workspaceId: result.workspace.id }, select: { captureId: true, articleId: true } });
    expect(claim.captureId).toBe(after[0]!.id);
    // The copy's article names the same capture as its current one, as its page shows it.
    const article = await getArticle({ actor: desk.users.OWNER, slug, articleId: claim.articleId });
    expect(article?.capture).toMatchObject({ id: after[0]!.id, sha256: desk.captured.sha256 });

    // Exported again, the captures are the same rows under new ids (nobody here captured them).
    const again = JSON.parse(await exportText(desk.users.OWNER, slug));
    const comparable = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, articleId: _article, capturedBy: _by, ...rest }) => rest);
    expect(comparable(again.captures)).toEqual(comparable(doc.captures));
  });

  it("leaves the originals out when asked (API: originals=omit), and such a file imports without its captures, counting them", async () => {
    const desk = await capturedDesk();
    const token = await createTestApiToken({ workspaceId: desk.workspace.id, userId: desk.users.OWNER.id });
    const answer = await callApi({ method: "GET", url: `/workspaces/${desk.workspace.slug}/export?format=json&originals=omit`, token });
    expect(answer.status).toBe(200);
    const doc = answer.body as { captures: Record<string, unknown>[]; claims: { captureId: string | null }[] };
    expect(doc.captures).toHaveLength(2);
    for (const capture of doc.captures) {
      expect(capture).not.toHaveProperty("bytes");
      expect(capture).not.toHaveProperty("body");
      expect(capture).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), byteSize: expect.any(Number), finalUrl: "https://www.news.example/story" });
    }
    const full = await callApi({ method: "GET", url: `/workspaces/${desk.workspace.slug}/export?format=json`, token });
    expect(JSON.stringify(full.body).length).toBeGreaterThan(JSON.stringify(answer.body).length + HOSTILE_PAGE.length);
    expect((await callApi({ method: "GET", url: `/workspaces/${desk.workspace.slug}/export?format=json&originals=some`, token })).status).toBe(422);

    const result = await importWorkspace({ actor: desk.users.OWNER, input: { fileName: "small.json", bytes: file(JSON.stringify(doc)), slug: slugFor("small") } });
    expect(result.capturesLeftOut).toBe(2);
    expect(result.counts).toMatchObject({ articles: 1, captures: 0, claims: 1 });
    expect(await capturesOf(result.workspace.id)).toEqual([]);
    expect(await getDb().claim.findFirstOrThrow({ where: { workspaceId: result.workspace.id }, select: { captureId: true } })).toEqual({ captureId: null });
  });

  it("refuses a file whose original was changed after the export, and writes nothing", async () => {
    const desk = await capturedDesk();
    const doc = JSON.parse(await exportText(desk.users.OWNER, desk.workspace.slug));
    doc.captures[0].bytes = Buffer.from(HOSTILE_PAGE.replace("12 million", "42 million")).toString("base64");
    const slug = slugFor("changed");
    const error = await importWorkspace({ actor: desk.users.OWNER, input: { fileName: "edited.json", bytes: file(JSON.stringify(doc)), slug } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", message: "edited.json does not hold together: at captures[0].bytes, the original's SHA-256 is not the sha256 the file states: it was changed or damaged since it was exported." });
    expect(await getDb().workspace.findUnique({ where: { slug } })).toBeNull();
  });
});
