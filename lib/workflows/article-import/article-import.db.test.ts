import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { importArticleFiles, importPastedArticle, type ImportFile } from "./article-import";
import { restoreRemovedLines } from "@/lib/data/articles/article-text";
import { createSpanClaim, createTestWorkspace } from "@test-support/data";

const file = (name: string, content: string | Uint8Array): ImportFile => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.byteLength, read: async () => bytes };
};

const article = (n: number, junk = "") =>
  `Report number ${n} on the city\n${junk}\nThe group held about ${n},000 fighters in the city in 2014, officials said.\n\nBy 2017 it held fewer than ${n}00.\n`;

const html = (n: number, body = `<p>The council counted ${n},000 residents who had returned by the spring, according to its own survey of every district.</p><p>Aid groups put the figure lower.</p>`) =>
  `<!doctype html><html><head><title>Returns ${n}</title><link rel="canonical" href="https://news.example/returns-${n}"></head><body><article><h1>Returns ${n}</h1>${body}</article></body></html>`;

async function setup() {
  const { workspace, users } = await createTestWorkspace();
  return { slug: workspace.slug, workspaceId: workspace.id, users };
}

async function counts(workspaceId: string) {
  const db = getDb();
  const [articles, auditEvents] = await Promise.all([db.article.count({ where: { workspaceId } }), db.auditEvent.count({ where: { workspaceId } })]);
  return { articles, auditEvents };
}

