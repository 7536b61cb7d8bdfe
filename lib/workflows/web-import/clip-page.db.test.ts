import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestWorkspace } from "@test-support/data";
import { clipWebPage } from "./clip-page";

// A news page as the browser hands it over: the text a script built is in the rendered HTML.
const page = (tag: string, extra = "") => ({
  url: `https://news.example/2017/${tag}`,
  title: `Families return to the old city ${tag}`,
  html: `<!doctype html><html lang="en"><head><title>Families return to the old city ${tag}</title></head><body><nav>Home · World · Share</nav><article><h1>Families return to the old city ${tag}</h1>`
    + `<p>About 40 percent of the residents fled during the siege of district ${tag}, the council said.</p>`
    + `<p>Officials counted 12,000 families back by the spring, according to a survey of every district.</p>${extra}</article></body></html>`,
});

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  return { slug: workspace.slug, workspaceId: workspace.id, users, tag: randomBytes(4).toString("hex") };
}

const counts = async (workspaceId: string) => {
  const db = getDb();
  const [articles, captures, auditEvents] = await Promise.all([db.article.count({ where: { workspaceId } }), db.articleCapture.count({ where: { workspaceId } }), db.auditEvent.count({ where: { workspaceId } })]);
  return { articles, captures, auditEvents };
};

const refusal = async (run: Promise<unknown>) => {
  const error = await run.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

afterEach(() => {
  delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
});

describe("clipWebPage", () => {
  it("imports the rendered page with a CLIP capture of its UTF-8 bytes, and locates the selection in the cleaned text", async () => {
    const { slug, workspaceId, users, tag } = await setup();
    // Non-ASCII text, so that the bytes kept are the HTML's UTF-8, not its UTF-16 length.
    const input = { ...page(tag, "<p>Le conseil l’a confirmé à l’époque.</p>"), selection: "Officials counted 12,000 families\n back by the spring," };
    const { article, passage } = await clipWebPage({ actor: users.EDITOR, slug, input });
    expect(article).toMatchObject({ title: `Families return to the old city ${tag}`, url: input.url, importFormat: "html" });
    expect(article.body).toContain("About 40 percent of the residents fled");
    expect(article.body).not.toContain("Share");
    expect(passage).toEqual({ start: expect.any(Number), end: expect.any(Number), exact: "Officials counted 12,000 families back by the spring," });
    expect(article.body.slice(passage!.start, passage!.end)).toBe(passage!.exact);

    const bytes = Buffer.from(input.html, "utf8");
    const capture = await getDb().articleCapture.findFirstOrThrow({ where: { articleId: article.id } });
    expect(capture).toMatchObject({
      method: "CLIP", requestedUrl: input.url, finalUrl: input.url, httpStatus: null, charset: null, contentType: "text/html",
      byteSize: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), body: article.body, capturedById: users.EDITOR.id, pendingChange: false,
    });
    expect(capture.byteSize).toBeGreaterThan(input.html.length);
    expect(Buffer.from(capture.bytes).equals(bytes)).toBe(true);
    expect(capture.appliedAt).not.toBeNull();
    expect(await counts(workspaceId)).toEqual({ articles: 1, captures: 1, auditEvents: 1 });
  });

  it("answers no passage without a selection, and none for a selection the cleaned text does not hold", async () => {
    const { slug, users, tag } = await setup();
    expect((await clipWebPage({ actor: users.EDITOR, slug, input: page(tag) })).passage).toBeNull();
    const other = await clipWebPage({ actor: users.EDITOR, slug, input: { ...page(`${tag}b`), selection: "Home · World · Share" } });
    expect(other.passage).toBeNull();
  });

  it("answers a second clip of the page with a 409 naming the article, the selection located in it, and writes nothing", async () => {
    const { slug, workspaceId, users, tag } = await setup();
    const { article } = await clipWebPage({ actor: users.EDITOR, slug, input: page(tag) });
    const before = await counts(workspaceId);
    const error = await refusal(clipWebPage({ actor: users.OWNER, slug, input: { ...page(tag), selection: "About 40 percent of the residents" } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("already in this workspace");
    expect(error.details?.current).toEqual({ id: article.id, passage: { start: 0, end: 33, exact: "About 40 percent of the residents" } });
    expect(await counts(workspaceId)).toEqual(before);
  });

  it("refuses a page with no readable text (422 on html), one over the upload limit (413), and a reviewer (403), writing nothing", async () => {
    const { slug, workspaceId, users, tag } = await setup();
    const empty = await refusal(clipWebPage({ actor: users.EDITOR, slug, input: { url: `https://news.example/${tag}/empty`, html: "<html><body><nav>Menu</nav></body></html>" } }));
    expect(empty.code).toBe("VALIDATION");
    expect(empty.details?.fieldErrors?.html?.[0]).toMatch(/^Not imported: /);

    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "1024";
    const large = await refusal(clipWebPage({ actor: users.EDITOR, slug, input: page(tag, `<p>${"Long text. ".repeat(200)}</p>`) }));
    expect(large.code).toBe("PAYLOAD_TOO_LARGE");
    expect(large.message).toContain("over the upload limit of 1 KB");
    delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;

    const reviewer = await refusal(clipWebPage({ actor: users.REVIEWER, slug, input: page(tag) }));
    expect(reviewer.code).toBe("FORBIDDEN");
    expect(await counts(workspaceId)).toEqual({ articles: 0, captures: 0, auditEvents: 0 });
  });
});
