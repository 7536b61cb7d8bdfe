// The PDF verdict report holds the resolved claims by default and every claim on request, counted the
// same way (what decides between a download and a job), and is named after the workspace and the day.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { beforeAll, describe, expect, it } from "vitest";
import { insertBenchClaims } from "@test-support/bulk-claims";
import { createTestArticle, createTestWorkspace } from "@test-support/data";
import { countExportClaims, streamExport } from "@/lib/workflows/export/exports";

let w: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  w = await createTestWorkspace(["OWNER"]);
  const article = await createTestArticle(w.workspace.id);
  const spans = ["Resolved one", "Open one", "Resolved two", "Open two", "Open three"].map((statement) => ({ start: 0, end: 6, statement, status: statement.startsWith("Resolved") ? "RESOLVED" as const : "OPEN" as const }));
  await insertBenchClaims({ workspaceId: w.workspace.id, articleId: article.id, spans, createdById: w.users.OWNER.id });
});

async function pdfText(scope: { claims?: "all" | "resolved" }) {
  const file = await streamExport({ actor: w.users.OWNER, slug: w.workspace.slug, format: "pdf", scope, baseUrl: "http://claimbench.test" });
  const document = await getDocument({ data: new Uint8Array(await new Response(file.body).arrayBuffer()), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) texts.push(...(await (await document.getPage(n)).getTextContent()).items.map((item) => (item as TextItem).str ?? ""));
  await document.destroy();
  return { filename: file.filename, text: texts.join(" ") };
}

describe("the PDF verdict report", { timeout: 120_000 }, () => {
  it("holds the resolved claims by default, named after the workspace and the day", async () => {
    const { filename, text } = await pdfText({});
    expect(filename).toMatch(new RegExp(`^test-${w.workspace.slug.slice(2)}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(text).toContain("Resolved one");
    expect(text).toContain("Resolved two");
    expect(text).not.toContain("Open one");
    expect(await countExportClaims({ actor: w.users.OWNER, slug: w.workspace.slug, scope: {}, format: "pdf" })).toBe(2);
  });

  it("holds every claim with claims=all", async () => {
    const { filename, text } = await pdfText({ claims: "all" });
    expect(filename).toMatch(/-all-claims-\d{4}-\d{2}-\d{2}\.pdf$/);
    for (const statement of ["Resolved one", "Open one", "Open three"]) expect(text).toContain(statement);
    expect(await countExportClaims({ actor: w.users.OWNER, slug: w.workspace.slug, scope: { claims: "all" }, format: "pdf" })).toBe(5);
  });

  it("CSV is not affected: every claim", async () => {
    expect(await countExportClaims({ actor: w.users.OWNER, slug: w.workspace.slug, scope: {}, format: "csv" })).toBe(5);
  });
});
