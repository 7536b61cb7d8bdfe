import { describe, expect, it } from "vitest";
import { escapeBlock, escapeInline, markdownLink, markdownUrl } from "./markdown-escape";
import { claimSection, writeMarkdownReport } from "./markdown-report";
import { FIXTURE_CLAIMS, FIXTURE_SUMMARY, FIXTURE_WORKSPACE, collect, countingClaims, readGolden, streamClaims } from "@test-support/report-fixture";

const [territoryLost, population, kobani, deirEzzor, greatBritain] = FIXTURE_CLAIMS;

describe("writeMarkdownReport", () => {
  it("writes the demo report byte for byte", async () => {
    const text = await collect(writeMarkdownReport(FIXTURE_WORKSPACE, streamClaims(), FIXTURE_SUMMARY));
    expect(text).toBe(readGolden("demo.md", text));
  });

  it("opens with the summary: ratings, statuses and open disagreements", async () => {
    const text = await collect(writeMarkdownReport(FIXTURE_WORKSPACE, streamClaims(), FIXTURE_SUMMARY));
    const summary = text.slice(text.indexOf("## Summary"), text.indexOf("## Claims"));
    expect(summary).toContain("| Mixed | 1 |");
    expect(summary).toContain("| Unverifiable | 1 |");
    expect(summary).toContain("| Not rated yet | 3 |");
    expect(summary).toContain("| Disputed | 1 |");
    expect(summary).toContain(`- [In 2014 the caliphate covered roughly the area of Great Britain](${greatBritain!.url}): ratings`);
  });

  it("says so when there is nothing to report", async () => {
    const text = await collect(writeMarkdownReport(FIXTURE_WORKSPACE, streamClaims([]), { ...FIXTURE_SUMMARY, total: 0, openDisagreements: [] }));
    expect(text).toContain("Open disagreements\n\nNone.");
    expect(text.endsWith("No claims to report.\n")).toBe(true);
  });
});

describe("claimSection", () => {
  it("shows the quote in context, the final verdict with its note and each reviewer's verdict", () => {
    const section = claimSection(territoryLost!, 1);
    expect(section).toContain('> …caliphate . . . is wiped out." **Recent advances by the Iraqi government and Syrian Kurds have cost ISIS 12 percent of their territory**, and it seems the Iraqis are on…');
    expect(section).toContain("**Final rating:** Mixed (resolved 2024-05-20)\n\nThe 12 percent is the article's own, dated figure, but the reader's objection is credible: the places retaken by then were small.\\\nRated Mixed until a map-based estimate");
    expect(section).toContain("- **Rania Reviewer**: False (2024-05-11) — The reader's comment");
    expect(section).toContain("- **Rafael Reviewer**: Mostly true (2024-05-10) — ");
  });

  it("groups evidence by stance, with links, archived copies and notes", () => {
    const section = claimSection(territoryLost!, 1);
    expect(section).toContain("**Supports** (1)\n\n- “Territory held, change January–June 2016: −12%” — [Territorial control, first half of 2016](https://data.example.org/conflict-monitor/2016-h1), Conflict Monitor (example), 2016-07-10 ([archived copy](https://archive.example.org/2016/data.example.org/conflict-monitor/2016-h1))");
    expect(section).toContain("**Contradicts** (1)\n\n- “-That sounds high.");
    expect(section).toContain("The End of the Caliphate (article in this workspace), 2016-07-13\\\n  Note: A reader disputes the 12 percent");
    expect(section.indexOf("**Supports**")).toBeLessThan(section.indexOf("**Contradicts**"));
  });

  it("marks unresolved, orphaned and Arabic claims plainly", () => {
    expect(claimSection(kobani!, 3)).toContain("**Final rating:** not resolved yet.");
    expect(claimSection(kobani!, 3)).toContain("Figure: 20–100 people");
    expect(claimSection(deirEzzor!, 4)).toContain(`### 4. ${deirEzzor!.statement}`);
    expect(claimSection(deirEzzor!, 4)).toContain("Claimant: ديرالزور24");
    expect(claimSection(deirEzzor!, 4)).toContain("No verdicts yet.");
    expect(claimSection(deirEzzor!, 4)).toContain("No evidence linked yet.");
    expect(claimSection(greatBritain!, 5)).toContain("Anchor: orphaned");
    expect(claimSection(population!, 2)).toContain("**Final rating:** Unverifiable");
  });

  it("escapes a note or rationale that tries to add links, HTML, images or structure", () => {
    const hostile = {
      ...territoryLost!,
      statement: "# Big [claim](https://evil.example) <img src=x onerror=alert(1)>",
      resolutionNote: "See [the source](javascript:alert(1)) and ![x](https://evil.example/x.png)\n\n- injected item\n# injected heading\n<script>alert(1)</script>\n1. list &lt;b&gt;",
      verdicts: [{ ...territoryLost!.verdicts[0]!, rationale: "*bold* _it_ `code` | cell |\n---" }],
    };
    const section = claimSection(hostile, 1);
    expect(section).toContain("### 1. \\# Big \\[claim\\](https://evil.example) \\<img src=x onerror=alert(1)\\>");
    expect(section).toContain("See \\[the source\\](javascript:alert(1)) and !\\[x\\](https://evil.example/x.png)\\\n\\- injected item\\\n\\# injected heading\\\n\\<script\\>alert(1)\\</script\\>\\\n1\\. list \\&lt;b\\&gt;");
    expect(section).toContain("\\*bold\\* \\_it\\_ \\`code\\` \\| cell \\|\\\n  \\---");
    expect(section).not.toMatch(/(?<!\\)\]\(javascript:/);
  });
});

describe("markdown escaping", () => {
  it("keeps plain prose as it is", () => {
    expect(escapeInline("U.S. forces (about 5,000) held 40% of Raqqa: \"it's over\" — كذا")).toBe("U.S. forces (about 5,000) held 40% of Raqqa: \"it's over\" — كذا");
  });

  it("links only http(s) URLs and encodes what would end the link", () => {
    expect(markdownUrl("javascript:alert(1)")).toBeNull();
    expect(markdownUrl("data:text/html,<b>x</b>")).toBeNull();
    expect(markdownUrl("not a url")).toBeNull();
    expect(markdownUrl("https://example.org/a (b)/c")).toBe("https://example.org/a%20%28b%29/c");
    expect(markdownLink("Title [1]", "javascript:alert(1)")).toBe("Title \\[1\\]");
  });

  it("keeps a block's lines inside its list item", () => {
    expect(escapeBlock("one\n\n\ntwo\r\n  - three", "  ")).toBe("one\\\n  two\\\n  \\- three");
  });
});

describe("streaming", () => {
  it("yields claim sections while the claims are still being read", async () => {
    const { claims, pulled } = countingClaims(20_000);
    let chunks = 0;
    let pulledAtTenth = -1;
    for await (const _chunk of writeMarkdownReport(FIXTURE_WORKSPACE, claims, FIXTURE_SUMMARY)) {
      chunks += 1;
      if (chunks === 10) pulledAtTenth = pulled();
    }
    expect(pulledAtTenth).toBeLessThan(20);
    expect(chunks).toBe(20_001);
  });
});