describe("importArticleFiles", () => {
  it("imports each good file with an audit event, and lists refused ones with their reason while the rest import", async () => {
    const { slug, workspaceId, users } = await setup();
    const progress: number[] = [];
    const { outcomes, cancelled } = await importArticleFiles({
      actor: users.EDITOR,
      slug,
      options: { stripScripts: false },
      files: [file("one.txt", article(1, "Share this article")), file("broken.html", "<html><head><title>Broken"), file("two.html", html(2)), file("three.md", `# Three\n\n${article(3)}`)],
      onProgress: ({ done }) => void progress.push(done),
    });
    expect(cancelled).toBe(false);
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([["one.txt", "imported"], ["broken.html", "refused"], ["two.html", "imported"], ["three.md", "imported"]]);
    expect(outcomes[1]).toMatchObject({ reason: expect.stringContaining("no readable text") });
    // What a person reads as "N lines cleaned away": one.txt's share label; two.html and three.md lost only blank lines.
    expect(outcomes.map((o) => (o.status === "imported" ? o.removed : null))).toEqual([1, null, 0, 0]);
    expect(await counts(workspaceId)).toEqual({ articles: 3, auditEvents: 3 });
    const stored = await getDb().article.findFirstOrThrow({ where: { workspaceId, importFileName: "two.html" }, select: { title: true, url: true, body: true, importFormat: true, importedById: true } });
    expect(stored).toEqual({
      title: "Returns 2",
      url: "https://news.example/returns-2",
      body: "The council counted 2,000 residents who had returned by the spring, according to its own survey of every district.\n\nAid groups put the figure lower.",
      importFormat: "html",
      importedById: users.EDITOR.id,
    });
  });

  it("reports duplicates in the workspace and within the upload, by text or by address, and imports them once", async () => {
    const { slug, workspaceId, users } = await setup();
    await importArticleFiles({ actor: users.EDITOR, slug, options: { stripScripts: false }, files: [file("first.txt", article(1))] });
    const { outcomes } = await importArticleFiles({
      actor: users.EDITOR,
      slug,
      options: { stripScripts: false },
      files: [
        file("again.txt", article(1, "Advertisement")), // same text once cleaned
        file("a.html", html(5)),
        file("a-copy.html", html(5)),
        file("same-url.html", html(5, "<p>A different text entirely, long enough to be read as the article by the reader view of the page.</p>")),
      ],
    });
    expect(outcomes.map((o) => o.status)).toEqual(["duplicate", "imported", "duplicate", "duplicate"]);
    expect(outcomes[0]).toMatchObject({ reason: 'it has the same text as "Report number 1 on the city", already in this workspace.' });
    expect(outcomes[2]).toMatchObject({ reason: "it is the same article as a.html, earlier in this upload." });
    expect(outcomes[3]).toMatchObject({ reason: "it is the same article as a.html, earlier in this upload." });
    expect(await counts(workspaceId)).toEqual({ articles: 2, auditEvents: 2 });
  });

  it("writes nothing for bad files, each refused with a reason naming the problem", async () => {
    const { slug, workspaceId, users } = await setup();
    const before = await counts(workspaceId);
    const previous = process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
    process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = "2048";
    try {
      const { outcomes } = await importArticleFiles({
        actor: users.EDITOR,
        slug,
        options: { stripScripts: false },
        files: [
          file("empty.txt", ""),
          file("spaces.md", "   \n\n  "),
          file("report.html", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34])),
          file("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
          file("big.txt", "x ".repeat(2000)),
          file("app-shell.html", '<!doctype html><html><head><title>Talks</title><script src="/app.js"></script></head><body><div id="root"></div></body></html>'),
          file("notes.docx", "x"),
        ],
      });
      expect(outcomes.map((o) => (o.status === "refused" ? o.reason.split(/[.(]/)[0] : o.status))).toEqual([
        "it is empty",
        "it holds only whitespace",
        "it is a PDF document, not a text file, whatever its name says",
        "it is not valid UTF-8 ",
        "it is 3",
        "its text seems to be built by its scripts: once its script was removed ",
        "",
      ]);
      expect(outcomes[4]).toMatchObject({ reason: expect.stringContaining("over the upload limit of 2 KB per file") });
      expect(outcomes[6]).toMatchObject({ reason: ".docx files are not imported as articles. Upload .txt, .md or .html files." });
    } finally {
      if (previous === undefined) delete process.env.CLAIMBENCH_MAX_UPLOAD_BYTES;
      else process.env.CLAIMBENCH_MAX_UPLOAD_BYTES = previous;
    }
    expect(await counts(workspaceId)).toEqual(before);
  });

  it("refuses a 3-million-character text and a page nested 60,000 deep, naming why, and writes nothing of them", async () => {
    const { slug, workspaceId, users } = await setup();
    const { outcomes } = await importArticleFiles({
      actor: users.EDITOR,
      slug,
      options: { stripScripts: false },
      files: [
        file("long.txt", `Long report\n\n${"The count rose again. ".repeat(140_000)}`),
        file("nested.html", `<html><body>${"<div>".repeat(60_000)}Deep text${"</div>".repeat(60_000)}</body></html>`),
        file("one.txt", article(1)),
      ],
    });
    expect(outcomes).toEqual([
      { file: "long.txt", status: "refused", reason: "it has 3,080,013 characters, over the limit of 2,000,000 characters for one article. Split it into parts and import each." },
      { file: "nested.html", status: "refused", reason: expect.stringMatching(/^it nests elements 60,002 deep; no article page does/) },
      expect.objectContaining({ file: "one.txt", status: "imported" }),
    ]);
    expect(await counts(workspaceId)).toEqual({ articles: 1, auditEvents: 1 });
  });

  it("answers a cheap database call promptly while a big HTML page is read", async () => {
    const { slug, workspaceId, users } = await setup();
    const page = html(9, Array.from({ length: 10_000 }, (_, i) => `<p>Paragraph ${i}: about ${i * 10} families returned to the district in March, the council said.</p>`).join(""));
    let importing = true;
    const importing_ = importArticleFiles({ actor: users.EDITOR, slug, options: { stripScripts: false }, files: [file("big.html", page)] }).finally(() => (importing = false));
    const waits: number[] = [];
    while (importing) {
      const started = performance.now();
      await getDb().$queryRaw`select 1`;
      if (importing) waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { outcomes } = await importing_;
    expect(outcomes[0]?.status).toBe("imported");
    expect(waits.length).toBeGreaterThan(0);
    // A correctness bound, not a speed target: parsing in this thread held every call for the whole read.
    expect(Math.max(...waits)).toBeLessThan(1000);
    expect(await counts(workspaceId)).toEqual({ articles: 1, auditEvents: 1 });
  }, 180_000);

  it("imports HTML with scripts without being asked to strip them (the old option changes nothing), listing them as removed", async () => {
    const { slug, workspaceId, users } = await setup();
    const { outcomes } = await importArticleFiles({ actor: users.EDITOR, slug, options: { stripScripts: false }, files: [file("s.html", html(8).replace("</head>", "<script>track()</script></head>"))] });
    // The script is the one line cleaned away: the blank line after the title is no line of text.
    expect(outcomes[0]).toMatchObject({ status: "imported", removed: 1 });
    const stored = await getDb().article.findFirstOrThrow({ where: { workspaceId }, select: { importRemoved: true, body: true } });
    expect(stored.importRemoved).toContainEqual({ kind: "html-script", line: 1, text: "<script> track()" });
    expect(stored.body).not.toContain("track");
  });

  it("stops between files when cancelled, keeping what was imported", async () => {
    const { slug, workspaceId, users } = await setup();
    const controller = new AbortController();
    const { outcomes, cancelled } = await importArticleFiles({
      actor: users.EDITOR,
      slug,
      options: { stripScripts: false },
      files: [file("1.txt", article(1)), file("2.txt", article(2)), file("3.txt", article(3))],
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 1) controller.abort();
      },
    });
    expect(cancelled).toBe(true);
    expect(outcomes).toHaveLength(1);
    expect(await counts(workspaceId)).toEqual({ articles: 1, auditEvents: 1 });
  });

  it("is for editors: reviewers are refused before anything is read", async () => {
    const { slug, workspaceId, users } = await setup();
    await expect(importArticleFiles({ actor: users.REVIEWER, slug, options: { stripScripts: false }, files: [file("1.txt", article(1))] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts(workspaceId)).toEqual({ articles: 0, auditEvents: 0 });
  });
});

describe("importPastedArticle", () => {
  it("imports pasted text with the form's metadata, and refuses a duplicate", async () => {
    const { slug, workspaceId, users } = await setup();
    const input = { text: article(4, "Share this article"), title: "Pasted report", publisher: "Desk", url: "https://desk.example/4", publishedAt: "2017-08-03", language: "en" };
    const outcome = await importPastedArticle({ actor: users.EDITOR, slug, input });
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: outcome.articleId }, select: { title: true, publisher: true, url: true, publishedAt: true, importFormat: true, body: true } });
    expect(stored).toMatchObject({ title: "Pasted report", publisher: "Desk", url: "https://desk.example/4", importFormat: "paste" });
    expect(stored.body.startsWith("Report number 4 on the city\n\nThe group held")).toBe(true);
    await expect(importPastedArticle({ actor: users.EDITOR, slug, input: { ...input, title: undefined } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts(workspaceId)).toEqual({ articles: 1, auditEvents: 1 });
  });
});

