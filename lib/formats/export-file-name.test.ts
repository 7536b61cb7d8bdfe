import { describe, expect, it } from "vitest";
import { exportFileName, slugifyName } from "./export-file-name";
import { exportClaimScope } from "./report-claims";

const at = new Date("2024-06-01T09:30:00Z");

describe("export file names: what the file is about and the day, never ids", () => {
  it("names a workspace export after the workspace, an article's after the article", () => {
    expect(exportFileName({ workspaceName: "ISIS decline 2015–2017", format: "pdf", scope: {}, at })).toBe("isis-decline-2015-2017-2024-06-01.pdf");
    expect(exportFileName({ workspaceName: "ISIS decline", articleTitle: "The End of the Caliphate?", format: "csv", scope: { article: "0b6f7c1e-0000-4000-8000-000000000000" }, at })).toBe("the-end-of-the-caliphate-2024-06-01.csv");
    expect(exportFileName({ workspaceName: "ISIS decline", format: "json", scope: {}, at })).toBe("isis-decline-workspace-2024-06-01.json");
    expect(exportFileName({ workspaceName: "ISIS decline", format: "csv", scope: { status: "RESOLVED" }, at })).toBe("isis-decline-filtered-2024-06-01.csv");
    expect(exportFileName({ workspaceName: "ISIS decline", format: "pdf", scope: { claims: "all" }, at })).toBe("isis-decline-all-claims-2024-06-01.pdf");
  });

  it("keeps letters of any script, and falls back when a name has none", () => {
    expect(slugifyName("تراجع داعش: الأرقام")).toBe("تراجع-داعش-الأرقام");
    expect(slugifyName("Déclin de l'EI")).toBe("déclin-de-l-ei");
    expect(exportFileName({ workspaceName: "???", format: "markdown", scope: {}, at })).toBe("claimbench-2024-06-01.md");
    expect([...slugifyName("word ".repeat(40))].length).toBeLessThanOrEqual(60);
  });
});

describe("which claims a verdict report holds", () => {
  it("the PDF: resolved claims unless all are asked for or a status is chosen; other formats as asked", () => {
    expect(exportClaimScope("pdf", {})).toEqual({ status: "RESOLVED" });
    expect(exportClaimScope("pdf", { article: "a" })).toEqual({ article: "a", status: "RESOLVED" });
    expect(exportClaimScope("pdf", { claims: "all" })).toEqual({ claims: "all" });
    expect(exportClaimScope("pdf", { status: "OPEN" })).toEqual({ status: "OPEN" });
    expect(exportClaimScope("csv", {})).toEqual({});
  });
});