describe("importPastedArticle's limit", () => {
  it("refuses pasted text over 2,000,000 characters with the limit in the message, writing nothing", async () => {
    const { slug, workspaceId, users } = await setup();
    const input = { text: "The count rose again. ".repeat(100_000), title: "Too long" };
    await expect(importPastedArticle({ actor: users.EDITOR, slug, input })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "The pasted text was not imported: it has 2,200,000 characters, over the limit of 2,000,000 characters for one article. Split it into parts and import each.",
    });
    expect(await counts(workspaceId)).toEqual({ articles: 0, auditEvents: 0 });
  });
});

describe("restoring what the cleaner removed", () => {
  it("puts lines back into the text and re-anchors claims as a text edit does", async () => {
    const { slug, workspaceId, users } = await setup();
    const raw = "Title line\nShare this article\nThe group held about 31,000 fighters in 2014.\n\nAdvertisement\n\nBy 2017 it held fewer than 3,000.\n";
    const { outcomes } = await importArticleFiles({ actor: users.EDITOR, slug, options: { stripScripts: false }, files: [file("r.txt", raw)] });
    const articleId = outcomes[0]?.status === "imported" ? outcomes[0].articleId : "";
    const body = "The group held about 31,000 fighters in 2014.\n\nBy 2017 it held fewer than 3,000.";
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true, importRemoved: true } });
    expect(stored.body).toBe(body);
    const claim = await createSpanClaim({ workspaceId, articleId, body, quote: "fewer than 3,000" });
    const removed = stored.importRemoved as { text: string }[];
    const ad = removed.findIndex((item) => item.text === "Advertisement");

    const report = await restoreRemovedLines({ actor: users.EDITOR, slug, input: { articleId, version: 1, items: [ad] } });
    expect(report).toMatchObject({ version: 2, restored: 1, anchors: { RELOCATED: 1, ORPHANED: 0 } });
    const after = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true, importRemoved: true } });
    expect(after.body).toBe("The group held about 31,000 fighters in 2014.\n\nAdvertisement\n\nBy 2017 it held fewer than 3,000.");
    expect((after.importRemoved as { text: string }[]).map((item) => item.text)).not.toContain("Advertisement");
    const moved = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { start: true, exact: true, anchorStatus: true } });
    expect(moved).toEqual({ start: after.body.indexOf("fewer than 3,000"), exact: "fewer than 3,000", anchorStatus: "RELOCATED" });
    const events = await getDb().auditEvent.findMany({ where: { entityId: articleId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["import", "restore-removed"]);

    // A stale version is refused, and nothing changes.
    await expect(restoreRemovedLines({ actor: users.EDITOR, slug, input: { articleId, version: 1, items: [0] } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreRemovedLines({ actor: users.REVIEWER, slug, input: { articleId, version: 2, items: [0] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
